import { createPythonSession, parseMigrationFile } from '../../src/frontends/index.js';
import type { MigrationFile } from '../../src/model/migration.js';
import type { LocatedOp } from '../../src/model/operation.js';

function file(name: string, operations: string): MigrationFile {
  const up = `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    operations = [\n${operations}\n    ]\n`;
  const path = `shop/migrations/${name}.py`;
  return { path, version: name.slice(0, 4), name, language: 'python', up, hasDown: true, transaction: 'per-file', blobId: path, graph: { format: 'django', app: 'shop', id: `shop.${name}`, parents: [] } };
}

const INITIAL = file(
  '0001_initial',
  `        migrations.CreateModel(
            name='Item',
            fields=[
                ('id', models.BigAutoField(primary_key=True)),
                ('name', models.CharField(max_length=50)),
                ('note', models.TextField(null=True)),
                ('sku', models.CharField(max_length=20, db_index=True)),
            ],
            options={'unique_together': {('name', 'sku')}, 'indexes': [models.Index(fields=['name'], name='item_name_idx')]},
        ),`,
);

/** The ops of the last file, parsed after the others with one session; `version` is the SQLite version from config. */
async function ops(files: MigrationFile[], version?: string): Promise<LocatedOp[]> {
  const session = createPythonSession(version);
  let last: LocatedOp[] = [];
  for (const f of files) last = await parseMigrationFile(f, 'sqlite', session);
  return last;
}

function show(list: LocatedOp[]): string[] {
  return list.map((o) => {
    switch (o.kind) {
      case 'create_table':
        return `create_table ${o.table.name}(${o.columns.map((c) => `${c.name}${c.nullable ? '' : '!'}${c.default ? `=${c.default.text}` : ''}`).join(', ')})${o.constraints.map((k) => ` ${k.kind}(${k.columns.join(',')})`).join('')}`;
      case 'add_column':
        return `add_column ${o.column.name}${o.column.default ? `=${o.column.default.text}` : ''}`;
      case 'drop_column':
      case 'drop_default':
      case 'drop_not_null':
        return `${o.kind} ${o.column}`;
      case 'rename_column':
        return `rename_column ${o.column}→${o.newName}`;
      case 'data_change':
        return `data_change ${o.verb} ${o.table.name}`;
      case 'drop_table':
        return `drop_table ${o.table.name}`;
      case 'rename_table':
        return `rename_table ${o.table.name}→${o.newName.name}`;
      case 'create_index':
        return `create_index ${o.name}`;
      default:
        return o.kind;
    }
  });
}

// unique_together is a unique index on SQLite (sql_create_unique), deferred before the field and Meta indexes.
const REMAKE_TAIL = ['data_change insert new__shop_item', 'drop_table shop_item', 'rename_table new__shop_item→shop_item', 'create_index shop_item_name_sku_6c054174_uniq', expect.stringMatching(/^create_index shop_item_sku_[0-9a-f]{8}$/), 'create_index item_name_idx'];

describe('Django on SQLite: the table remake', () => {
  it('adds a field with a default as Django does: the column, then the four steps of the remake and the indexes again', async () => {
    const add = file('0002_x', "        migrations.AddField(model_name='item', name='qty', field=models.IntegerField(default=1)),");
    expect(show(await ops([INITIAL, add]))).toEqual(['add_column qty=1', 'drop_default qty', 'create_table new__shop_item(id!, name!, note, sku!, qty!)', ...REMAKE_TAIL]);
  });

  it('adds a nullable field without a default in place', async () => {
    const add = file('0002_x', "        migrations.AddField(model_name='item', name='memo', field=models.TextField(null=True)),");
    expect(show(await ops([INITIAL, add]))).toEqual(['add_column memo']);
  });

  it.each([
    ['a unique field', 'models.CharField(max_length=10, null=True, unique=True)'],
    ['a primary key', 'models.IntegerField(primary_key=True)'],
    ['a NOT NULL field (a blank CharField defaults to an empty string)', "models.CharField(max_length=10, blank=True)"],
    ['a db_default that is an expression', 'models.DateTimeField(null=True, db_default=Now())'],
  ])('remakes for %s', async (_what, field) => {
    const add = file('0002_x', `        migrations.AddField(model_name='item', name='extra', field=${field}),`);
    expect(show(await ops([INITIAL, add]))).toEqual(expect.arrayContaining(['drop_table shop_item', 'rename_table new__shop_item→shop_item']));
  });

  it('adds a nullable field with a constant db_default in place', async () => {
    const add = file('0002_x', "        migrations.AddField(model_name='item', name='memo', field=models.IntegerField(null=True, db_default=0)),");
    expect(show(await ops([INITIAL, add]))).toEqual(['add_column memo=0']);
  });

  it('drops a plain column in place from SQLite 3.35.5, and remakes for an indexed one or on older SQLite', async () => {
    const drop = (name: string) => file('0002_x', `        migrations.RemoveField(model_name='item', name='${name}'),`);
    expect(show(await ops([INITIAL, drop('note')]))).toEqual(['drop_column note']);
    expect(show(await ops([INITIAL, drop('note')], '3.35.4'))[1]).toBe('create_table new__shop_item(id!, name!, sku!)');
    // The remake of an indexed column leaves its indexes (and a unique_together naming it) out, and keeps the others.
    expect(show(await ops([INITIAL, drop('sku')]))).toEqual(['drop_column sku', 'create_table new__shop_item(id!, name!, note)', 'data_change insert new__shop_item', 'drop_table shop_item', 'rename_table new__shop_item→shop_item', 'create_index item_name_idx']);
  });

  it('renames a column in place, and remakes for any other change of a field', async () => {
    const alter = (field: string) => file('0002_x', `        migrations.AlterField(model_name='item', name='note', field=${field}),`);
    expect(show(await ops([INITIAL, alter("models.TextField(null=True, db_column='memo')")]))).toEqual(['rename_column note→memo']);
    expect(show(await ops([INITIAL, alter('models.TextField(null=True)')]))).toEqual(['other']);
    expect(show(await ops([INITIAL, alter('models.CharField(max_length=10, null=True)')]))).toEqual(['alter_column_type', 'create_table new__shop_item(id!, name!, note, sku!)', ...REMAKE_TAIL]);
  });

  it('follows Meta indexes through RenameIndex and RemoveIndex', async () => {
    const change = file('0002_x', `        migrations.RenameIndex(model_name='item', new_name='item_label_idx', old_name='item_name_idx'),
        migrations.AddField(model_name='item', name='qty', field=models.IntegerField(default=1)),`);
    expect(show(await ops([INITIAL, change])).filter((s) => s.startsWith('create_index'))).toEqual(['create_index shop_item_name_sku_6c054174_uniq', expect.stringMatching(/^create_index shop_item_sku_/), 'create_index item_label_idx']);
    const removed = file('0002_x', `        migrations.RemoveIndex(model_name='item', name='item_name_idx'),
        migrations.AddField(model_name='item', name='qty', field=models.IntegerField(default=1)),`);
    expect(show(await ops([INITIAL, removed])).filter((s) => s.startsWith('create_index'))).toEqual(['create_index shop_item_name_sku_6c054174_uniq', expect.stringMatching(/^create_index shop_item_sku_/)]);
  });

  it('does not remake a table the replay never saw created, nor one with a field it could not read', async () => {
    const add = file('0002_x', "        migrations.AddField(model_name='other', name='qty', field=models.IntegerField(default=1)),");
    expect(show(await ops([add]))).toEqual(['add_column qty=1', 'drop_default qty']);
    const unread = file('0002_x', `        migrations.AddField(model_name='item', name='geo', field=MyGeoField()),
        migrations.AddField(model_name='item', name='qty', field=models.IntegerField(default=1)),`);
    expect(show(await ops([INITIAL, unread]))).toEqual(['unparsed', 'add_column qty=1', 'drop_default qty']);
  });

  it('leaves the other dialects as they were', async () => {
    const add = file('0002_x', "        migrations.AddField(model_name='item', name='qty', field=models.IntegerField(default=1)),");
    const session = createPythonSession();
    await parseMigrationFile(INITIAL, 'postgresql', session);
    expect(show(await parseMigrationFile(add, 'postgresql', session))).toEqual(['add_column qty=1', 'drop_default qty']);
  });
});
