import { parseSqlFile } from '../../src/frontends/sql/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import { emptySchema, type Schema } from '../../src/model/schema.js';
import { cloneSchema, forkSchema } from '../../src/schema/clone.js';
import { applyOp } from '../../src/schema/replay.js';

async function apply(s: Schema, sql: string, dialect: Dialect = 'postgresql'): Promise<void> {
  for (const op of await parseSqlFile(sql, { file: 'm.sql', dialect })) applyOp(s, op);
}

async function build(sql: string, dialect: Dialect = 'postgresql'): Promise<Schema> {
  const s = emptySchema(dialect);
  await apply(s, sql, dialect);
  return s;
}

const HISTORY = `
CREATE TYPE mood AS ENUM ('ok', 'meh');
CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE, m mood DEFAULT 'ok', legacy int);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), total int CHECK (total > 0));
CREATE TABLE parts (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE parts_2024 PARTITION OF parts FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX ON orders (total);
`;

// Every statement below changes a table other than the one it names, or changes one in place.
const CHANGES = `
ALTER TABLE users RENAME TO accounts;
ALTER TABLE accounts DROP CONSTRAINT users_pkey CASCADE;
ALTER TABLE orders RENAME COLUMN total TO amount;
ALTER INDEX orders_total_idx RENAME TO orders_amount_idx;
ALTER TYPE mood ADD VALUE 'great';
ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';
ALTER TYPE mood RENAME TO feeling;
DROP TYPE feeling CASCADE;
ALTER TABLE parts RENAME TO periods;
ALTER TABLE orders ALTER COLUMN amount SET NOT NULL;
ALTER TABLE orders ADD UNIQUE (amount);
DROP TABLE parts_2024;
`;

describe('forkSchema (copy-on-write)', () => {
  it('keeps a fork as it was while the schema it came from changes', async () => {
    const live = await build(HISTORY);
    const fork = forkSchema(live);
    const expected = cloneSchema(live);
    await apply(live, CHANGES);
    expect(fork).toStrictEqual(expected);
    expect(live).toStrictEqual(await build(HISTORY + CHANGES));
  });

  it('keeps the schema it came from as it was while the fork changes', async () => {
    const live = await build(HISTORY);
    const expected = cloneSchema(live);
    const fork = forkSchema(live);
    await apply(fork, CHANGES);
    expect(live).toStrictEqual(expected);
    expect(fork).toStrictEqual(await build(HISTORY + CHANGES));
  });

  it('keeps every fork of a chain apart (the state before each reviewed statement)', async () => {
    const live = await build(HISTORY);
    const statements = CHANGES.trim().split('\n');
    const forks: Schema[] = [];
    for (const stmt of statements) {
      forks.push(forkSchema(live));
      await apply(live, stmt);
    }
    for (let i = 0; i < statements.length; i++) expect(forks[i]).toStrictEqual(await build(HISTORY + statements.slice(0, i).join('\n')));
  });

  it('shares the tables a statement did not touch', async () => {
    const live = await build(HISTORY);
    const fork = forkSchema(live);
    await apply(live, 'ALTER TABLE orders ADD COLUMN note text;');
    expect(live.tables.get('users')).toBe(fork.tables.get('users'));
    expect(live.tables.get('orders')).not.toBe(fork.tables.get('orders'));
  });
});

describe('names the database gives, with the name index', () => {
  it('frees a name once its index is renamed, and takes a renamed one', async () => {
    const s = await build(`
CREATE TABLE t (a int UNIQUE, b int);
ALTER INDEX t_a_key RENAME TO t_b_key;
ALTER TABLE t ADD UNIQUE (b);
ALTER TABLE t ADD UNIQUE (a);
`);
    expect(s.tables.get('t')!.constraints.map((c) => c.name)).toEqual(['t_b_key', 't_b_key1', 't_a_key']);
  });

  it('frees the names of a dropped table and counts those of a renamed one', async () => {
    const s = await build(`
CREATE TABLE t (a int);
CREATE INDEX ON t (a);
CREATE TABLE u (a int);
ALTER TABLE u RENAME TO t_a_idx1;
DROP TABLE t;
CREATE TABLE t (a int);
CREATE INDEX ON t (a);
CREATE INDEX ON t (a);
`);
    expect(s.tables.get('t')!.indexes.map((i) => i.name)).toEqual(['t_a_idx', 't_a_idx2']);
  });

  it('sees names added earlier in the same statement and in a fork', async () => {
    const live = await build('CREATE TABLE t (a int CHECK (a > 0), CHECK (a > 1), UNIQUE (a), UNIQUE (a));');
    expect(live.tables.get('t')!.constraints.map((c) => c.name)).toEqual(['t_a_check', 't_a_check1', 't_a_key', 't_a_key1']);
    const fork = forkSchema(live);
    await apply(fork, 'ALTER TABLE t ADD UNIQUE (a);');
    await apply(live, 'CREATE INDEX t_a_key2 ON t (a); ALTER TABLE t ADD UNIQUE (a);');
    expect(fork.tables.get('t')!.constraints.map((c) => c.name).pop()).toBe('t_a_key2');
    expect(live.tables.get('t')!.constraints.map((c) => c.name).pop()).toBe('t_a_key3');
  });

  it('SQLite: index names are unique in the whole database, without case', async () => {
    const s = await build('CREATE TABLE t (a int); CREATE TABLE u (a int); CREATE INDEX T_A_IDX ON u (a); CREATE INDEX ON t (a);', 'sqlite');
    expect(s.tables.get('t')!.indexes.map((i) => i.name)).toEqual(['t_a_idx1']);
  });
});
