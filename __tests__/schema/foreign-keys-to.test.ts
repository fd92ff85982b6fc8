import { parseSqlFile } from '../../src/frontends/sql/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { LocatedOp } from '../../src/model/operation.js';
import { emptySchema, tableKey, type Schema, type Table } from '../../src/model/schema.js';
import { forkSchema } from '../../src/schema/clone.js';
import { foreignKeysTo } from '../../src/schema/constraints.js';
import { tablesReferencing } from '../../src/schema/names.js';
import { ReplayCx } from '../../src/schema/replay-context.js';
import { applyOp } from '../../src/schema/replay.js';

/**
 * foreignKeysTo asks the name index which tables may hold a foreign key to a table before it
 * walks every table (schema/names.ts tablesReferencing): what it finds, and in what order, must
 * be what the walk alone finds, whatever replay did to the tables, in a schema and in its forks.
 */

async function apply(s: Schema, sql: string, dialect: Dialect = 'postgresql'): Promise<string[]> {
  const issues: string[] = [];
  for (const op of await parseSqlFile(sql, { file: 'm.sql', dialect })) issues.push(...applyOp(s, op).map((i) => i.message));
  return issues;
}

const op = { kind: 'other', description: 'test', stmt: { file: 'm.sql', line: 1, endLine: 1, column: 1, text: '', index: 0, inTransaction: false } } as LocatedOp;

/** What the walk over every table finds: foreign keys pointing at `t`, in the schema's table order. */
function walked(s: Schema, t: Table): string[] {
  const key = tableKey(t.name, s.dialect);
  const out: string[] = [];
  for (const u of s.tables.values()) for (const c of u.constraints) if (c.kind === 'foreign' && c.references && tableKey(c.references.table, s.dialect) === key) out.push(`${u.name.name}.${c.name}`);
  return out;
}

function found(s: Schema, t: Table): string[] {
  return foreignKeysTo(new ReplayCx(s, op), t, () => true).map(([u, c]) => `${u.name.name}.${c.name}`);
}

function expectSameAsWalk(s: Schema): void {
  for (const t of [...s.tables.values()]) expect(found(s, t)).toEqual(walked(s, t));
}

const HISTORY = `
CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);
CREATE TABLE posts (id bigint PRIMARY KEY, author bigint REFERENCES users (id));
CREATE TABLE tags (id bigint PRIMARY KEY, name text);
CREATE TABLE comments (id bigint PRIMARY KEY, post bigint REFERENCES posts, author bigint REFERENCES users (id));
`;

describe('foreign keys pointing at a table', () => {
  it('lists the tables that hold one, and none for a table nothing references', async () => {
    const s = emptySchema('postgresql');
    await apply(s, HISTORY);
    const holders = (name: string) => tablesReferencing(s, name).filter((u) => u.constraints.some((c) => c.references?.table.name === name)).map((u) => u.name.name).sort();
    expect(holders('users')).toEqual(['comments', 'posts']);
    expect(holders('posts')).toEqual(['comments']);
    // Tables the last statement changed stay candidates until the next one starts (which settles the index).
    new ReplayCx(s, op);
    expect(tablesReferencing(s, 'tags')).toEqual([]);
    // A foreign key added by a later statement is found too.
    await apply(s, 'ALTER TABLE posts ADD COLUMN tag bigint REFERENCES tags (id);');
    expect(holders('tags')).toEqual(['posts']);
  });

  it('finds what a walk over every table finds, in its order, as replay changes the tables', async () => {
    const s = emptySchema('postgresql');
    await apply(s, HISTORY);
    expectSameAsWalk(s);
    for (const step of [
      'ALTER TABLE tags ADD COLUMN parent bigint REFERENCES tags (id);',
      'ALTER TABLE users RENAME TO accounts;',
      'CREATE TABLE users (id bigint PRIMARY KEY);',
      'ALTER TABLE posts ADD CONSTRAINT posts_editor_fkey FOREIGN KEY (author) REFERENCES users (id);',
      'ALTER TABLE accounts RENAME COLUMN id TO account_id;',
      'ALTER TABLE comments DROP CONSTRAINT comments_author_fkey;',
      'ALTER TABLE tags DROP COLUMN id CASCADE;',
      'DROP TABLE posts CASCADE;',
    ]) {
      await apply(s, step);
      expectSameAsWalk(s);
    }
  });

  it('sees in a fork the fork’s own foreign keys, not those its lender adds later', async () => {
    const live = emptySchema('postgresql');
    await apply(live, HISTORY);
    const fork = forkSchema(live);
    await apply(live, 'ALTER TABLE tags ADD COLUMN owner bigint REFERENCES users (id);');
    await apply(fork, 'CREATE TABLE likes (id bigint PRIMARY KEY, post bigint REFERENCES posts (id), who bigint REFERENCES users (id));');
    expectSameAsWalk(live);
    expectSameAsWalk(fork);
    expect(found(fork, fork.tables.get('users')!)).toEqual(['posts.posts_author_fkey', 'comments.comments_author_fkey', 'likes.likes_who_fkey']);
  });

  it('names the tables whose keys a dropped table takes along, in the schema’s order', async () => {
    const s = emptySchema('postgresql');
    await apply(s, HISTORY);
    expect(await apply(s, 'DROP TABLE users;')).toEqual([
      'PostgreSQL refuses to drop users without CASCADE while posts_author_fkey on posts, comments_author_fkey on comments reference it; modeled as dropping them too',
    ]);
  });
});
