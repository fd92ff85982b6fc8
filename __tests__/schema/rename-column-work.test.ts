import { parseSqlFile } from '../../src/frontends/sql/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import { emptySchema, type Schema } from '../../src/model/schema.js';
import { forkSchema } from '../../src/schema/clone.js';
import { exprMentions, renameInExpr } from '../../src/schema/expr.js';
import { applyOp } from '../../src/schema/replay.js';

/*
 * RENAME COLUMN and DROP COLUMN follow the column through every expression and foreign key of
 * the schema; replay does that for every such statement of a history (issue 11), so it leaves
 * alone what cannot name the column: expressions whose text does not hold its name, and the
 * tables whose foreign keys reference other columns.
 */

async function apply(s: Schema, sql: string, dialect: Dialect = 'postgresql'): Promise<void> {
  for (const op of await parseSqlFile(sql, { file: 'm.sql', dialect })) applyOp(s, op);
}

describe('renaming a column', () => {
  it('leaves the tables whose foreign keys reference other columns of it alone (not copied from a fork)', async () => {
    const base = emptySchema('postgresql');
    await apply(base, 'CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE, nick text);\nCREATE TABLE posts (id bigint PRIMARY KEY, author bigint REFERENCES users (id));\nCREATE TABLE mails (id bigint PRIMARY KEY, mail text REFERENCES users (email));');
    const s = forkSchema(base);
    const [posts, mails] = [s.tables.get('posts'), s.tables.get('mails')];
    await apply(s, 'ALTER TABLE users RENAME COLUMN nick TO handle;');
    expect(s.tables.get('posts')).toBe(posts);
    expect(s.tables.get('mails')).toBe(mails);
    // The key a foreign key references follows the column.
    await apply(s, 'ALTER TABLE users RENAME COLUMN email TO address;');
    expect(s.tables.get('posts')).toBe(posts);
    expect(s.tables.get('mails')).not.toBe(mails);
    expect(s.tables.get('mails')!.constraints.find((c) => c.kind === 'foreign')!.references!.columns).toEqual(['address']);
    expect(base.tables.get('mails')!.constraints.find((c) => c.kind === 'foreign')!.references!.columns).toEqual(['email']);
  });
});

describe('expressions that cannot name a column', () => {
  // [expression, column, dialect, whether it names the column]: what scanning it answers.
  const CASES: [string, string, Dialect, boolean][] = [
    ["lower(email) <> ''", 'email', 'postgresql', true],
    ['lower("Email") <> \'\'', 'Email', 'postgresql', true],
    ["lower(EMAIL) <> ''", 'email', 'postgresql', true],
    ['lower("Email") <> \'\'', 'email', 'postgresql', false],
    ['"a""b" > 0', 'a"b', 'postgresql', true],
    ['"naïve" > 0', 'naïve', 'postgresql', true],
    // The Kelvin sign is K in lower case: MySQL compares names so.
    ['`\u212Aey` > 0', 'key', 'mysql', true],
    ['`KEY` > 0 AND other = 1', 'key', 'mysql', true],
    ['price > 0', 'cost', 'postgresql', false],
    ["note <> 'cost'", 'cost', 'postgresql', false],
    ['cost::cost > 0', 'cost', 'postgresql', true],
    ['costs > 0', 'cost', 'postgresql', false],
  ];

  it.each(CASES)('%s, %s (%s): %s', (expr, column, dialect, names) => {
    expect(exprMentions(expr, column, dialect)).toBe(names);
    expect(renameInExpr(expr, column, 'renamed', dialect) !== expr).toBe(names);
  });
});
