import { createPythonSession, parseMigrationFile } from '../../src/frontends/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { MigrationFile } from '../../src/model/migration.js';
import type { LocatedOp } from '../../src/model/operation.js';
import { typeToSql } from '../../src/model/sql-type.js';

function file(path: string, app: string, operations: string, extra = ''): MigrationFile {
  const up = `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n${extra}    operations = [\n${operations}\n    ]\n`;
  return { path, version: '0001', name: 'x', language: 'python', up, hasDown: true, transaction: 'per-file', blobId: path, graph: { format: 'django', app, id: `${app}.x`, parents: [] } };
}

/** Parse files in order with one session; the ops of the last file. */
async function ops(files: MigrationFile[], dialect: Dialect = 'postgresql'): Promise<LocatedOp[]> {
  const session = createPythonSession();
  let last: LocatedOp[] = [];
  for (const f of files) last = await parseMigrationFile(f, dialect, session);
  return last;
}

/** One line per operation: kind, the line of its statement, and its gist. */
function show(list: LocatedOp[]): string[] {
  return list.map((o) => {
    const at = `@${o.stmt.line}`;
    switch (o.kind) {
      case 'create_table':
        return `create_table${at} ${o.table.name}(${o.columns.map((c) => `${c.name} ${typeToSql(c.type)}${c.nullable ? '' : ' not null'}${c.identity ? ' identity' : ''}${c.default ? ` default ${c.default.text}` : ''}${c.constraints.map((k) => ` ${k.kind}${k.references ? `→${k.references.table.name}.${k.references.columns[0]}` : ''}`).join('')}`).join(', ')})${o.constraints.map((k) => ` ${k.kind}(${k.columns.join(',')})`).join('')}`;
      case 'add_column':
        return `add_column${at} ${o.table.name}.${o.column.name} ${typeToSql(o.column.type)}${o.column.nullable ? '' : ' not null'}${o.column.default ? ` default ${o.column.default.text}` : ''}${o.column.constraints.map((k) => ` ${k.kind}`).join('')}`;
      case 'drop_column':
        return `drop_column${at} ${o.table.name}.${o.column}`;
      case 'drop_default':
      case 'set_not_null':
      case 'drop_not_null':
        return `${o.kind}${at} ${o.table.name}.${o.column}`;
      case 'set_default':
        return `set_default${at} ${o.table.name}.${o.column} ${o.default.text}`;
      case 'alter_column_type':
        return `alter_column_type${at} ${o.table.name}.${o.column} ${typeToSql(o.type)}`;
      case 'rename_column':
        return `rename_column${at} ${o.table.name}.${o.column}→${o.newName}`;
      case 'rename_table':
        return `rename_table${at} ${o.table.name}→${o.newName.name}`;
      case 'drop_table':
        return `drop_table${at} ${o.table.name}`;
      case 'create_index':
        return `create_index${at} ${o.name} on ${o.table.name}(${o.elems.map((e) => e.column ?? e.expr).join(',')})${o.unique ? ' unique' : ''}${o.concurrently ? ' concurrently' : ''}${o.where ? ` where ${o.where}` : ''}`;
      case 'drop_index':
        return `drop_index${at} ${o.name.name}${o.concurrently ? ' concurrently' : ''}`;
      case 'add_constraint':
        return `add_constraint${at} ${o.table.name} ${o.constraint.kind} ${o.constraint.name}(${o.constraint.columns.join(',')})${o.constraint.expr ? ` ${o.constraint.expr}` : ''}`;
      case 'drop_constraint':
        return `drop_constraint${at} ${o.table.name} ${o.name}`;
      case 'data_change':
        return `data_change${at} ${o.verb} ${o.table.name}${o.hasWhere ? ' where' : ''}`;
      case 'opaque_code':
        return `opaque_code${at} ${o.description}`;
      case 'unparsed':
        return `unparsed${at} ${o.message}`;
      default:
        return `${o.kind}${at}`;
    }
  });
}

const INITIAL = file(
  'shop/migrations/0001_initial.py',
  'shop',
  `        migrations.CreateModel(
            name='Order',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ('code', models.CharField(max_length=20, unique=True)),
                ('total', models.DecimalField(max_digits=10, decimal_places=2)),
                ('placed', models.DateTimeField(auto_now_add=True)),
                ('customer', models.ForeignKey(on_delete=models.CASCADE, to='auth.user')),
            ],
            options={'db_table': 'orders'},
        ),`,
);

describe('Django operations → IR', () => {
  it('CreateModel: Django names, types, primary key, FK column, indexes', async () => {
    expect(show(await ops([INITIAL]))).toEqual([
      'create_table@6 orders(id bigint not null identity primary, code varchar(20) not null unique, total numeric(10, 2) not null, placed timestamptz not null, customer_id integer not null foreign→auth_user.id)',
      // Django's names: <table>_<column>_<md5 digest>[_like]
      'create_index@6 orders_code_fecb6bd8_like on orders(code)',
      'create_index@6 orders_customer_id_b7016332 on orders(customer_id)',
    ]);
  });

  it('regression_netbox_q_conditions: Q conditions, F() and Lower() become the SQL Django writes for them', async () => {
    const next = file(
      'shop/migrations/0002_constraints.py',
      'shop',
      [
        "        migrations.AddField(model_name='order', name='parent', field=models.ForeignKey(null=True, on_delete=models.CASCADE, to='shop.order')),",
        "        migrations.AddConstraint(model_name='order', constraint=models.UniqueConstraint(fields=('code',), condition=models.Q(('parent__isnull', True)), name='order_code')),",
        "        migrations.AddConstraint(model_name='order', constraint=models.UniqueConstraint(django.db.models.functions.text.Lower('code'), models.F('customer'), condition=models.Q(('code', ''), _negated=True), name='order_lower_code')),",
        "        migrations.AddConstraint(model_name='order', constraint=models.CheckConstraint(condition=models.Q(models.Q(('parent__isnull', True), ('total__lt', 10)), models.Q(('code__in', ['a', 'b'])), _connector='OR'), name='order_check')),",
        "        migrations.AddIndex(model_name='order', index=GistIndex(fields=['code'], name='order_code_gist', opclasses=['gist_trgm_ops'])),",
        // regression netbox core.0019: a boolean compared to True is the bare column, as Django 4+ writes it.
        "        migrations.AddField(model_name='order', name='paid', field=models.BooleanField(default=False)),",
        "        migrations.AddConstraint(model_name='order', constraint=models.UniqueConstraint(condition=models.Q(('paid', True)), fields=('code',), name='order_paid')),",
        "        migrations.AddConstraint(model_name='order', constraint=models.UniqueConstraint(condition=models.Q(paid=False), fields=('code',), name='order_unpaid')),",
        // What is not translated stays Python: a lookup across a relation, a function of the project.
        "        migrations.AddConstraint(model_name='order', constraint=models.UniqueConstraint(fields=('code',), condition=models.Q(('parent__code', 'x')), name='order_rel')),",
        "        migrations.AddIndex(model_name='order', index=models.Index(Host('code'), name='order_host')),",
        // A conditional UniqueConstraint is an index: removed with DROP INDEX, not DROP CONSTRAINT.
        "        migrations.RemoveConstraint(model_name='order', name='order_code'),",
        "        migrations.RemoveConstraint(model_name='order', name='order_check'),",
      ].join('\n'),
    );
    const list = await ops([INITIAL, next]);
    expect(show(list).slice(2)).toEqual([
      'create_index@7 order_code on orders(code) unique where parent_id IS NULL',
      "create_index@8 order_lower_code on orders(lower(code),customer_id) unique where NOT (code = '')",
      "add_constraint@9 orders check order_check() (parent_id IS NULL AND total < 10) OR (code IN ('a', 'b'))",
      'create_index@10 order_code_gist on orders(code)',
      'add_column@11 orders.paid boolean not null default false',
      'drop_default@11 orders.paid',
      'create_index@12 order_paid on orders(code) unique where paid',
      'create_index@13 order_unpaid on orders(code) unique where NOT paid',
      "create_index@14 order_rel on orders(code) unique where models.Q(('parent__code', 'x'))",
      "create_index@15 order_host on orders(Host('code'))",
      'drop_index@16 order_code',
      'drop_constraint@17 orders order_check',
    ]);
    const gist = list.find((o) => o.kind === 'create_index' && o.name === 'order_code_gist');
    expect(gist?.kind === 'create_index' && gist.elems).toEqual([{ column: 'code', modifier: 'gist_trgm_ops' }]);
  });

  it('regression_netbox_renamed_field_index: AlterField drops the index under the name it was made with, before RenameField or AlterModelTable', async () => {
    // NetBox circuits.0051: RenameField(circuit → member_id), then AlterField(member_id, PositiveBigIntegerField()).
    // Django finds the index it drops by column; its name still has the old column and table.
    const next = file(
      'shop/migrations/0002_rename.py',
      'shop',
      [
        "        migrations.RenameField(model_name='order', old_name='customer', new_name='buyer'),",
        "        migrations.AlterModelTable(name='order', table='shop_orders'),",
        "        migrations.AlterField(model_name='order', name='buyer', field=models.PositiveBigIntegerField()),",
        "        migrations.AddField(model_name='order', name='note', field=models.CharField(max_length=10, db_index=True)),",
        "        migrations.AlterField(model_name='order', name='note', field=models.CharField(max_length=10)),",
      ].join('\n'),
    );
    const drops = (await ops([INITIAL, next])).flatMap((o) => (o.kind === 'drop_index' ? [o.name.name] : []));
    expect(drops).toEqual(['orders_customer_id_b7016332', 'shop_orders_note_c54eb7f5', 'shop_orders_note_c54eb7f5_like']);
  });

  it('regression_netbox_proxy_target: a foreign key to a proxy model references the table of its concrete model', async () => {
    const next = file(
      'shop/migrations/0002_proxy.py',
      'shop',
      [
        "        migrations.CreateModel(name='BigOrder', fields=[], options={'proxy': True, 'indexes': []}, bases=(shop.mixins.Mixin, 'shop.order', models.Model)),",
        "        migrations.CreateModel(name='Note', fields=[('id', models.BigAutoField(primary_key=True, serialize=False)), ('order', models.ForeignKey(on_delete=models.CASCADE, to='shop.bigorder'))]),",
      ].join('\n'),
    );
    const created = (await ops([INITIAL, next])).find((o) => o.kind === 'create_table');
    const fk = created?.kind === 'create_table' ? created.columns.find((c) => c.name === 'order_id')?.constraints.find((k) => k.kind === 'foreign') : undefined;
    expect(fk?.references?.table.name).toBe('orders');
    expect(fk?.name).toMatch(/_fk_orders_id$/);
  });

  it('maps every field and index operation statement by statement', async () => {
    const next = file(
      'shop/migrations/0002_changes.py',
      'shop',
      [
        "        migrations.AddField(model_name='order', name='paid', field=models.BooleanField(default=False)),",
        "        migrations.AddField(model_name='order', name='region', field=models.CharField(max_length=10)),",
        "        migrations.AddField(model_name='order', name='memo', field=models.TextField(null=True)),",
        "        migrations.AlterField(model_name='order', name='memo', field=models.TextField(default='', )),",
        "        migrations.AlterField(model_name='order', name='total', field=models.DecimalField(max_digits=12, decimal_places=2)),",
        "        migrations.RenameField(model_name='order', old_name='region', new_name='area'),",
        "        migrations.RemoveField(model_name='order', name='placed'),",
        "        migrations.AddIndex(model_name='order', index=models.Index(fields=['-total'], name='orders_total_idx')),",
        "        migrations.RemoveIndex(model_name='order', name='orders_total_idx'),",
        "        migrations.AddConstraint(model_name='order', constraint=models.CheckConstraint(check=models.Q(total__gte=0), name='total_positive')),",
        "        migrations.AddConstraint(model_name='order', constraint=models.UniqueConstraint(fields=['code', 'area'], name='code_area_uniq')),",
        "        migrations.RemoveConstraint(model_name='order', name='total_positive'),",
        "        migrations.AlterModelTable(name='order', table='shop_orders'),",
        "        migrations.RunPython(migrations.RunPython.noop),",
        "        migrations.DeleteModel(name='Order'),",
      ].join('\n'),
    );
    expect(show(await ops([INITIAL, next]))).toEqual([
      "add_column@6 orders.paid boolean not null default false",
      'drop_default@6 orders.paid',
      'add_column@7 orders.region varchar(10) not null',
      'add_column@8 orders.memo text',
      "set_default@9 orders.memo ''",
      'data_change@9 update orders where',
      'set_not_null@9 orders.memo',
      'drop_default@9 orders.memo',
      'alter_column_type@10 orders.total numeric(12, 2)',
      'rename_column@11 orders.region→area',
      'drop_column@12 orders.placed',
      'create_index@13 orders_total_idx on orders(total)',
      'drop_index@14 orders_total_idx',
      'add_constraint@15 orders check total_positive() total >= 0',
      'add_constraint@16 orders unique code_area_uniq(code,area)',
      'drop_constraint@17 orders total_positive',
      'rename_table@18 orders→shop_orders',
      'opaque_code@19 RunPython(migrations.RunPython.noop) without reverse_code',
      'drop_table@20 shop_orders',
    ]);
  });

  it('RunSQL goes through the SQL front end at its lines; SeparateDatabaseAndState only touches the database with database_operations', async () => {
    const next = file(
      'shop/migrations/0002_sql.py',
      'shop',
      `        migrations.RunSQL(
            sql="""
            ALTER TABLE orders ADD COLUMN note text;
            CREATE INDEX CONCURRENTLY orders_note ON orders (note);
            """,
            reverse_sql=migrations.RunSQL.noop,
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.RemoveField(model_name='order', name='code')],
            database_operations=[],
        ),
        migrations.AddIndexConcurrently(model_name='order', index=models.Index(fields=['total'], name='orders_total_idx')),`,
      '    atomic = False\n',
    );
    next.transaction = 'none'; // what the format makes of atomic = False
    const list = await ops([INITIAL, next]);
    expect(show(list)).toEqual(['add_column@9 orders.note text', 'create_index@10 orders_note on orders(note) concurrently', 'other@14', 'create_index@18 orders_total_idx on orders(total) concurrently']);
    expect(list.every((o) => !o.stmt.inTransaction)).toBe(true);
  });

  it('uses the target model of a ForeignKey created earlier, and AUTH_USER_MODEL', async () => {
    const users = file('accounts/migrations/0001_initial.py', 'accounts', "        migrations.CreateModel(name='User', fields=[('id', models.AutoField(primary_key=True))]),");
    const fk = file('shop/migrations/0001_initial.py', 'shop', "        migrations.CreateModel(name='Cart', fields=[('id', models.BigAutoField(primary_key=True)), ('owner', models.OneToOneField(on_delete=models.CASCADE, to=settings.AUTH_USER_MODEL))]),");
    fk.graph!.userModel = 'accounts.user';
    expect(show(await ops([users, fk]))[0]).toBe('create_table@6 shop_cart(id bigint not null identity primary, owner_id integer not null unique foreign→accounts_user.id)');
  });

  it('maps types per dialect', async () => {
    const f = file('a/migrations/0001_x.py', 'a', "        migrations.CreateModel(name='T', fields=[('id', models.AutoField(primary_key=True)), ('at', models.DateTimeField()), ('data', models.JSONField()), ('u', models.UUIDField())]),");
    expect(show(await ops([f], 'mysql'))[0]).toBe('create_table@6 a_t(id integer not null identity primary, at datetime(6) not null, data json not null, u char(32) not null)');
    expect(show(await ops([f], 'sqlite'))[0]).toBe('create_table@6 a_t(id integer not null identity primary, at datetime not null, data text not null, u char(32) not null)');
  });

  it('reports what it cannot read at its line', async () => {
    const f = file('a/migrations/0002_x.py', 'a', "        migrations.AddField(model_name='t', name='x', field=MyField()),\n        CustomOperation(),\n        migrations.AddField(model_name='t', name='y', field=models.IntegerField(null=True)),");
    expect(show(await ops([f]))).toEqual([
      'unparsed@6 Migra does not know the column type of the field class MyField',
      'unparsed@7 Migra does not know the Django operation CustomOperation',
      'add_column@8 a_t.y integer',
    ]);
  });

  it('regression_django_db_default: a database function in db_default is SQL, not a quoted string', async () => {
    const f = file(
      'a/migrations/0002_x.py',
      'a',
      "        migrations.AddField(model_name='t', name='pi', field=models.FloatField(db_default=models.functions.Pi())),\n        migrations.AddField(model_name='t', name='at', field=models.DateTimeField(db_default=Now())),\n        migrations.AddField(model_name='t', name='n', field=models.IntegerField(db_default=Value(3))),",
    );
    expect(show(await ops([f])).map((l) => l.replace(/^add_column@\d+ /, ''))).toEqual([
      'a_t.pi double precision not null default PI()',
      'a_t.at timestamptz not null default STATEMENT_TIMESTAMP()',
      'a_t.n integer not null default 3',
    ]);
    // Django 5 renders Now() with microseconds on MySQL and milliseconds on SQLite.
    expect(show(await ops([f], 'sqlite')).map((l) => l.replace(/^add_column@\d+ /, '')).slice(1, 2)).toEqual(["a_t.at datetime not null default STRFTIME('%Y-%m-%d %H:%M:%f', 'NOW')"]);
    expect(show(await ops([f], 'mysql')).map((l) => l.replace(/^add_column@\d+ /, '')).slice(1, 2)).toEqual(['a_t.at datetime(6) not null default CURRENT_TIMESTAMP(6)']);
  });

  it('regression_django_db_default_functions: functions of constants and the PostgreSQL ones are SQL; a field reference stays a value', async () => {
    const f = file(
      'a/migrations/0002_x.py',
      'a',
      [
        "        migrations.AddField(model_name='t', name='u', field=models.UUIDField(db_default=RandomUUID())),",
        "        migrations.AddField(model_name='t', name='s', field=models.CharField(max_length=9, db_default=Lower(Value('ABC')))),",
        "        migrations.AddField(model_name='t', name='c', field=models.IntegerField(db_default=Coalesce(Value(1), Abs(Value(-2))))),",
        "        migrations.AddField(model_name='t', name='x', field=models.DateTimeField(db_default=TransactionNow())),",
        "        migrations.AddField(model_name='t', name='y', field=models.CharField(max_length=9, db_default=Lower('name'))),",
      ].join('\n'),
    );
    expect(show(await ops([f])).map((l) => l.replace(/^add_column@\d+ /, ''))).toEqual([
      'a_t.u uuid not null default GEN_RANDOM_UUID()',
      "a_t.s varchar(9) not null default LOWER('ABC')",
      'a_t.c integer not null default COALESCE(1, ABS(-2))',
      'a_t.x timestamptz not null default CURRENT_TIMESTAMP',
      "a_t.y varchar(9) not null default '<Lower(''name'')>'",
    ]);
  });
});
