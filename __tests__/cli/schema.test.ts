import { parseCli } from '../../src/cli/args.js';
import { runSchema } from '../../src/cli/schema.js';
import { TempRepo } from '../../src/source/temp-repo.js';

/* `migra schema`, run in process on a real git repository with a PostgreSQL and a SQLite set. */

async function schema(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runSchema(parseCli(['schema', ...argv], false), (s) => void (out += s));
  return { code, out };
}

describe('migra schema', () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = TempRepo.create('migra-schema-');
    repo.commit('first', {
      'db/migrations/001_users.sql': "CREATE TYPE mood AS ENUM ('ok', 'sad');\nCREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE, m mood DEFAULT 'ok');\n",
      'app/sqlite/migrations/001_notes.sql': 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body text NOT NULL);\n',
      '.github/migra.yml': 'sets:\n  - path: db/migrations\n  - path: app/sqlite/migrations\n    dialect: sqlite\n',
    });
    repo.commit('second', { 'db/migrations/002_posts.sql': 'CREATE TABLE posts AS SELECT id AS user_id, email FROM users;\nCREATE INDEX posts_user_id_idx ON posts (user_id);\n' });
  });
  afterAll(() => repo.remove());

  it('prints DDL that recreates each set, CREATE TABLE AS with the columns its select list gives', async () => {
    const r = await schema(['--repo', repo.dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('-- db/migrations: plain, postgresql, 2 migrations');
    expect(r.out).toContain("CREATE TYPE mood AS ENUM ('ok', 'sad');");
    expect(r.out).toContain('CREATE TABLE users (\n  id serial,\n  email text NOT NULL,\n  m mood DEFAULT \'ok\',\n  CONSTRAINT users_pkey PRIMARY KEY (id),\n  CONSTRAINT users_email_key UNIQUE (email)\n);');
    expect(r.out).toContain('CREATE TABLE posts (\n  user_id integer,\n  email text\n);');
    expect(r.out).toContain('CREATE INDEX posts_user_id_idx ON posts (user_id);');
    expect(r.out).toContain('-- app/sqlite/migrations: plain, sqlite, 1 migrations');
  });

  it('reads another commit and one set, as JSON', async () => {
    const r = await schema(['--repo', repo.dir, '--at', 'HEAD~1', '--set', 'db/migrations', '--format', 'json']);
    const [set] = JSON.parse(r.out);
    expect(set).toMatchObject({ set: 'db/migrations', dialect: 'postgresql', migrations: 1 });
    expect(set.schema.tables.map((t: { name: { name: string } }) => t.name.name)).toEqual(['users']);
    expect(set.schema.enums).toEqual({ mood: ['ok', 'sad'] });
  });

  it('names the sets there are when --set matches none', async () => {
    await expect(schema(['--repo', repo.dir, '--set', 'nope'])).rejects.toThrow('no set at "nope"; sets at HEAD: app/sqlite/migrations, db/migrations');
  });

  it('--verify applies the history to an embedded engine and says how many facts agree', async () => {
    const r = await schema(['--repo', repo.dir, '--set', 'app/sqlite/migrations', '--verify']);
    expect(r.out).toMatch(/-- verified on SQLite [\d.]+ \(sql\.js\): 1 statements applied, 0 refused by the engine/);
    expect(r.out).toContain('-- 6/6 facts equal (100.00 %)');
    expect(r.code).toBe(0);
  });

  it('takes --config (a set named there) and --verify-url for a MySQL set', async () => {
    const dir = repo.dir;
    const config = `${dir}/../${repo.dir.split('/').pop()}-mysql.yml`;
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(config, 'sets:\n  - path: db/migrations\n    dialect: mysql\n');
    try {
      const plain = await schema(['--repo', dir, '--config', config, '--verify']);
      expect(plain.out).toContain('-- db/migrations: plain, mysql, 2 migrations');
      expect(plain.out).toContain('-- not verified: mysql has no embedded engine; verify it against a server (--verify-url mysql://…)');
      // A server that does not answer is an error of the command, not a silent pass.
      const e = (await schema(['--repo', dir, '--config', config, '--verify-url', 'mysql://u:secret@127.0.0.1:1/']).catch((x: Error) => x)) as Error;
      expect(e.message).toMatch(/ECONNREFUSED|connect/);
      expect(e.message).not.toContain('secret');
    } finally {
      rmSync(config, { force: true });
    }
  });

  it('names what the replay could not apply, file and line, in the header and the JSON', async () => {
    const other = TempRepo.create('migra-schema-issues-');
    try {
      other.commit('twice', { 'db/migrations/001_a.sql': 'CREATE TABLE a (id int);\n', 'db/migrations/002_a.sql': '-- again\nCREATE TABLE a (id int);\nDROP INDEX nope;\n' });
      const r = await schema(['--repo', other.dir]);
      expect(r.out).toContain('-- db/migrations: plain, postgresql, 2 migrations, 2 replay issues\n--   db/migrations/002_a.sql:2: table a already exists');
      expect(r.out).toMatch(/--   db\/migrations\/002_a\.sql:3: index nope does not exist/);
      const [set] = JSON.parse((await schema(['--repo', other.dir, '--format', 'json'])).out);
      expect(set.replayIssues).toBe(2);
      expect(set.issues[0]).toMatchObject({ file: 'db/migrations/002_a.sql', line: 2 });
    } finally {
      other.remove();
    }
  });
});
