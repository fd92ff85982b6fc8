import type { Operation } from '../../src/model/operation.js';
import { emptySchema, type Schema, type Table } from '../../src/model/schema.js';
import { accessExclusiveTargets, pgLockFor } from '../../src/knowledge/pg-locks.js';

// Expected modes are what pg_locks showed on PostgreSQL 15 for each statement.

const q = (name: string, schema?: string) => (schema ? { schema, name } : { name });

function schemaWith(): Schema {
  const s = emptySchema('postgresql');
  const customers: Table = { name: q('customers'), columns: [], constraints: [{ kind: 'primary', name: 'customers_pkey', columns: ['id'] }], indexes: [] };
  const orders: Table = {
    name: q('orders'),
    columns: [],
    constraints: [{ kind: 'foreign', name: 'orders_customer_id_fkey', columns: ['customer_id'], references: { table: q('customers'), columns: ['id'] } }],
    indexes: [{ name: 'orders_status_idx', elems: [{ column: 'status' }], unique: false }],
  };
  const audit: Table = { name: q('audit', 'ops'), columns: [], constraints: [], indexes: [{ name: 'audit_at_idx', elems: [{ column: 'at' }], unique: false }] };
  s.tables.set('customers', customers);
  s.tables.set('orders', orders);
  s.tables.set('ops.audit', audit);
  return s;
}

const pg = (version: string) => ({ dialect: 'postgresql' as const, version });

describe('pgLockFor', () => {
  const before = schemaWith();

  it.each<[string, Operation, string, boolean]>([
    ['ADD COLUMN', { kind: 'add_column', table: q('orders'), column: { name: 'x', type: { name: 'integer', args: [], array: 0, raw: 'int' }, nullable: true, constraints: [] }, ifNotExists: false }, 'ACCESS EXCLUSIVE', true],
    ['SET NOT NULL', { kind: 'set_not_null', table: q('orders'), column: 'note' }, 'ACCESS EXCLUSIVE', true],
    ['ADD CHECK', { kind: 'add_constraint', table: q('orders'), constraint: { kind: 'check', columns: [], expr: 'id > 0' } }, 'ACCESS EXCLUSIVE', true],
    ['ADD FOREIGN KEY', { kind: 'add_constraint', table: q('orders'), constraint: { kind: 'foreign', columns: ['customer_id'], references: { table: q('customers'), columns: ['id'] } } }, 'SHARE ROW EXCLUSIVE', false],
    ['VALIDATE CONSTRAINT', { kind: 'validate_constraint', table: q('orders'), name: 'c' }, 'SHARE UPDATE EXCLUSIVE', false],
    ['CREATE INDEX', { kind: 'create_index', table: q('orders'), elems: [], unique: false, concurrently: false, ifNotExists: false }, 'SHARE', false],
    ['CREATE INDEX CONCURRENTLY', { kind: 'create_index', table: q('orders'), elems: [], unique: false, concurrently: true, ifNotExists: false }, 'SHARE UPDATE EXCLUSIVE', false],
    ['REFRESH MATERIALIZED VIEW', { kind: 'refresh_materialized_view', name: q('mv'), concurrently: false }, 'ACCESS EXCLUSIVE', true],
    ['REFRESH MATERIALIZED VIEW CONCURRENTLY', { kind: 'refresh_materialized_view', name: q('mv'), concurrently: true }, 'EXCLUSIVE', false],
    ['VACUUM FULL', { kind: 'maintenance', action: 'vacuum_full', table: q('orders') }, 'ACCESS EXCLUSIVE', true],
    ['VACUUM', { kind: 'maintenance', action: 'vacuum', table: q('orders') }, 'SHARE UPDATE EXCLUSIVE', false],
    ['CLUSTER', { kind: 'maintenance', action: 'cluster', table: q('orders') }, 'ACCESS EXCLUSIVE', true],
    ['UPDATE', { kind: 'data_change', verb: 'update', table: q('orders'), hasWhere: true }, 'ROW EXCLUSIVE', false],
    ['DETACH PARTITION', { kind: 'detach_partition', table: q('events'), partition: q('events_2023'), concurrently: false }, 'ACCESS EXCLUSIVE', true],
    ['ATTACH PARTITION', { kind: 'attach_partition', table: q('events'), partition: q('events_2024') }, 'SHARE UPDATE EXCLUSIVE', false],
    ['RENAME CONSTRAINT', { kind: 'rename_constraint', table: q('orders'), name: 'a', newName: 'b' }, 'ACCESS EXCLUSIVE', true],
  ])('%s', (_name, op, mode, blocksReads) => {
    const l = pgLockFor(op, { before, target: pg('16') })!;
    expect(l.lock).toBe(mode);
    expect(l.blocksReads).toBe(blocksReads);
  });

  it('locks the referenced table of a new foreign key too', () => {
    const l = pgLockFor({ kind: 'add_constraint', table: q('orders'), constraint: { kind: 'foreign', columns: ['customer_id'], references: { table: q('customers'), columns: ['id'] } } })!;
    expect(l.others).toEqual([{ table: q('customers'), lock: 'SHARE ROW EXCLUSIVE' }]);
    expect(l.blocksWrites).toBe(true);
  });

  it('VALIDATE of a foreign key takes ROW SHARE on the referenced table', () => {
    const before = schemaWith();
    const l = pgLockFor({ kind: 'validate_constraint', table: q('orders'), name: 'orders_customer_id_fkey' }, { before })!;
    expect(l).toMatchObject({ lock: 'SHARE UPDATE EXCLUSIVE', blocksWrites: false, others: [{ table: q('customers'), lock: 'ROW SHARE' }] });
  });

  it('finds the table of DROP INDEX in the schema, also in another schema', () => {
    expect(pgLockFor({ kind: 'drop_index', name: q('orders_status_idx'), concurrently: false, ifExists: false, cascade: false }, { before })).toMatchObject({ lock: 'ACCESS EXCLUSIVE', table: q('orders'), blocksReads: true });
    expect(pgLockFor({ kind: 'drop_index', name: q('audit_at_idx', 'ops'), concurrently: false, ifExists: false, cascade: false }, { before })!.table).toEqual(q('audit', 'ops'));
    expect(pgLockFor({ kind: 'drop_index', name: q('audit_at_idx'), concurrently: false, ifExists: false, cascade: false }, { before })!.table).toBeUndefined();
  });

  it('REINDEX INDEX: SHARE on the table, ACCESS EXCLUSIVE on the index, and reads stall in planning', () => {
    const l = pgLockFor({ kind: 'reindex', target: 'index', name: q('orders_status_idx'), concurrently: false }, { before })!;
    expect(l).toMatchObject({ lock: 'SHARE', table: q('orders'), blocksReads: true, index: { name: q('orders_status_idx'), lock: 'ACCESS EXCLUSIVE' } });
    expect(accessExclusiveTargets(l)).toEqual([q('orders')]);
  });

  it('DROP TABLE and DROP CONSTRAINT of a foreign key lock the referenced table ACCESS EXCLUSIVE', () => {
    const drop = pgLockFor({ kind: 'drop_table', table: q('orders'), ifExists: false, cascade: false }, { before })!;
    expect(accessExclusiveTargets(drop)).toEqual([q('orders'), q('customers')]);
    const dropFk = pgLockFor({ kind: 'drop_constraint', table: q('orders'), name: 'orders_customer_id_fkey', ifExists: false, cascade: false }, { before })!;
    expect(accessExclusiveTargets(dropFk)).toEqual([q('orders'), q('customers')]);
  });

  it('TRUNCATE locks every table it names', () => {
    expect(accessExclusiveTargets(pgLockFor({ kind: 'truncate', tables: [q('orders'), q('customers')], cascade: false }))).toEqual([q('orders'), q('customers')]);
  });

  it('CREATE TABLE … PARTITION OF locks the parent ACCESS EXCLUSIVE', () => {
    const l = pgLockFor({ kind: 'create_table', table: q('events_2025'), columns: [], constraints: [], ifNotExists: false, temporary: false, asSelect: false, partitionOf: q('events') });
    expect(accessExclusiveTargets(l)).toEqual([q('events_2025'), q('events')]);
  });

  it('follows the versions that changed lock levels', () => {
    const fk: Operation = { kind: 'add_constraint', table: q('orders'), constraint: { kind: 'foreign', columns: ['customer_id'], references: { table: q('customers'), columns: ['id'] } } };
    expect(pgLockFor(fk, { target: pg('9.4') })!.lock).toBe('ACCESS EXCLUSIVE');
    expect(pgLockFor(fk, { target: pg('9.5') })!.lock).toBe('SHARE ROW EXCLUSIVE');
    const attach: Operation = { kind: 'attach_partition', table: q('events'), partition: q('events_2024') };
    expect(pgLockFor(attach, { target: pg('11') })!.lock).toBe('ACCESS EXCLUSIVE');
    expect(pgLockFor(attach, { target: pg('12') })!.lock).toBe('SHARE UPDATE EXCLUSIVE');
  });

  it('has no table lock for statements without one', () => {
    expect(pgLockFor({ kind: 'set_setting', name: 'lock_timeout', value: '5s', local: false })).toBeUndefined();
    expect(pgLockFor({ kind: 'transaction', action: 'begin' })).toBeUndefined();
    expect(pgLockFor({ kind: 'create_enum', name: q('mood'), values: ['ok'] })).toBeUndefined();
  });
});

describe('pgLockFor: explicit LOCK TABLE', () => {
  const other = (text: string) => ({ kind: 'other', description: 'LOCK', stmt: { text } }) as unknown as Operation;

  it.each<[string, string, string[], boolean]>([
    ['LOCK TABLE "ApiKey" IN ACCESS EXCLUSIVE MODE', 'ACCESS EXCLUSIVE', ['ApiKey'], false],
    ['LOCK orders', 'ACCESS EXCLUSIVE', ['orders'], false],
    ['lock table only public.Orders, "Items" in share row exclusive mode nowait', 'SHARE ROW EXCLUSIVE', ['public.orders', 'Items'], true],
    ['LOCK TABLE accounts IN SHARE MODE', 'SHARE', ['accounts'], false],
  ])('%s', (text, mode, tables, nowait) => {
    const l = pgLockFor(other(text))!;
    expect(l.lock).toBe(mode);
    expect([l.table!, ...(l.others ?? []).map((o) => o.table)].map((t) => (t.schema ? `${t.schema}.${t.name}` : t.name))).toEqual(tables);
    expect(!!l.nowait).toBe(nowait);
  });

  it('counts ACCESS EXCLUSIVE on every listed table', () => {
    expect(accessExclusiveTargets(pgLockFor(other('LOCK TABLE a, b')))).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('ignores other statements described as other', () => {
    expect(pgLockFor({ kind: 'other', description: 'GRANT', stmt: { text: 'GRANT SELECT ON t TO r' } } as unknown as Operation)).toBeUndefined();
  });
});
