import { emptySchema } from '../../src/model/schema.js';
import { diffSchemas } from '../../src/schema/diff.js';
import { replay } from '../../src/schema/replay.js';
import { col, fk, op, pk, q, ty, unique } from '../helpers/ops.js';

describe('diffSchemas', () => {
  const base = replay(
    [
      op('create_enum', { name: q('mood'), values: ['ok', 'meh'] }),
      op('create_enum', { name: q('old_kind'), values: ['x'] }),
      op('create_table', {
        table: q('users'),
        columns: [
          col('id', 'integer', { constraints: [pk()] }),
          col('email', ty('varchar', [255])),
          col('name', 'text', { default: { text: "''", volatile: false } }),
          col('legacy', 'text'),
        ],
      }),
      op('create_index', { table: q('users'), elems: [{ column: 'name' }] }),
      op('create_table', { table: q('zombies'), columns: [col('id', 'integer', { constraints: [pk()] })] }),
      op('create_table', { table: q('untouched'), columns: [col('id', 'integer')] }),
    ],
    undefined,
    'postgresql',
  ).schema;
  const head = replay(
    [
      op('alter_column_type', { table: q('users'), column: 'email', type: ty('text') }),
      op('set_not_null', { table: q('users'), column: 'email' }),
      op('drop_default', { table: q('users'), column: 'name' }),
      op('drop_column', { table: q('users'), column: 'legacy' }),
      op('add_column', { table: q('users'), column: col('age', 'integer') }),
      op('add_constraint', { table: q('users'), constraint: unique('email') }),
      op('drop_index', { name: q('users_name_idx') }),
      op('create_index', { name: 'users_name_idx', table: q('users'), elems: [{ expr: 'lower(name)' }] }),
      op('drop_table', { table: q('zombies') }),
      op('create_table', { table: q('audit', 'app'), columns: [col('id', 'bigint', { constraints: [pk()] }), col('user_id', 'integer', { constraints: [fk([], q('users'))] })] }),
      op('add_enum_value', { name: q('mood'), value: 'great' }),
      op('drop_type', { name: q('old_kind') }),
      op('create_enum', { name: q('level'), values: ['a'] }),
    ],
    base,
  ).schema;

  it('lists tables sorted, with per-aspect column changes', () => {
    expect(diffSchemas(base, head)).toEqual({
      tables: [
        {
          table: 'app.audit',
          status: 'added',
          columnsAdded: ['id', 'user_id'],
          columnsDropped: [],
          columnsChanged: [],
          indexesAdded: ['audit_pkey'],
          indexesDropped: [],
          constraintsAdded: ['audit_pkey', 'audit_user_id_fkey'],
          constraintsDropped: [],
        },
        {
          table: 'users',
          status: 'changed',
          columnsAdded: ['age'],
          columnsDropped: ['legacy'],
          columnsChanged: [
            { column: 'email', from: 'varchar(255)', to: 'text' },
            { column: 'email', from: 'NULL', to: 'NOT NULL' },
            { column: 'name', from: "DEFAULT ''", to: 'no default' },
          ],
          indexesAdded: ['users_email_key', 'users_name_idx'],
          indexesDropped: ['users_name_idx'],
          constraintsAdded: ['users_email_key'],
          constraintsDropped: [],
        },
        {
          table: 'zombies',
          status: 'dropped',
          columnsAdded: [],
          columnsDropped: ['id'],
          columnsChanged: [],
          indexesAdded: [],
          indexesDropped: ['zombies_pkey'],
          constraintsAdded: [],
          constraintsDropped: ['zombies_pkey'],
        },
      ],
      enumsAdded: ['level'],
      enumsDropped: ['old_kind'],
      enumsChanged: [{ name: 'mood', added: ['great'], removed: [] }],
    });
  });

  it('is empty for identical schemas', () => {
    expect(diffSchemas(base, base)).toEqual({ tables: [], enumsAdded: [], enumsDropped: [], enumsChanged: [] });
    expect(diffSchemas(emptySchema('mysql'), emptySchema('mysql')).tables).toEqual([]);
  });

  it('matches MySQL names without case, keeping the spelling of the table', () => {
    const a = replay([op('create_table', { table: q('Users'), columns: [col('ID', ty('int', [], 'mysql'))] })], undefined, 'mysql').schema;
    const b = replay([op('alter_column_type', { table: q('users'), column: 'id', type: ty('bigint', [], 'mysql') })], a).schema;
    expect(diffSchemas(a, b).tables).toEqual([
      expect.objectContaining({ table: 'Users', status: 'changed', columnsChanged: [{ column: 'ID', from: 'integer', to: 'bigint' }] }),
    ]);
  });
});
