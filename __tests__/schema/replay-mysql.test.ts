import { emptySchema, type Schema, type Table } from '../../src/model/schema.js';
import { applyOp, replay } from '../../src/schema/replay.js';
import { check, col, fk, named, op, pk, q, ty, unique } from '../helpers/ops.js';

function table(s: Schema, key: string): Table {
  const t = s.tables.get(key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
}

const my = (name: string, args: number[] = [], extra = {}) => ty(name, args, 'mysql', extra);
const indexes = (t: Table) => t.indexes.map((i) => [i.name, i.elems.map((e) => e.column ?? e.expr).join(','), i.constraint ?? null]);

describe('replay (MySQL): a realistic history', () => {
  const history = [
    op('create_table', {
      table: q('Users'),
      columns: [
        col('id', my('int'), { nullable: false, identity: 'auto', constraints: [pk()] }),
        col('email', my('varchar', [255]), { nullable: false }),
        col('status', my('enum', [], { values: ['active', 'banned'] })),
      ],
      constraints: [unique('email')],
    }),
    op('create_table', {
      table: q('orders'),
      columns: [col('id', my('int'), { constraints: [pk()] }), col('user_id', my('int')), col('ref', my('varchar', [20])), col('note', my('text'))],
      constraints: [fk(['user_id'], q('users'), ['id']), check("note <> ''")],
    }),
    op('add_constraint', { table: q('orders'), constraint: fk(['user_id'], q('users'), ['id'], { onDelete: 'cascade' }) }),
    op('create_index', { name: 'idx_ref_user', table: q('orders'), elems: [{ column: 'ref' }, { column: 'user_id' }] }),
    op('add_constraint', { table: q('orders'), constraint: unique('ref') }),
    op('drop_constraint', { table: q('orders'), name: 'orders_ibfk_1', constraintKind: 'foreign' }),
    op('drop_index', { name: q('ref'), table: q('orders') }),
    op('rename_table', { table: q('orders'), newName: q('purchases') }),
    op('drop_column', { table: q('purchases'), column: 'ref' }),
    op('alter_column_type', { table: q('users'), column: 'email', type: my('varchar', [320]) }),
  ];
  const { schema, issues } = replay(history, undefined, 'mysql');

  it('applies every step without issues; table names compare without case', () => {
    expect(issues).toEqual([]);
    expect([...schema.tables.keys()]).toEqual(['users', 'purchases']);
    expect(table(schema, 'users').name).toEqual({ name: 'Users' });
  });

  it('names the primary key PRIMARY and a unique key after its first column', () => {
    const users = table(schema, 'users');
    expect(users.constraints.map((c) => c.name)).toEqual(['PRIMARY', 'email']);
    expect(indexes(users)).toEqual([
      ['PRIMARY', 'id', 'PRIMARY'],
      ['email', 'email', 'email'],
    ]);
    expect(users.columns[1].type.args).toEqual([320]);
  });

  it('numbers foreign keys <table>_ibfk_N, renames them with the table, and keeps the index InnoDB made', () => {
    const t = table(schema, 'purchases');
    expect(t.constraints.map((c) => [c.kind, c.name])).toEqual([
      ['primary', 'PRIMARY'],
      ['check', 'purchases_chk_1'],
      ['foreign', 'purchases_ibfk_2'],
    ]);
    // The implicit index `user_id` was made for ibfk_1; dropping that FK leaves the index, and
    // idx_ref_user (ref, user_id) does not lead with user_id, so it never replaced it.
    // Dropping column ref shrinks idx_ref_user to (user_id) instead of dropping it.
    expect(indexes(t)).toEqual([
      ['PRIMARY', 'id', 'PRIMARY'],
      ['user_id', 'user_id', null],
      ['idx_ref_user', 'user_id', null],
    ]);
    expect(t.constraints[2].references).toEqual({ table: { name: 'users' }, columns: ['id'], onDelete: 'cascade' });
  });
});

describe('replay (MySQL): keys and indexes', () => {
  const base = (): Schema => {
    const s = emptySchema('mysql');
    applyOp(s, op('create_table', { table: q('p'), columns: [col('id', my('int'), { constraints: [pk()] })] }));
    applyOp(s, op('create_table', { table: q('c'), columns: [col('id', my('int')), col('p_id', my('int')), col('q_id', my('int'))] }));
    return s;
  };

  it('a named FK gets an index of the same name; a later index that leads with its columns replaces it', () => {
    const s = base();
    applyOp(s, op('add_constraint', { table: q('c'), constraint: named('fk_c_p', fk(['p_id'], q('p'))) }));
    expect(indexes(table(s, 'c'))).toEqual([['fk_c_p', 'p_id', 'fk_c_p']]);
    expect(table(s, 'c').constraints[0].references!.columns).toEqual(['id']);
    applyOp(s, op('create_index', { name: 'c_p_q', table: q('c'), elems: [{ column: 'p_id' }, { column: 'q_id' }] }));
    expect(indexes(table(s, 'c'))).toEqual([['c_p_q', 'p_id,q_id', null]]);
  });

  it('unnamed unique keys and indexes take the first column name, then _2, _3', () => {
    const s = base();
    applyOp(s, op('add_constraint', { table: q('c'), constraint: unique('p_id') }));
    applyOp(s, op('add_constraint', { table: q('c'), constraint: unique('p_id', 'q_id') }));
    applyOp(s, op('create_index', { table: q('c'), elems: [{ column: 'p_id' }] }));
    applyOp(s, op('create_index', { table: q('c'), elems: [{ expr: 'abs(q_id)' }] }));
    expect(table(s, 'c').indexes.map((i) => i.name)).toEqual(['p_id', 'p_id_2', 'p_id_3', 'functional_index']);
  });

  it('DROP PRIMARY KEY finds the key by kind', () => {
    const s = base();
    expect(applyOp(s, op('drop_constraint', { table: q('p'), name: 'PRIMARY', constraintKind: 'primary' }))).toEqual([]);
    expect(table(s, 'p').constraints).toEqual([]);
    expect(table(s, 'p').indexes).toEqual([]);
  });

  it('DROP INDEX on a unique key removes the key too, without complaint', () => {
    const s = base();
    applyOp(s, op('add_constraint', { table: q('c'), constraint: named('uq_c', unique('q_id')) }));
    expect(applyOp(s, op('drop_index', { name: q('UQ_C'), table: q('c') }))).toEqual([]);
    expect(table(s, 'c').constraints).toEqual([]);
  });

  it('DROP TABLE leaves foreign keys that point at it in place (MySQL ignores CASCADE)', () => {
    const s = base();
    applyOp(s, op('add_constraint', { table: q('c'), constraint: fk(['p_id'], q('p')) }));
    expect(applyOp(s, op('drop_table', { table: q('p'), cascade: true }))).toEqual([]);
    expect(table(s, 'c').constraints.map((c) => c.name)).toEqual(['c_ibfk_1']);
  });

  it('MariaDB names checks CONSTRAINT_N, or after the column for a column check', () => {
    const s = emptySchema('mariadb');
    applyOp(s, op('create_table', { table: q('t'), columns: [col('a', my('int'), { constraints: [check('a > 0')] }), col('b', my('int'))], constraints: [check('b > a')] }));
    expect(table(s, 't').constraints.map((c) => c.name)).toEqual(['a', 'CONSTRAINT_1']);
  });
});
