import { loadModule, parseSync } from 'libpg-query';
import { loadPgWasm, parsePgSync } from '../../src/frontends/sql/pg-wasm.js';

/** The tree as JSON, or the error's name and message. */
function outcome(parse: (q: string) => unknown, q: string): string {
  try {
    return JSON.stringify(parse(q));
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

const QUERIES = [
  'CREATE TABLE t (id bigint PRIMARY KEY, name text NOT NULL DEFAULT \'x\')',
  // Locations are in UTF-8 bytes: multi-byte text before a node moves them.
  'CREATE TABLE "é😀" (a int CHECK (a > 0), b text DEFAULT \'ünïcødé\')',
  "SELECT '\ud800'",
  "SELECT 'a\udc00b'",
  'CREATE TABLE t (a int',
  'SELEC 1',
  '',
  `INSERT INTO t VALUES ${Array.from({ length: 3000 }, (_, i) => `(${i}, 'row ${i}')`).join(', ')}`,
  'CREATE INDEX CONCURRENTLY i ON t (lower(name)) WHERE deleted_at IS NULL; ALTER TABLE t ADD COLUMN c int',
];

describe("parsePgSync: libpg-query's parser read through native encoders", () => {
  beforeAll(async () => {
    await Promise.all([loadModule(), loadPgWasm()]);
  });

  it.each(QUERIES.map((q) => [q.slice(0, 60), q]))('gives what libpg-query parseSync gives: %s', (_, q) => {
    expect(outcome(parsePgSync, q)).toBe(outcome(parseSync, q));
  });

  it('reads a tree longer than the memory it started with (the heap grows during the call)', () => {
    const q = `SELECT ${Array.from({ length: 40000 }, (_, i) => `c${i}`).join(', ')} FROM t`;
    const tree = parsePgSync(q) as { stmts: { stmt: { SelectStmt: { targetList: unknown[] } } }[] };
    expect(tree.stmts[0].stmt.SelectStmt.targetList).toHaveLength(40000);
  });
});
