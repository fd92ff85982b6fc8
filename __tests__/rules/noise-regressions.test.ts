import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

// Findings a reviewer would dismiss, found by `npm run noise` on public migration histories
// (Authelia, Harbor, Hoppscotch, rallly, documenso, formbricks, Vaultwarden). Each test keeps
// the statement shape that produced the noise, with table names changed, and checks the
// dangerous part of the same change is still reported.

async function findings(ex: RuleExample): Promise<Finding[]> {
  return (await runExample(ex, RULES)).findings;
}

const rules = (fs: Finding[]) => fs.map((f) => `${f.line} ${f.rule}`);

describe('create-index-non-concurrently', () => {
  it('is quiet on a table dropped and created again earlier in the migration (Authelia 0006)', async () => {
    const before = 'CREATE TABLE token_session (id SERIAL PRIMARY KEY, request_id VARCHAR(40) NOT NULL, client_id VARCHAR(255) NOT NULL);';
    const sql = [
      'DROP TABLE IF EXISTS token_session;',
      '',
      'CREATE TABLE IF NOT EXISTS token_session (',
      '    id SERIAL CONSTRAINT token_session_pkey PRIMARY KEY,',
      '    request_id VARCHAR(40) NOT NULL,',
      '    client_id VARCHAR(255) NOT NULL',
      ');',
      '',
      'CREATE INDEX token_session_request_id_idx ON token_session (request_id);',
      'CREATE INDEX token_session_client_id_idx ON token_session (client_id);',
    ].join('\n');
    const fs = await findings({ before, sql });
    expect(rules(fs)).toEqual(['1 drop-table']);
  });

  it('is quiet on CREATE INDEX IF NOT EXISTS of an index an earlier migration created (Harbor 0060 re-runs 0053)', async () => {
    const before = 'CREATE TABLE artifact (id SERIAL PRIMARY KEY, push_time timestamp);\nCREATE INDEX IF NOT EXISTS idx_artifact_push_time ON artifact (push_time);';
    const sql = 'CREATE INDEX IF NOT EXISTS idx_artifact_push_time ON artifact (push_time);\nCREATE INDEX IF NOT EXISTS idx_artifact_id_push_time ON artifact (id, push_time);';
    const fs = (await findings({ before, sql })).filter((f) => f.rule === 'create-index-non-concurrently');
    expect(fs.map((f) => f.line)).toEqual([2]);
  });

  it('is quiet on CREATE INDEX … ON ONLY a partitioned parent, which builds nothing (hatchet v1_0_127)', async () => {
    const before = 'CREATE TABLE runs_olap (tenant_id uuid NOT NULL, inserted_at timestamptz NOT NULL, additional_metadata jsonb) PARTITION BY RANGE (inserted_at);';
    const sql = '-- ON ONLY creates the index on the partitioned parent without building it on any partition.\nCREATE INDEX IF NOT EXISTS ix_runs_olap_additional_metadata_gin\n    ON ONLY runs_olap USING gin (additional_metadata jsonb_path_ops);';
    expect((await findings({ before, sql })).filter((f) => f.rule === 'create-index-non-concurrently')).toEqual([]);
  });

  it('reports an index built on a production table renamed earlier in the same migration (rallly naming update)', async () => {
    const before = 'CREATE TABLE "Member" ("id" TEXT NOT NULL, "email" TEXT NOT NULL, CONSTRAINT "Member_pkey" PRIMARY KEY ("id"));';
    const sql = 'ALTER TABLE "Member" RENAME TO "members";\nCREATE UNIQUE INDEX "members_email_key" ON "members"("email");';
    const fs = (await findings({ before, sql })).filter((f) => f.rule === 'create-index-non-concurrently');
    expect(fs.map((f) => f.line)).toEqual([2]);
  });
});

describe('table-rewrite-type-change', () => {
  it('reports one rewrite per ALTER TABLE statement, naming every column (Hoppscotch timestamptz migration)', async () => {
    const before = 'CREATE TABLE "Token" ("id" TEXT NOT NULL, "expiresOn" TIMESTAMP(3), "createdOn" TIMESTAMP(3) NOT NULL, "updatedOn" TIMESTAMP(3) NOT NULL, CONSTRAINT "Token_pkey" PRIMARY KEY ("id"));';
    const sql = [
      'ALTER TABLE "Token" ALTER COLUMN "expiresOn" SET DATA TYPE TIMESTAMPTZ(3) USING "expiresOn" AT TIME ZONE \'UTC\',',
      'ALTER COLUMN "createdOn" SET DATA TYPE TIMESTAMPTZ(3) USING "createdOn" AT TIME ZONE \'UTC\',',
      'ALTER COLUMN "updatedOn" SET DATA TYPE TIMESTAMPTZ(3) USING "updatedOn" AT TIME ZONE \'UTC\';',
    ].join('\n');
    const fs = (await findings({ before, sql })).filter((f) => f.rule === 'table-rewrite-type-change');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain('Changing Token.expiresOn from timestamp(3) to timestamptz(3), createdOn from timestamp(3) to timestamptz(3), and updatedOn from timestamp(3) to timestamptz(3) rewrites Token');
    // The USING expression rewrites the table whatever the session's TimeZone.
    expect(fs[0].message).not.toContain('TimeZone');
  });

  it('keeps the TimeZone condition for a plain timestamp → timestamptz change (medium: a rewrite unless the session is UTC)', async () => {
    const [f] = (await findings({ before: 'CREATE TABLE ev (id bigint PRIMARY KEY, at timestamp);', sql: 'ALTER TABLE ev ALTER COLUMN at TYPE timestamptz;' })).filter((x) => x.rule === 'table-rewrite-type-change');
    expect(f.message).toContain('unless the session that runs the migration has TimeZone set to UTC');
    expect(f.severity).toBe('medium');
  });
});

describe('set-not-null-scan', () => {
  it('reports one scan per ALTER TABLE statement, naming every column (rallly subscription fields)', async () => {
    const before = 'CREATE TABLE "subs" ("id" TEXT NOT NULL, "currency" TEXT, "interval" TEXT, "amount" INTEGER, "status" TEXT, "interval_count" INTEGER, CONSTRAINT "subs_pkey" PRIMARY KEY ("id"));';
    const sql = 'ALTER TABLE "subs" DROP COLUMN "interval_count",\nALTER COLUMN "currency" SET NOT NULL,\nALTER COLUMN "interval" SET NOT NULL,\nALTER COLUMN "amount" SET NOT NULL,\nALTER COLUMN "status" SET NOT NULL;';
    const fs = (await findings({ before, sql })).filter((f) => f.rule === 'set-not-null-scan');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain('Setting subs.currency, subs.interval, subs.amount and subs.status NOT NULL scans every row of subs');
    expect(fs[0].fix).toContain('subs_status_not_null');
  });

  it('is quiet when the same statement rewrites the table for a type change (Vaultwarden twofactor)', async () => {
    const fs = await findings({ before: 'CREATE TABLE twofactor (uuid CHAR(36) PRIMARY KEY, last_used INTEGER);', sql: 'ALTER TABLE twofactor\n    ALTER COLUMN last_used TYPE BIGINT,\n    ALTER COLUMN last_used SET NOT NULL;' });
    expect(rules(fs).filter((r) => !r.endsWith('lock-timeout-missing'))).toEqual(['1 table-rewrite-type-change']);
  });
});

describe('unique-constraint-without-index', () => {
  it('is quiet when the same statement rewrites the table for a type change (documenso int → cuid ids)', async () => {
    const before = 'CREATE TABLE "Hook" ("id" SERIAL NOT NULL, "url" TEXT NOT NULL, CONSTRAINT "Hook_pkey" PRIMARY KEY ("id"));';
    const sql = 'ALTER TABLE "Hook" DROP CONSTRAINT "Hook_pkey",\nALTER COLUMN "id" DROP DEFAULT,\nALTER COLUMN "id" SET DATA TYPE TEXT,\nADD CONSTRAINT "Hook_pkey" PRIMARY KEY ("id");';
    const fs = await findings({ before, sql });
    expect(fs.map((f) => f.rule)).toContain('table-rewrite-type-change');
    expect(fs.map((f) => f.rule)).not.toContain('unique-constraint-without-index');
  });
});

describe('lossy-type-change', () => {
  const before = "CREATE TYPE poll_status AS ENUM ('live', 'paused', 'finalized');\nCREATE TABLE polls (id TEXT PRIMARY KEY, status poll_status NOT NULL DEFAULT 'live');";

  it('is quiet when USING CASE maps every label that goes away (rallly poll status enum)', async () => {
    const sql = [
      "CREATE TYPE poll_status_new AS ENUM ('open', 'closed', 'canceled');",
      'ALTER TABLE "polls" ALTER COLUMN "status" DROP DEFAULT;',
      'ALTER TABLE "polls" ALTER COLUMN "status" TYPE "poll_status_new" USING (',
      '  CASE "status"::text',
      "    WHEN 'live' THEN 'open'::poll_status_new",
      "    WHEN 'paused' THEN 'closed'::poll_status_new",
      "    WHEN 'finalized' THEN 'closed'::poll_status_new",
      '  END',
      ');',
    ].join('\n');
    const fs = await findings({ before, sql });
    expect(fs.map((f) => f.rule)).not.toContain('lossy-type-change');
    expect(fs.map((f) => f.rule)).toContain('table-rewrite-type-change');
  });

  it('still reports a plain cast that drops labels (Prisma enum recreation), as drop-enum-value', async () => {
    const sql = "CREATE TYPE poll_status_new AS ENUM ('live', 'paused');\nALTER TABLE \"polls\" ALTER COLUMN \"status\" TYPE \"poll_status_new\" USING (\"status\"::text::\"poll_status_new\");";
    const fs = await findings({ before, sql });
    expect(fs.map((x) => x.rule)).not.toContain('lossy-type-change');
    const [f] = fs.filter((x) => x.rule === 'drop-enum-value');
    expect(f.message).toContain("drops the enum value 'finalized'");
  });
});

describe('SQLite and MySQL table rebuilds', () => {
  const devices = 'CREATE TABLE devices (uuid TEXT NOT NULL PRIMARY KEY, user_uuid TEXT NOT NULL, name TEXT NOT NULL, folder_uuid TEXT);';
  // Vaultwarden: rename away, create again, copy back, drop the old copy.
  const renameAway = [
    'ALTER TABLE devices RENAME TO oldDevices;',
    'CREATE TABLE devices (uuid TEXT NOT NULL PRIMARY KEY, user_uuid TEXT NOT NULL, name TEXT NOT NULL);',
    'INSERT INTO devices (uuid, user_uuid, name) SELECT uuid, user_uuid, name FROM oldDevices;',
    'DROP TABLE oldDevices;',
  ].join('\n');

  it('rename away, create again, copy back: only the column left out is reported (SQLite)', async () => {
    const fs = await findings({ dialect: 'sqlite', before: devices, sql: renameAway, format: 'golang-migrate' });
    expect(rules(fs)).toEqual(['4 drop-column']);
    expect(fs[0].message).toContain('without column folder_uuid');
  });

  it('on MySQL, where each DDL commits, says the table is missing and then empty during the copy', async () => {
    const fs = await findings({ dialect: 'mysql', before: devices, sql: renameAway, format: 'golang-migrate' });
    expect(rules(fs)).toEqual(['1 rename-table', '4 drop-column']);
    expect(fs[0].message).toContain('devices is rebuilt by renaming it to oldDevices');
    expect(fs[0].message).toContain('finds no table devices, then an empty one');
    expect(fs[0].fix).toContain('RENAME TABLE');
  });

  it('copy out to a backup, drop, create again, copy back (Authelia SQLite 0016)', async () => {
    const before = 'CREATE TABLE consent (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, challenge_id CHAR(36) NOT NULL, subject CHAR(36) NOT NULL);';
    const sql = [
      'CREATE TABLE IF NOT EXISTS _bkp_consent (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, challenge_id CHAR(36) NOT NULL, subject CHAR(36) NOT NULL);',
      'INSERT INTO _bkp_consent (challenge_id, subject)\nSELECT challenge_id, subject\nFROM consent\nORDER BY id;',
      'DROP TABLE IF EXISTS consent;',
      'CREATE TABLE IF NOT EXISTS consent (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, challenge_id CHAR(36) NOT NULL, subject CHAR(36) NULL DEFAULT NULL);',
      'INSERT INTO consent (challenge_id, subject)\nSELECT challenge_id, subject\nFROM _bkp_consent\nORDER BY id;',
      'DROP TABLE IF EXISTS _bkp_consent;',
    ].join('\n');
    expect(await findings({ dialect: 'sqlite', before, sql, format: 'golang-migrate' })).toEqual([]);
  });

  it('rows copied in full into another table: the drop is reported for the running code, not as lost data (Authelia 0012)', async () => {
    const before = 'CREATE TABLE old_keys (id INTEGER PRIMARY KEY, username VARCHAR(100) NOT NULL, public_key BLOB NOT NULL);';
    const sql = 'CREATE TABLE new_keys (id INTEGER PRIMARY KEY, username VARCHAR(100) NOT NULL, public_key BLOB NOT NULL, legacy BOOLEAN NOT NULL);\nINSERT INTO new_keys (username, public_key, legacy)\nSELECT username, public_key, TRUE\nFROM old_keys;\nDROP TABLE IF EXISTS old_keys;';
    const [f, ...rest] = await findings({ dialect: 'sqlite', before, sql });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'drop-table', severity: 'high', line: 5 });
    expect(f.message).toContain('after copying its rows into new_keys (line 2) keeps the data');
  });

  it('rows copied only in part (WHERE) are still a critical data loss (Authelia 0006)', async () => {
    const before = 'CREATE TABLE consent_session (id INTEGER PRIMARY KEY, client_id TEXT NOT NULL, expires_at TIMESTAMP NULL);';
    const sql = 'CREATE TABLE preconfig (id INTEGER PRIMARY KEY, client_id TEXT NOT NULL);\nINSERT INTO preconfig (client_id) SELECT client_id FROM consent_session WHERE expires_at IS NOT NULL;\nDROP TABLE IF EXISTS consent_session;';
    const [f] = (await findings({ dialect: 'sqlite', before, sql })).filter((x) => x.rule === 'drop-table');
    expect(f).toMatchObject({ severity: 'critical', line: 3 });
  });

  it('a renamed-away table whose rows moved in full to another table: rename-table reports the break, the drop of the interim name is quiet (Authelia 0002)', async () => {
    const before = 'CREATE TABLE u2f_devices (id INTEGER PRIMARY KEY, username VARCHAR(100) NOT NULL, key_handle BLOB NOT NULL);';
    const sql = [
      'ALTER TABLE u2f_devices RENAME TO _bkp_u2f_devices;',
      'CREATE TABLE IF NOT EXISTS webauthn_devices (id INTEGER PRIMARY KEY, username VARCHAR(100) NOT NULL, kid VARCHAR(512) NOT NULL);',
      'INSERT INTO webauthn_devices (id, username, kid)\nSELECT id, username, key_handle\nFROM _bkp_u2f_devices;',
      'DROP TABLE IF EXISTS _bkp_u2f_devices;',
    ].join('\n');
    const fs = await findings({ dialect: 'sqlite', before, sql, format: 'golang-migrate' });
    expect(rules(fs)).toEqual(['1 rename-table']);
  });

  it('rows migrated by a DO block first: says so, at high instead of critical (Harbor 0050)', async () => {
    const before = 'CREATE TABLE retention_execution (id SERIAL PRIMARY KEY, policy_id int, start_time timestamp);\nCREATE TABLE execution (id SERIAL PRIMARY KEY, vendor_id int, start_time timestamp);';
    const sql = [
      'DO $$',
      'DECLARE',
      '    rep_exec RECORD;',
      'BEGIN',
      '    FOR rep_exec IN SELECT * FROM retention_execution',
      '    LOOP',
      '        INSERT INTO execution (vendor_id, start_time) VALUES (rep_exec.policy_id, rep_exec.start_time);',
      '    END LOOP;',
      'END $$;',
      '',
      'DROP TABLE IF EXISTS retention_execution;',
    ].join('\n');
    const [f] = (await findings({ before, sql })).filter((x) => x.rule === 'drop-table');
    expect(f).toMatchObject({ severity: 'high', line: 11 });
    expect(f.message).toContain('the DO block on line 1 reads them first');
  });

  it('a swap with a table an earlier migration filled says only rows written since are lost (formbricks ApiKeyNew)', async () => {
    const before = 'CREATE TABLE "Key" ("id" TEXT NOT NULL, CONSTRAINT "Key_pkey" PRIMARY KEY ("id"));\nCREATE TABLE "KeyNew" ("id" TEXT NOT NULL, "hash" TEXT NOT NULL, CONSTRAINT "KeyNew_pkey" PRIMARY KEY ("id"));';
    const sql = 'BEGIN;\nDROP TABLE IF EXISTS "Key";\nALTER TABLE "KeyNew" RENAME TO "Key";\nCOMMIT;';
    const [f] = (await findings({ before, sql })).filter((x) => x.rule === 'drop-table');
    expect(f.message).toContain('only what an earlier migration copied into KeyNew remains');
  });
});
