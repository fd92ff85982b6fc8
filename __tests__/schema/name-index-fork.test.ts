import { parseSqlFile } from '../../src/frontends/sql/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import { emptySchema, tableKey, type Schema } from '../../src/model/schema.js';
import { cloneSchema, forkSchema } from '../../src/schema/clone.js';
import { tablesNamed } from '../../src/schema/names.js';
import { applyOp } from '../../src/schema/replay.js';

/**
 * A fork borrows the name index of the schema it came from (schema/names.ts). Whatever either
 * side does afterwards, names chosen and indexes found by name in the fork must be those a
 * schema with its own index (a deep clone) chooses and finds.
 */

async function apply(s: Schema, sql: string, dialect: Dialect = 'postgresql'): Promise<void> {
  for (const op of await parseSqlFile(sql, { file: 'm.sql', dialect })) applyOp(s, op);
}

async function build(sql: string, dialect: Dialect = 'postgresql'): Promise<Schema> {
  const s = emptySchema(dialect);
  await apply(s, sql, dialect);
  return s;
}

const HISTORY = `
CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE, name text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), total int);
CREATE INDEX ON orders (total);
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
`;

// Run on the lender after the fork: each would change a name the fork chooses if the fork saw it.
const LENDER_LATER = `
CREATE TABLE orders_total_key (id int);
DROP INDEX orders_total_idx;
ALTER TABLE users RENAME TO accounts;
DROP TABLE notes;
CREATE TABLE orders_user_id_idx (id int);
`;

// Run on the fork: unnamed objects whose names depend on what the fork holds, and lookups by name.
const FORK_CHANGES = `
ALTER TABLE orders ADD UNIQUE (total);
CREATE INDEX ON orders (total);
CREATE INDEX ON orders (user_id);
CREATE INDEX ON users (name);
ALTER INDEX users_email_key RENAME TO users_mail_key;
CREATE INDEX ON notes (body);
DROP INDEX orders_total_idx;
CREATE INDEX ON orders (total);
ALTER TABLE notes RENAME TO memos;
CREATE TABLE notes (id bigint PRIMARY KEY);
`;

const indexNames = (s: Schema, table: string) => s.tables.get(tableKey({ name: table }, s.dialect))!.indexes.map((i) => i.name);

describe('the name index a fork borrows', () => {
  it('names and finds objects in the fork as its own state says, whatever the lender does after the fork', async () => {
    const live = await build(HISTORY);
    const expected = cloneSchema(live);
    const fork = forkSchema(live);
    await apply(live, LENDER_LATER);
    await apply(fork, FORK_CHANGES);
    await apply(expected, FORK_CHANGES);
    expect(fork).toStrictEqual(expected);
    // The lender's later table orders_total_key is not the fork's: the key takes that name.
    expect(fork.tables.get('orders')!.constraints.map((c) => c.name)).toContain('orders_total_key');
    // DROP INDEX in the fork found the index the lender had dropped already; the fork re-created orders_total_idx1 and then orders_total_idx.
    expect(indexNames(fork, 'orders')).toEqual(['orders_pkey', 'orders_total_key', 'orders_total_idx1', 'orders_user_id_idx', 'orders_total_idx']);
    expect(indexNames(fork, 'users')).toEqual(['users_pkey', 'users_mail_key', 'users_name_idx']);
    expect(indexNames(fork, 'memos')).toEqual(['notes_pkey', 'notes_body_idx']);
    // The renamed table keeps notes_pkey: the new notes table's key, named just after, must not take it.
    expect(fork.tables.get('notes')!.constraints.map((c) => c.name)).toEqual(['notes_pkey1']);
  });

  it('keeps the lender right while its forks change and fork again', async () => {
    const live = await build(HISTORY);
    const expected = cloneSchema(live);
    const fork = forkSchema(live);
    await apply(fork, LENDER_LATER);
    const grandchild = forkSchema(fork);
    await apply(grandchild, FORK_CHANGES);
    await apply(live, FORK_CHANGES);
    await apply(expected, FORK_CHANGES);
    expect(live).toStrictEqual(expected);
    const viaFork = cloneSchema(await build(HISTORY));
    await apply(viaFork, LENDER_LATER + FORK_CHANGES);
    expect(grandchild).toStrictEqual(viaFork);
  });

  it('stays right once a fork has changed enough tables to index them in a copy of the map', async () => {
    const live = await build(HISTORY);
    const fork = forkSchema(live);
    const expected = cloneSchema(live);
    // More tables than a borrower keeps apart (64), then names that clash with them and with the lender's.
    const many = Array.from({ length: 80 }, (_, n) => `CREATE TABLE t${n} (id int, v int);\nCREATE INDEX ON t${n} (v);`).join('\n');
    const clash = `${many}\nCREATE TABLE t0_v_idx1 (id int);\nCREATE INDEX ON t0 (v);\nDROP INDEX t5_v_idx;\nCREATE INDEX ON t5 (v);\nALTER TABLE t7 RENAME TO orders_total_idx1;\nCREATE INDEX ON orders (total);`;
    await apply(live, 'CREATE TABLE t0_v_idx2 (id int);\nCREATE TABLE t1_v_idx (id int);');
    await apply(fork, clash);
    await apply(expected, clash);
    expect(fork).toStrictEqual(expected);
    expect(indexNames(fork, 't0')).toEqual(['t0_v_idx', 't0_v_idx2']);
    expect(indexNames(fork, 'orders')).toEqual(['orders_pkey', 'orders_total_idx', 'orders_total_idx2']);
    // The lender's own lookups never return the fork's tables (candidates may include others, never a table the lender lacks).
    expect(tablesNamed(live, 't0_v_idx').some((t) => t.indexes.some((i) => i.name === 't0_v_idx'))).toBe(false);
    expect(tablesNamed(live, 't1_v_idx').map((t) => t.name.name)).toContain('t1_v_idx');
    expect(tablesNamed(fork, 't1_v_idx').map((t) => t.name.name)).toContain('t1');
  });

  it('works the same on SQLite, where index names are looked up across the database', async () => {
    const sql = 'CREATE TABLE a (id integer PRIMARY KEY, v int);\nCREATE INDEX a_v ON a (v);';
    const live = await build(sql, 'sqlite');
    const expected = cloneSchema(live);
    const fork = forkSchema(live);
    await apply(live, 'DROP INDEX a_v;', 'sqlite');
    const changes = 'DROP INDEX a_v;\nCREATE INDEX a_v ON a (id, v);';
    await apply(fork, changes, 'sqlite');
    await apply(expected, changes, 'sqlite');
    expect(fork).toStrictEqual(expected);
    expect(indexNames(fork, 'a')).toEqual(['a_v']);
    expect(fork.tables.get('a')!.indexes[0].elems.map((e) => e.column)).toEqual(['id', 'v']);
  });
});
