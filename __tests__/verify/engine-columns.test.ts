import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

/*
 * Verification's correction step (analyze/engine-columns.ts): a table the history made from a
 * query gets, from the engine's catalog, the columns Migra could not type from the select list,
 * and the rules judge them. Real PGlite and sql.js; without verification nothing changes.
 */

const HISTORY = [
  'CREATE TABLE person (id int PRIMARY KEY, name text NOT NULL, karma int NOT NULL);',
  'CREATE TABLE post (id int PRIMARY KEY, creator_id int NOT NULL REFERENCES person, score int NOT NULL, published timestamptz NOT NULL);',
  // A join, arithmetic over two tables, and functions whose result type Migra does not know.
  `CREATE TABLE person_stats AS
     SELECT p.id AS person_id, p.karma + sum(po.score) AS total_score, date_trunc('day', max(po.published)) AS last_day, p.name
     FROM person p JOIN post po ON po.creator_id = p.id GROUP BY p.id;`,
].join('\n');

const run = (ex: Omit<RuleExample, 'verify'>, verify: boolean) => runExample({ ...ex, verify }, RULES);

describe('columns of CREATE TABLE … AS from the engine', () => {
  it('a PR that drops an expression column gets drop-column, with the engine\'s type in the rollback SQL', async () => {
    const r = await run({ before: HISTORY, sql: 'ALTER TABLE person_stats DROP COLUMN total_score;' }, true);
    const drops = r.findings.filter((f) => f.rule === 'drop-column');
    expect(drops).toHaveLength(1);
    expect(drops[0]).toMatchObject({ category: 'data-loss', line: 1 });
    expect(r.rollback).toContain('ALTER TABLE person_stats ADD COLUMN total_score bigint');
    expect(r.notes).toEqual(expect.arrayContaining([expect.stringMatching(/2 columns of tables made from a query .* taken from PostgreSQL 17[\d.]* \(PGlite\)'s catalog, .*: person_stats\.total_score, person_stats\.last_day\./)]));
  });

  it('without --verify the behaviour is unchanged: the column is unknown to the model', async () => {
    const r = await run({ before: HISTORY, sql: 'ALTER TABLE person_stats DROP COLUMN total_score;' }, false);
    expect(r.rollback).not.toContain('total_score bigint');
    expect(r.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/taken from/)]));
  });

  it('SET NOT NULL on such a column is judged as a change of a known column: rollback and schema diff', async () => {
    const r = await run({ before: HISTORY, sql: 'ALTER TABLE person_stats ALTER COLUMN last_day SET NOT NULL;' }, true);
    expect(r.findings.map((f) => f.rule)).toContain('set-not-null-scan');
    expect(r.rollback).toContain('ALTER TABLE person_stats ALTER COLUMN last_day DROP NOT NULL;');
    expect(r.schemaDiff.tables).toEqual([expect.objectContaining({ table: 'person_stats', columnsChanged: [{ column: 'last_day', from: 'NULL', to: 'NOT NULL' }] })]);
  });

  it('SELECT … INTO is read the same way; a select list Migra types alone needs nothing from the engine', async () => {
    const into = `${HISTORY}\nSELECT p.id, length(p.name) * 2 AS name_weight INTO person_weights FROM person p;`;
    const r = await run({ before: into, sql: 'ALTER TABLE person_weights DROP COLUMN name_weight;' }, true);
    expect(r.rollback).toContain('ALTER TABLE person_weights ADD COLUMN name_weight integer');
    const plain = await run({ before: 'CREATE TABLE a (id int, v text);\nCREATE TABLE b AS SELECT id, v FROM a;', sql: 'ALTER TABLE b DROP COLUMN v;' }, true);
    expect(plain.rollback).toContain('ALTER TABLE b ADD COLUMN v text');
    expect(plain.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/taken from/)]));
  });
});
