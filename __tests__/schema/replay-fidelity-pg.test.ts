import { parseSqlFile } from '../../src/frontends/sql/index.js';
import type { Schema, Table } from '../../src/model/schema.js';
import { replay } from '../../src/schema/replay.js';

/*
 * Cases where the replayed model differed from PostgreSQL's catalog on real histories
 * (`migra schema --verify`), each named after the history that showed it.
 */

async function schemaOf(sql: string): Promise<Schema> {
  return replay(await parseSqlFile(sql, { file: 'm.sql', dialect: 'postgresql' })).schema;
}

function table(s: Schema, key: string): Table {
  const t = s.tables.get(key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
}

const columns = (t: Table) => t.columns.map((c) => `${c.name} ${c.type.name}${c.type.args.length ? `(${c.type.args.join(',')})` : ''}${c.nullable ? '' : ' not null'}`);

describe('CREATE TABLE … AS SELECT', () => {
  it('regression_lemmy_person_content_combined: takes plain columns, casts and UNION branches from the select list', async () => {
    const s = await schemaOf(`
      CREATE TABLE post (id serial PRIMARY KEY, creator_id int NOT NULL, published timestamptz NOT NULL);
      CREATE TABLE person_content_combined AS
      SELECT published, creator_id, id AS post_id, NULL::int AS comment_id FROM post
      UNION ALL SELECT published, creator_id, NULL::int, id FROM post;`);
    // NOT NULL, defaults and serial are not copied by AS SELECT.
    expect(columns(table(s, 'person_content_combined'))).toEqual(['published timestamptz', 'creator_id integer', 'post_id integer', 'comment_id integer']);
  });

  it('regression_lemmy_comment_actions: types aggregates and comparisons over a subquery, and a NULL from the next UNION branch', async () => {
    const s = await schemaOf(`
      CREATE TABLE comment_like (person_id int NOT NULL, comment_id int NOT NULL, score smallint, published timestamptz);
      CREATE TABLE comment_saved (person_id int NOT NULL, comment_id int NOT NULL, published timestamptz);
      CREATE TABLE comment_actions AS
      SELECT max(liked) AS liked, max(saved) AS saved, person_id, comment_id, max(like_score) = 1 AS vote_is_upvote
      FROM (SELECT person_id, comment_id, score AS like_score, published AS liked, NULL::timestamptz AS saved FROM comment_like
            UNION ALL SELECT person_id, comment_id, NULL::int, NULL, published FROM comment_saved)
      GROUP BY person_id, comment_id;`);
    expect(columns(table(s, 'comment_actions'))).toEqual(['liked timestamptz', 'saved timestamptz', 'person_id integer', 'comment_id integer', 'vote_is_upvote boolean']);
  });

  it('names unaliased columns as PostgreSQL does, and leaves out what it cannot type', async () => {
    const s = await schemaOf(`
      CREATE TABLE t (a int, b text);
      CREATE TABLE u AS SELECT t.a, count(*), NULL::bigint, a + 1 AS next FROM t;`);
    const u = table(s, 'u');
    expect(columns(u)).toEqual(['a integer', 'count bigint', 'int8 bigint']);
    expect(u.partial).toBe(true);
  });
});

describe('what replay keeps in step', () => {
  it('regression_lemmy_actions_rename: RENAME COLUMN of a partial table renames index keys and predicates', async () => {
    const s = await schemaOf(`
      CREATE TABLE post_actions AS SELECT * FROM post_like;
      CREATE INDEX idx_saved ON post_actions (person_id, saved) WHERE saved IS NOT NULL;
      ALTER TABLE post_actions RENAME COLUMN saved TO saved_at;`);
    const idx = table(s, 'post_actions').indexes[0];
    expect(idx.elems.map((e) => e.column)).toEqual(['person_id', 'saved_at']);
    expect(idx.where).toBe('saved_at IS NOT NULL');
  });

  it('regression_lemmy_mview_index: CREATE INDEX on a materialized view leaves no table behind once the view is dropped', async () => {
    const s = await schemaOf(`
      CREATE TABLE post (id int PRIMARY KEY);
      CREATE MATERIALIZED VIEW post_mview AS SELECT id FROM post;
      CREATE UNIQUE INDEX idx_post_mview_id ON post_mview (id);
      DROP MATERIALIZED VIEW post_mview;`);
    expect([...s.tables.keys()]).toEqual(['post']);
    expect(s.views.size).toBe(0);
  });

  it('regression_lemmy_user_mview: DROP … CASCADE takes the views reading the relation along, transitively; WITH names are not relations', async () => {
    const issues = async (sql: string) => replay(await parseSqlFile(sql, { file: 'm.sql', dialect: 'postgresql' })).issues.map((i) => i.message);
    const base = `
      CREATE TABLE user_ (id int PRIMARY KEY);
      CREATE TABLE other (id int);
      CREATE VIEW user_view AS SELECT u.id FROM user_ u;
      CREATE MATERIALIZED VIEW user_mview AS SELECT * FROM user_view;
      CREATE VIEW top AS WITH other AS (SELECT 1 AS id) SELECT m.id FROM public.user_mview m JOIN other USING (id);
      CREATE VIEW unrelated AS SELECT id FROM other;`;
    const afterView = await schemaOf(`${base}\nDROP VIEW user_view CASCADE;`);
    expect([...afterView.views.keys()]).toEqual(['unrelated']);
    // Lemmy drops user_view CASCADE and creates user_mview again: not "already exists".
    expect(await issues(`${base}\nDROP VIEW user_view CASCADE;\nCREATE MATERIALIZED VIEW user_mview AS SELECT 1;`)).toEqual([]);
    expect([...(await schemaOf(`${base}\nDROP TABLE user_ CASCADE;`)).views.keys()]).toEqual(['unrelated']);
    // Without CASCADE PostgreSQL refuses the drop; the model leaves the views alone.
    expect([...(await schemaOf(`${base}\nDROP VIEW user_view;`)).views.keys()]).toEqual(['user_mview', 'top', 'unrelated']);
    // A renamed table is still what the views read.
    expect([...(await schemaOf(`${base}\nALTER TABLE user_ RENAME TO users;\nDROP TABLE users CASCADE;`)).views.keys()]).toEqual(['unrelated']);
  });

  it('regression_lemmy_registration_mode: ALTER TYPE … RENAME VALUE follows into defaults of that type', async () => {
    const s = await schemaOf(`
      CREATE TYPE registration_mode_enum AS ENUM ('closed', 'require_application', 'open');
      CREATE TABLE local_site (registration_mode registration_mode_enum DEFAULT 'require_application' NOT NULL,
                               note text DEFAULT 'require_application');
      ALTER TYPE registration_mode_enum RENAME VALUE 'require_application' TO 'RequireApplication';`);
    const [mode, note] = table(s, 'local_site').columns;
    expect(mode.default?.text).toBe("'RequireApplication'");
    // A text column's default is only text.
    expect(note.default?.text).toBe("'require_application'");
  });

  it('regression_lemmy_drop_default: DROP DEFAULT (or a new default) makes a serial a plain integer', async () => {
    const s = await schemaOf(`
      CREATE TABLE a (id serial PRIMARY KEY, n bigserial);
      ALTER TABLE a ALTER COLUMN id DROP DEFAULT;
      ALTER TABLE a ALTER COLUMN n SET DEFAULT 0;`);
    const [id, n] = table(s, 'a').columns;
    expect([id.serial, id.default]).toEqual([undefined, undefined]);
    expect([n.serial, n.default?.text]).toEqual([undefined, '0']);
  });

  it('regression_netbox_sequence_rename: ALTER TABLE on the sequence of a serial renames no table and leaves none behind', async () => {
    const r = replay(await parseSqlFile(`
      CREATE TABLE auth_user (id serial PRIMARY KEY);
      ALTER TABLE auth_user RENAME TO users_user;
      ALTER TABLE auth_user_id_seq RENAME TO users_user_id_seq;`, { file: 'm.sql', dialect: 'postgresql' }));
    expect([...r.schema.tables.keys()]).toEqual(['users_user']);
    expect(r.issues).toEqual([]);
  });
});
