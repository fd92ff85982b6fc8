import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'drop-enum-value';
const MOOD = "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\nCREATE TABLE people (id bigint PRIMARY KEY, m mood, moods mood[]);";
const TICKETS = "CREATE TABLE tickets (id bigint PRIMARY KEY, state enum('open','pending','closed') NOT NULL, kind enum('bug','task'));";

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

async function dataLoss(ex: RuleExample): Promise<string[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.category === 'data-loss').map((f) => `${f.rule}:${f.line}`);
}

describe('drop-enum-value', () => {
  describe('PostgreSQL', () => {
    it('reports the enum swap without a value, at the ALTER COLUMN, naming the value, with a count query', async () => {
      const sql = "CREATE TYPE mood_new AS ENUM ('sad', 'happy');\nALTER TABLE people ALTER COLUMN m TYPE mood_new USING m::text::mood_new;\nDROP TYPE mood;\nALTER TYPE mood_new RENAME TO mood;";
      const [f, ...rest] = await hits({ before: MOOD, sql });
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ line: 2, severity: 'high', category: 'data-loss' });
      expect(f.message).toBe("Changing people.m to mood_new drops the enum value 'ok', which production rows may hold: every row holding it makes the conversion fail, and the migration aborts.");
      expect(f.why).toMatch(/ACCESS EXCLUSIVE on it/);
      expect(f.fix).toContain("SELECT count(*) FROM people WHERE m::text IN ('ok')");
      expect(f.fix).toContain("USING CASE m::text WHEN 'ok' THEN '<kept value>' ELSE m::text END::mood_new");
      expect(await dataLoss({ before: MOOD, sql })).toEqual([`${ID}:2`]);
    });

    it('reports a type dropped and created again with fewer values, at the conversion back', async () => {
      const sql = "ALTER TABLE people ALTER COLUMN m TYPE text;\nDROP TYPE mood;\nCREATE TYPE mood AS ENUM ('sad', 'happy');\nALTER TABLE people ALTER COLUMN m TYPE mood USING m::mood;";
      const [f] = await hits({ before: MOOD, sql });
      expect(f.line).toBe(4);
      expect(f.message).toContain("drops the enum value 'ok'");
      // The text → enum conversion would otherwise be a lossy-type-change too: one finding per risk.
      expect(await dataLoss({ before: MOOD, sql })).toEqual([`${ID}:4`]);
    });

    it('names every value that goes away, and works on arrays of the enum', async () => {
      const [f] = await hits({ before: MOOD, sql: "CREATE TYPE mood2 AS ENUM ('happy');\nALTER TABLE people ALTER COLUMN moods TYPE mood2[] USING moods::text[]::mood2[];" });
      expect(f.message).toContain("drops the enum values 'sad', 'ok'");
      expect(f.fix).toContain("SELECT count(*) FROM people WHERE moods::text[] && ARRAY['sad', 'ok']");
    });

    it('follows a value renamed earlier in the pull request: the rows hold the new name', async () => {
      const sql = "ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';\nCREATE TYPE mood2 AS ENUM ('sad', 'ok');\nALTER TABLE people ALTER COLUMN m TYPE mood2 USING m::text::mood2;";
      const [f] = await hits({ before: MOOD, sql });
      expect(f.message).toContain("drops the enum values 'fine', 'happy'");
    });
  });

  describe('MySQL', () => {
    it('reports MODIFY to fewer ENUM values, saying what strict and non-strict mode do', async () => {
      const [f] = await hits({ dialect: 'mysql', before: TICKETS, sql: "ALTER TABLE tickets MODIFY state enum('open','closed') NOT NULL;" });
      expect(f.message).toBe("Changing tickets.state to enum('open','closed') drops the enum value 'pending', which production rows may hold: in strict mode (the default) the ALTER fails on the first row holding it; without strict mode those rows are silently set to ''.");
      expect(f.fix).toContain("SELECT count(*) FROM tickets WHERE state IN ('pending')");
      expect(await dataLoss({ dialect: 'mysql', before: TICKETS, sql: "ALTER TABLE tickets MODIFY state enum('open','closed') NOT NULL;" })).toEqual([`${ID}:1`]);
    });

    it('reports CHANGE that renames the column too, counting with the old name', async () => {
      const [f] = await hits({ dialect: 'mysql', before: TICKETS, sql: "ALTER TABLE tickets CHANGE state status enum('open','done') NOT NULL;" });
      expect(f.message).toContain("tickets.status to enum('open','done') drops the enum values 'pending', 'closed'");
      expect(f.fix).toContain('FROM tickets WHERE state IN');
    });

    it('reports MariaDB', async () => {
      expect(await hits({ dialect: 'mariadb', before: TICKETS, sql: "ALTER TABLE tickets MODIFY kind enum('bug');" })).toHaveLength(1);
    });
  });

  describe('stays quiet', () => {
    it('when the conversion maps every removed value by name', async () => {
      const sql = "CREATE TYPE mood_new AS ENUM ('sad', 'happy');\nALTER TABLE people ALTER COLUMN m TYPE mood_new USING (CASE m::text WHEN 'ok' THEN 'happy' ELSE m::text END)::mood_new;";
      expect(await dataLoss({ before: MOOD, sql })).toEqual([]);
    });

    it('for a value renamed (RENAME VALUE)', async () => {
      expect(await dataLoss({ before: MOOD, sql: "ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';" })).toEqual([]);
    });

    it('for a swap to a type with every value and more', async () => {
      expect(await dataLoss({ before: MOOD, sql: "CREATE TYPE mood2 AS ENUM ('sad', 'ok', 'meh', 'happy');\nALTER TABLE people ALTER COLUMN m TYPE mood2 USING m::text::mood2;" })).toEqual([]);
    });

    it('for MySQL values appended or reordered', async () => {
      expect(await hits({ dialect: 'mysql', before: TICKETS, sql: "ALTER TABLE tickets MODIFY state enum('open','pending','closed','archived') NOT NULL;" })).toEqual([]);
      expect(await hits({ dialect: 'mysql', before: TICKETS, sql: "ALTER TABLE tickets MODIFY state enum('closed','open','pending') NOT NULL;" })).toEqual([]);
    });

    it('for a value added in this pull request and removed again', async () => {
      const sql = "ALTER TABLE tickets MODIFY state enum('open','pending','closed','archived') NOT NULL;\nALTER TABLE tickets MODIFY state enum('open','pending','closed') NOT NULL;";
      expect(await dataLoss({ dialect: 'mysql', before: TICKETS, sql })).toEqual([]);
      const pg = "ALTER TYPE mood ADD VALUE 'meh';\nCREATE TYPE mood2 AS ENUM ('sad', 'ok', 'happy');\nALTER TABLE people ALTER COLUMN m TYPE mood2 USING m::text::mood2;";
      expect(await dataLoss({ before: MOOD, sql: pg })).toEqual([]);
    });

    it('for a value already removed by an earlier statement of the pull request (reported there)', async () => {
      const sql = "ALTER TABLE tickets MODIFY state enum('open','closed') NOT NULL;\nALTER TABLE tickets MODIFY state enum('open','closed','done') NOT NULL;";
      expect((await hits({ dialect: 'mysql', before: TICKETS, sql })).map((f) => f.line)).toEqual([1]);
    });

    it('for a column or table created in this pull request', async () => {
      expect(await hits({ dialect: 'mysql', before: TICKETS, sql: "ALTER TABLE tickets ADD COLUMN prio enum('low','high');\nALTER TABLE tickets MODIFY prio enum('low');" })).toEqual([]);
      expect(await hits({ dialect: 'mysql', before: TICKETS, sql: "CREATE TABLE jobs (id int, state enum('a','b'));\nALTER TABLE jobs MODIFY state enum('a');" })).toEqual([]);
      expect(await hits({ before: MOOD, sql: "CREATE TABLE moods (m mood);\nCREATE TYPE mood2 AS ENUM ('sad');\nALTER TABLE moods ALTER COLUMN m TYPE mood2 USING m::text::mood2;" })).toEqual([]);
    });

    it('for an enum converted to text, which keeps every value', async () => {
      expect(await dataLoss({ before: MOOD, sql: 'ALTER TABLE people ALTER COLUMN m TYPE text;' })).toEqual([]);
    });

    it('leaves a text column converted to an enum to lossy-type-change (production never held only enum values)', async () => {
      const report = await runExample({ before: 'CREATE TABLE people (id bigint PRIMARY KEY, m text);\nCREATE TYPE mood AS ENUM (\'sad\');', sql: 'ALTER TABLE people ALTER COLUMN m TYPE mood USING m::mood;' }, RULES);
      expect(report.findings.filter((f) => f.category === 'data-loss').map((f) => f.rule)).toEqual(['lossy-type-change']);
    });
  });

  it('in a Prisma history, reports the enum recreated without a value and not the one that only gains values', async () => {
    const base = {
      'prisma/schema.prisma': 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
      'prisma/migrations/migration_lock.toml': 'provider = "postgresql"\n',
      'prisma/migrations/20240101000000_init/migration.sql': `CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'GUEST');
CREATE TYPE "Plan" AS ENUM ('FREE', 'PRO');
CREATE TABLE "User" ("id" TEXT NOT NULL, "role" "Role" NOT NULL DEFAULT 'USER', "plan" "Plan" NOT NULL DEFAULT 'FREE', CONSTRAINT "User_pkey" PRIMARY KEY ("id"));`,
    };
    const swap = (type: string, column: string, values: string, dflt: string) => `BEGIN;
CREATE TYPE "${type}_new" AS ENUM (${values});
ALTER TABLE "User" ALTER COLUMN "${column}" DROP DEFAULT;
ALTER TABLE "User" ALTER COLUMN "${column}" TYPE "${type}_new" USING ("${column}"::text::"${type}_new");
ALTER TYPE "${type}" RENAME TO "${type}_old";
ALTER TYPE "${type}_new" RENAME TO "${type}";
DROP TYPE "${type}_old";
ALTER TABLE "User" ALTER COLUMN "${column}" SET DEFAULT '${dflt}';
COMMIT;`;
    const pr = {
      'prisma/migrations/20240301000000_drop_guest/migration.sql': swap('Role', 'role', "'USER', 'ADMIN'", 'USER'),
      'prisma/migrations/20240302000000_team_plan/migration.sql': swap('Plan', 'plan', "'FREE', 'PRO', 'TEAM'", 'FREE'),
    };
    const report = await reviewPr(base, pr);
    expect(found(report).filter((f) => f.startsWith(ID) || f.startsWith('lossy'))).toEqual([`${ID}@migration.sql:4`]);
    const f = report.findings.find((x) => x.rule === ID)!;
    expect(f.file).toBe('prisma/migrations/20240301000000_drop_guest/migration.sql');
    expect(f.message).toContain("drops the enum value 'GUEST'");
  });
});
