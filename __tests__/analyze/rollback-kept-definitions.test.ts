import { inverseOf, rollbackPlan } from '../../src/analyze/rollback.js';
import { parseSqlFile } from '../../src/frontends/sql/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { LocatedOp } from '../../src/model/operation.js';
import { emptySchema, type Schema } from '../../src/model/schema.js';
import { cloneSchema, forkSchema } from '../../src/schema/clone.js';
import { applyOp } from '../../src/schema/replay.js';

/**
 * The rollback keeps the definitions (as SQL) of each `before` table per table object, and the
 * same table objects stand in the `before` of statement after statement while replay goes on
 * (rollback-restore.ts). Every inverse must be the one worked out from a deep copy of the schema,
 * whose tables it has never seen, whatever the order the inverses are asked in.
 */

const HISTORY = `
CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE, code varchar(20) NOT NULL, nick text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id), total int CHECK (total > 0), note text);
CREATE INDEX ON orders (total);
CREATE INDEX orders_note_idx ON orders (note) WHERE note IS NOT NULL;
`;

// Statement after statement on the same two tables: each changes what the next one's before holds.
const PR = `
CREATE INDEX CONCURRENTLY orders_user_id_idx ON orders (user_id);
DROP INDEX orders_total_idx;
CREATE INDEX orders_total_idx ON orders (total DESC);
ALTER INDEX orders_note_idx RENAME TO orders_memo_idx;
ALTER TABLE users ADD CONSTRAINT users_code_key UNIQUE (code);
ALTER TABLE users DROP CONSTRAINT users_email_key;
ALTER TABLE orders DROP CONSTRAINT orders_total_check;
ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
ALTER TABLE users RENAME COLUMN code TO handle;
DROP INDEX orders_memo_idx;
CREATE INDEX orders_note_idx ON orders (note) WHERE note IS NOT NULL;
ALTER TABLE orders DROP COLUMN user_id;
ALTER TABLE users DROP CONSTRAINT users_pkey CASCADE;
ALTER TABLE users ADD PRIMARY KEY (id, handle);
ALTER TABLE orders DROP COLUMN note;
ALTER TABLE users RENAME TO accounts;
CREATE INDEX ON accounts (nick);
DROP TABLE orders;
`;

async function reviewed(dialect: Dialect = 'postgresql'): Promise<{ op: LocatedOp; before: Schema }[]> {
  const s = emptySchema(dialect);
  for (const op of await parseSqlFile(HISTORY, { file: 'history.sql', dialect })) applyOp(s, op);
  const items: { op: LocatedOp; before: Schema }[] = [];
  for (const op of await parseSqlFile(PR, { file: 'pr.sql', dialect })) {
    items.push({ op, before: forkSchema(s) });
    applyOp(s, op);
  }
  return items;
}

describe('rollback definitions kept per before table', () => {
  it('gives every inverse as worked out from a deep copy, oldest first and newest first', async () => {
    const items = await reviewed();
    const fresh = items.map((i) => inverseOf(i.op, cloneSchema(i.before)));
    expect(fresh.filter((f) => f.sql.includes('CREATE INDEX') || f.sql.includes('ADD CONSTRAINT')).length).toBeGreaterThan(5);
    const forward = rollbackPlan(items, 'postgresql');
    expect(items.map((i) => forward.inverseFor(i))).toEqual(fresh);
    const backward = rollbackPlan(items, 'postgresql');
    expect(items.map((_, n) => backward.inverseFor(items[items.length - 1 - n])).reverse()).toEqual(fresh);
    // The definitions kept from the first pass serve a second plan over the same schemas.
    expect(items.map((i) => inverseOf(i.op, i.before))).toEqual(fresh);
  });

  it('brings back a definition that changed only in what it is written as (an index made DESC, a check made NOT VALID)', async () => {
    const items = await reviewed();
    const plan = rollbackPlan(items, 'postgresql');
    const descIdx = items.findIndex((i) => i.op.stmt.text.includes('total DESC'));
    expect(plan.inverseFor(items[descIdx]).sql).toBe('DROP INDEX orders_total_idx;');
    const dropped = plan.inverseFor(items[descIdx - 1]).sql;
    expect(dropped).toBe('CREATE INDEX orders_total_idx ON orders (total);');
    const check = items.findIndex((i) => i.op.stmt.text.includes('NOT VALID'));
    expect(plan.inverseFor(items[check]).sql).toBe('ALTER TABLE orders DROP CONSTRAINT orders_total_check;');
    expect(plan.inverseFor(items[check - 1]).sql).toBe('ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total > 0);');
  });

  it('restores an index that keeps its name but lost a column (MySQL shrinks it), after the same table was diffed before', async () => {
    const s = emptySchema('mysql');
    for (const op of await parseSqlFile('CREATE TABLE t (id int PRIMARY KEY, a int, b int, c int, KEY t_ab (a, b), KEY t_c (c));', { file: 'h.sql', dialect: 'mysql' })) applyOp(s, op);
    const items: { op: LocatedOp; before: Schema }[] = [];
    for (const op of await parseSqlFile('CREATE INDEX t_a ON t (a);\nALTER TABLE t DROP COLUMN b;', { file: 'p.sql', dialect: 'mysql' })) {
      items.push({ op, before: forkSchema(s) });
      applyOp(s, op);
    }
    const plan = rollbackPlan(items, 'mysql');
    expect(plan.inverseFor(items[0]).sql).toBe('DROP INDEX t_a ON t;');
    expect(plan.inverseFor(items[1]).sql.split('\n').slice(1)).toEqual(['ALTER TABLE t ADD COLUMN b integer AFTER a;', 'DROP INDEX t_ab ON t;', 'CREATE INDEX t_ab ON t (a, b);']);
  });
});
