import { parseCli } from '../../src/cli/args.js';
import { runCheck } from '../../src/cli/check.js';
import { diffReport } from '../../src/cli/diff.js';
import { describeSets } from '../../src/formats/describe.js';
import { detectSets } from '../../src/formats/detect.js';
import { lineMapper } from '../../src/analyze/line-map.js';
import type { Report } from '../../src/model/report.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { TempRepo } from '../../src/source/temp-repo.js';
import { found, reviewPr } from '../helpers/review.js';

/** A Rails `db/structure.sql` as pg_dump writes it, with the users table's columns given. */
function structure(userColumns: string[], extra = ''): string {
  return `SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: ar_internal_metadata; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL,
    value character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    version character varying NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
${userColumns.map((c) => `    ${c}`).join(',\n')}
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


ALTER TABLE ONLY public.ar_internal_metadata
    ADD CONSTRAINT ar_internal_metadata_pkey PRIMARY KEY (key);


ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);
${extra}

SET search_path TO "$user", public;

COPY public.ar_internal_metadata (key, value, created_at, updated_at) FROM stdin;
environment	production	2024-01-01 00:00:00	2024-01-01 00:00:00
\\.

INSERT INTO "schema_migrations" (version) VALUES
('20240101000000'),
('20240102000000');

`;
}

const COLUMNS = [
  'id bigint NOT NULL',
  'email character varying NOT NULL',
  'name character varying',
  "status character varying DEFAULT 'active'::character varying NOT NULL",
  'created_at timestamp(6) without time zone NOT NULL',
];
const BASE = structure(COLUMNS);

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const onDump = (r: Report) => r.findings.filter((f) => f.file.endsWith('.sql') && /structure|schema/.test(f.file));

describe('a PR that changes only a schema dump', () => {
  it('reports a dropped column where its line was, on the head file', async () => {
    const head = structure(COLUMNS.filter((c) => !c.startsWith('name ')));
    const r = await reviewPr({ 'db/structure.sql': BASE }, { 'db/structure.sql': head });
    expect(found(r)).toEqual([`drop-column@structure.sql:${lineOf(head, 'status character varying')}`]);
    const f = r.findings[0];
    // The removed line was right above the status column, which now sits where it was.
    expect(lineOf(BASE, '    name character varying')).toBe(f.line);
    expect(f.message).toContain('users.name');
    expect(f.statement).toBe('ALTER TABLE public.users DROP COLUMN name');
    expect(f.rollback).toContain('ADD COLUMN name');
    expect(r.rollback).toContain('ADD COLUMN name');
    expect(r.sets).toEqual([{ dir: 'db/structure.sql', format: 'schema-dump', dialect: 'postgresql', dialectSource: 'content', files: 1 }]);
    expect(r.files).toEqual([expect.objectContaining({ path: 'db/structure.sql', status: 'modified', set: 'db/structure.sql' })]);
    expect(r.schemaDiff.tables).toEqual([expect.objectContaining({ table: 'users', status: 'changed', columnsDropped: ['name'] })]);
  });

  it('reports a NOT NULL column without a default on the line that defines it', async () => {
    const head = structure([...COLUMNS, 'tenant_id bigint NOT NULL']);
    const r = await reviewPr({ 'db/structure.sql': BASE }, { 'db/structure.sql': head });
    expect(found(r)).toEqual([`add-required-column@structure.sql:${lineOf(head, 'tenant_id bigint')}`]);
    expect(r.findings[0].endLine).toBe(r.findings[0].line);
    expect(r.rollback).toContain('DROP COLUMN tenant_id');
  });

  it('does not judge how the dump writes an index: nobody runs it as a migration', async () => {
    const head = structure(COLUMNS, '\n\nCREATE INDEX index_users_on_name ON public.users USING btree (name);\n');
    const r = await reviewPr({ 'db/structure.sql': BASE }, { 'db/structure.sql': head });
    expect(r.findings).toEqual([]);
    expect(r.rollback).toContain('DROP INDEX');
    expect(r.rollback).toContain('index_users_on_name');
  });

  it('reports a dropped table, a narrowed type and a dropped default on the head lines', async () => {
    const base = structure(COLUMNS, '\n\nCREATE TABLE public.audit_log (\n    id bigint NOT NULL,\n    payload text\n);\n');
    const cols = COLUMNS.map((c) => (c.startsWith('email') ? 'email character varying(100) NOT NULL' : c.startsWith('status') ? 'status character varying NOT NULL' : c));
    const head = structure(cols);
    const r = await reviewPr({ 'db/structure.sql': base }, { 'db/structure.sql': head });
    expect(found(r)).toEqual(
      [
        // Where the table's lines were removed: right after the index that preceded them.
        `drop-table@structure.sql:${lineOf(head, 'CREATE UNIQUE INDEX index_users_on_email') + 1}`,
        `narrowing-type-change@structure.sql:${lineOf(head, 'email character varying(100)')}`,
        `table-rewrite-type-change@structure.sql:${lineOf(head, 'email character varying(100)')}`,
        `drop-default@structure.sql:${lineOf(head, 'status character varying NOT NULL')}`,
      ].sort(),
    );
  });

  it('stays quiet when the dump only moves, reorders or re-comments things', async () => {
    const head = BASE.replace('-- Name: users; Type: TABLE; Schema: public; Owner: -', '-- Name: users; Type: TABLE; Schema: public; Owner: app').replace("('20240102000000');", "('20240102000000'),\n('20240103000000');");
    const r = await reviewPr({ 'db/structure.sql': BASE }, { 'db/structure.sql': head });
    expect(r.findings).toEqual([]);
    expect(r.rollback).toBe('');
  });

  it('changes nothing when the dump is added or removed as a whole', async () => {
    const added = await reviewPr({ 'README.md': 'x' }, { 'db/structure.sql': BASE });
    expect(added.findings).toEqual([]);
    expect(added.rollback).toBe('');
    const head = memoryTree({ 'README.md': 'x' }, 'head');
    const { analyze } = await import('../../src/analyze/engine.js');
    const { RULES } = await import('../../src/rules/index.js');
    const removed = await analyze({ before: memoryTree({ 'db/structure.sql': BASE }, 'base'), head, changes: [{ path: 'db/structure.sql', status: 'deleted' }], config: { rules: {}, ignorePaths: [] }, rules: RULES, toolVersion: 't' });
    expect(removed.findings).toEqual([]);
    const configured = await reviewPr({ 'README.md': 'x' }, { 'db/structure.sql': BASE }, { sets: [{ path: 'db/structure.sql', format: 'schema-dump' }] });
    expect(configured.findings).toEqual([]);
    expect(configured.rollback).toBe('');
    expect(configured.schemaDiff.tables).toEqual([]);
  });

  it('takes the database version from the pg_dump header', async () => {
    const header = '--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 10.23\n-- Dumped by pg_dump version 16.2\n\n';
    const head = header + structure([...COLUMNS, 'archived boolean DEFAULT false NOT NULL']);
    const r = await reviewPr({ 'db/structure.sql': header + BASE }, { 'db/structure.sql': head });
    // Before PostgreSQL 11 any added default rewrites the table; from 11 a constant one does not.
    expect(found(r)).toEqual([`add-column-volatile-default@structure.sql:${lineOf(head, 'archived boolean')}`]);
    const v16 = await reviewPr({ 'db/structure.sql': header + BASE }, { 'db/structure.sql': head }, { version: '16' });
    expect(v16.findings).toEqual([]);
  });

  it('reports a new statement it cannot parse, once', async () => {
    const head = structure(COLUMNS, '\n\nALTER TABEL public.users ADD COLUMN x int;\n');
    const r = await reviewPr({ 'db/structure.sql': BASE }, { 'db/structure.sql': head });
    expect(found(r)).toEqual([`unparsed-statement@structure.sql:${lineOf(head, 'ALTER TABEL')}`]);
    const again = await reviewPr({ 'db/structure.sql': head }, { 'db/structure.sql': head.replace('Owner: -', 'Owner: x') });
    expect(again.findings).toEqual([]);
  });
});

describe('a PR that changes a dump together with a migration', () => {
  // dbmate keeps db/schema.sql next to db/migrations and rewrites it after every migration.
  const init = '-- migrate:up\nCREATE TABLE users (\n  id bigint PRIMARY KEY,\n  email varchar NOT NULL,\n  name varchar\n);\n\n-- migrate:down\nDROP TABLE users;\n';
  const dump = (cols: string[]) =>
    `SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\nCREATE TABLE public.users (\n${cols.map((c) => `    ${c}`).join(',\n')}\n);\n\nCREATE TABLE public.schema_migrations (\n    version character varying(128) NOT NULL\n);\n\nALTER TABLE ONLY public.users\n    ADD CONSTRAINT users_pkey PRIMARY KEY (id);\n\nALTER TABLE ONLY public.schema_migrations\n    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);\n`;
  const cols = ['id bigint NOT NULL', 'email character varying NOT NULL', 'name character varying'];
  const base = { 'db/migrations/20240101000000_init.sql': init, 'db/schema.sql': dump(cols) };

  it('reports the migration only, not a second copy from the dump', async () => {
    const r = await reviewPr(base, {
      'db/migrations/20240301000000_drop_name.sql': '-- migrate:up\nALTER TABLE users DROP COLUMN name;\n\n-- migrate:down\nALTER TABLE users ADD COLUMN name varchar;\n',
      'db/schema.sql': dump(cols.slice(0, 2)),
    });
    expect(found(r).filter((f) => f.startsWith('drop-column'))).toEqual(['drop-column@20240301000000_drop_name.sql:2']);
    expect(onDump(r)).toEqual([]);
    expect(r.sets.map((s) => `${s.dir}:${s.format}`)).toEqual(['db/migrations:dbmate', 'db/schema.sql:schema-dump']);
    // The rollback is the migration's, once.
    expect(r.rollback.match(/ADD COLUMN name/g)).toHaveLength(1);
  });

  it('stays quiet on a dump brought up to date with migrations merged earlier', async () => {
    const merged = { ...base, 'db/migrations/20240201000000_add_team.sql': '-- migrate:up\nALTER TABLE users ADD COLUMN team_id bigint NOT NULL DEFAULT 0;\nALTER TABLE users DROP COLUMN name;\n' };
    const r = await reviewPr(merged, { 'db/schema.sql': dump(['id bigint NOT NULL', 'email character varying NOT NULL', 'team_id bigint DEFAULT 0 NOT NULL']) });
    expect(r.findings).toEqual([]);
  });

  it('stays quiet on a dump that catches up with a table dropped by a migration merged earlier, and reports one dropped by hand', async () => {
    const sessions = '\nCREATE TABLE public.sessions (\n    id bigint NOT NULL,\n    token text\n);\n';
    const withSessions = { ...base, 'db/migrations/20240101000001_sessions.sql': '-- migrate:up\nCREATE TABLE sessions (id bigint PRIMARY KEY, token text);\n', 'db/schema.sql': dump(cols) + sessions };
    const dropped = { ...withSessions, 'db/migrations/20240201000000_drop_sessions.sql': '-- migrate:up\nDROP TABLE sessions;\n' };
    expect((await reviewPr(dropped, { 'db/schema.sql': dump(cols) })).findings).toEqual([]);
    const byHand = await reviewPr(withSessions, { 'db/schema.sql': dump(cols) });
    // Shown where its lines were removed: the end of the head dump.
    expect(found(byHand)).toEqual([`drop-table@schema.sql:${dump(cols).split('\n').length - 1}`]);
  });

  it('still reports what the dump changes beyond the migrations (an edit by hand)', async () => {
    const head = dump(['id bigint NOT NULL', 'email character varying NOT NULL', 'tenant_id bigint NOT NULL']);
    const r = await reviewPr(base, {
      'db/migrations/20240301000000_drop_name.sql': '-- migrate:up\nALTER TABLE users DROP COLUMN name;\n',
      'db/schema.sql': head,
    });
    expect(onDump(r).map((f) => `${f.rule}:${f.line}`)).toEqual([`add-required-column:${lineOf(head, 'tenant_id')}`]);
    expect(found(r).filter((f) => f.startsWith('drop-column'))).toEqual(['drop-column@20240301000000_drop_name.sql:2']);
  });

  it('reviews the dump of a Rails app: its Ruby migrations are not read, so the dump is the only view of the change', async () => {
    const r = await reviewPr(
      { 'db/migrate/20240101000000_create_users.rb': 'class CreateUsers < ActiveRecord::Migration[7.1]\nend\n', 'db/structure.sql': BASE },
      { 'db/migrate/20240301000000_remove_name.rb': 'class RemoveName < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :name\n  end\nend\n', 'db/structure.sql': structure(COLUMNS.filter((c) => !c.startsWith('name '))) },
    );
    expect(found(r)).toEqual([`drop-column@structure.sql:${lineOf(BASE, '    name character varying')}`]);
  });

  it('reviews the dump when a migration of the same table name lives in another app', async () => {
    const monorepo = { 'billing/db/migrations/20240101000000_init.sql': '-- migrate:up\nCREATE TABLE users (id bigint PRIMARY KEY, plan text);\n', 'accounts/db/schema.sql': dump(cols) };
    const r = await reviewPr(monorepo, { 'accounts/db/schema.sql': dump(cols.slice(0, 2)) });
    // The email line lost its comma, so the removal shows where the diff shows it: on that line.
    expect(found(r)).toEqual([`drop-column@schema.sql:${lineOf(dump(cols.slice(0, 2)), 'email character varying NOT NULL')}`]);
  });
});

describe('a MySQL dump', () => {
  const mysqldump = (orderColumns: string[]) => `-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

--
-- Table structure for table \`customers\`
--

DROP TABLE IF EXISTS \`customers\`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE \`customers\` (
  \`id\` bigint NOT NULL AUTO_INCREMENT,
  \`email\` varchar(255) NOT NULL,
  PRIMARY KEY (\`id\`),
  UNIQUE KEY \`index_customers_on_email\` (\`email\`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Table structure for table \`orders\`
--

DROP TABLE IF EXISTS \`orders\`;
CREATE TABLE \`orders\` (
${orderColumns.map((c) => `  ${c}`).join(',\n')},
  PRIMARY KEY (\`id\`),
  KEY \`index_orders_on_customer_id\` (\`customer_id\`)
) ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4;

LOCK TABLES \`orders\` WRITE;
/*!40000 ALTER TABLE \`orders\` DISABLE KEYS */;
INSERT INTO \`orders\` VALUES (1,1,100,NULL),(2,1,250,'gift');
/*!40000 ALTER TABLE \`orders\` ENABLE KEYS */;
UNLOCK TABLES;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

-- Dump completed on 2024-03-01 12:00:00
`;
  const cols = ['`id` bigint NOT NULL AUTO_INCREMENT', '`customer_id` bigint NOT NULL', "`total_cents` int NOT NULL DEFAULT '0'", '`note` varchar(255) DEFAULT NULL'];

  it('is read as MySQL from its header and compared as a whole', async () => {
    const head = mysqldump([...cols.filter((c) => !c.startsWith('`note`')), '`total_tax` int NOT NULL']);
    const r = await reviewPr({ 'schema.sql': mysqldump(cols) }, { 'schema.sql': head });
    expect(r.sets).toEqual([{ dir: 'schema.sql', format: 'schema-dump', dialect: 'mysql', dialectSource: 'content', files: 1 }]);
    expect(found(r)).toEqual([`add-required-column@schema.sql:${lineOf(head, '`total_tax`')}`, `drop-column@schema.sql:${lineOf(head, '`total_tax`')}`].sort());
    expect(r.rollback).toContain('ADD COLUMN note varchar(255)');
  });

  it('reads a MariaDB dump as MariaDB', async () => {
    const text = mysqldump(cols).replace('-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)', '-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)');
    const sets = await detectSets(memoryTree({ 'db/schema.sql': text }));
    expect(describeSets(sets)).toEqual(['db/schema.sql: schema-dump, mariadb (content), 1 file']);
  });
});

describe('a dump named in the config', () => {
  const oneTable = (extra = '') => `CREATE TABLE accounts (\n  id bigint PRIMARY KEY,\n  name text NOT NULL${extra}\n);\n`;

  it('is read by its file path even when nothing in it says dump', async () => {
    const config = { sets: [{ path: 'sql/current.sql', format: 'schema-dump' as const }] };
    const head = oneTable(',\n  owner_id bigint NOT NULL');
    const r = await reviewPr({ 'sql/current.sql': oneTable() }, { 'sql/current.sql': head }, config);
    expect(found(r)).toEqual(['add-required-column@current.sql:4']);
    expect(r.sets).toEqual([{ dir: 'sql/current.sql', format: 'schema-dump', dialect: 'postgresql', dialectSource: 'default', files: 1 }]);
  });

  it('guesses the format of a configured .sql file and honours a configured dialect', async () => {
    const sets = await detectSets(memoryTree({ 'db/structure.sql': oneTable() }), { config: { sets: [{ path: 'db/structure.sql', dialect: 'sqlite' }] } });
    expect(describeSets(sets)).toEqual(['db/structure.sql: schema-dump, sqlite (config), 1 file']);
  });

  it('reads a folder of declarative schema files as one schema', async () => {
    const base = { 'schemas/01_accounts.sql': oneTable(), 'schemas/02_orders.sql': 'CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  account_id bigint NOT NULL REFERENCES accounts (id),\n  note text\n);\n' };
    const config = { sets: [{ path: 'schemas', format: 'schema-dump' as const }] };
    const r = await reviewPr(base, { 'schemas/02_orders.sql': 'CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  account_id bigint NOT NULL REFERENCES accounts (id)\n);\n' }, config);
    expect(found(r)).toEqual(['drop-column@02_orders.sql:3']);
    expect(r.sets).toEqual([expect.objectContaining({ dir: 'schemas', format: 'schema-dump', files: 2 })]);
  });
});

describe('acknowledging a dump finding', () => {
  it('honours a migra:ignore above the statement that defines the object', async () => {
    const config = { sets: [{ path: 'db/schema', format: 'schema-dump' as const }] };
    const table = (extra: string) => `-- migra:ignore add-required-column reason: filled by the import job before deploy\nCREATE TABLE accounts (\n  id bigint PRIMARY KEY,\n  name text NOT NULL${extra}\n);\n`;
    const r = await reviewPr({ 'db/schema/accounts.sql': table('') }, { 'db/schema/accounts.sql': table(',\n  region text NOT NULL') }, config);
    expect(r.findings).toEqual([]);
    expect(r.acknowledged.map((f) => `${f.rule}:${f.line}:${f.reason}`)).toEqual(['add-required-column:5:filled by the import job before deploy']);
  });
});

describe('dump detection', () => {
  const pgDump = '--\n-- PostgreSQL database dump\n--\n\nCREATE TABLE public.a (id integer);\n';
  const twoTables = 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a (id));\n';

  it('finds dumps by name and content', async () => {
    const sets = await detectSets(
      memoryTree({
        'db/structure.sql': pgDump,
        'schema.sql': twoTables,
        'api/schema.sql': 'CREATE TABLE only_one (id int);\n',
        'scripts/schema.sql': twoTables + 'ALTER TABLE a DROP COLUMN id;\n',
        'test/fixtures/schema.sql': pgDump,
        'db/seed.sql': twoTables,
      }),
    );
    expect(describeSets(sets)).toEqual(['db/structure.sql: schema-dump, postgresql (content), 1 file', 'schema.sql: schema-dump, postgresql (default), 1 file']);
  });

  it('leaves files inside migration folders to their sets', async () => {
    const sets = await detectSets(
      memoryTree({
        'db/migrations/001_init.up.sql': twoTables,
        'db/migrations/schema.sql': pgDump,
        'prisma/migrations/20240101000000_init/migration.sql': twoTables,
        'prisma/migrations/schema.sql': pgDump,
        'migrations/postgres/schema.sql': pgDump,
      }),
    );
    expect(sets.map((s) => `${s.dir}:${s.format}`)).toEqual(['db/migrations:golang-migrate', 'prisma/migrations:prisma']);
  });

  it('reads Supabase declarative schemas as one set next to the migrations', async () => {
    const sets = await detectSets(
      memoryTree({
        'supabase/migrations/20240101000000_init.sql': twoTables,
        'supabase/schemas/profiles.sql': 'create table profiles (id uuid primary key);\n',
        'supabase/schemas/accounts.sql': 'create table accounts (id uuid primary key);\n',
      }),
    );
    expect(describeSets(sets)).toEqual(['supabase/migrations: supabase, postgresql (default), 1 file', 'supabase/schemas: schema-dump, postgresql (default), 2 files']);
    expect(sets[1].files.map((f) => f.path)).toEqual(['supabase/schemas/accounts.sql', 'supabase/schemas/profiles.sql']);
  });
});

describe('migra diff', () => {
  it('plans and judges two schema files with the same change rules as a dump', async () => {
    const head = structure(COLUMNS.filter((c) => !c.startsWith('name ')), '\n\nCREATE INDEX index_users_on_status ON public.users USING btree (status);\n');
    const r = await diffReport({ path: 'before.sql', text: BASE }, { path: 'after.sql', text: head }, 'postgresql');
    expect(r.findings.map((f) => `${f.rule}@${f.file}`)).toEqual(['drop-column@before.sql']);
    expect(r.migration).toContain('ALTER TABLE public.users DROP COLUMN name;');
    expect(r.migration).toContain('CREATE INDEX index_users_on_status ON public.users');
  });
});

describe('lineMapper', () => {
  it('maps kept lines to their new place and removed ones to where they were', () => {
    const map = lineMapper('a\nb\nc\nd\ne\n', 'a\nc\nd\nX\ne\n');
    expect([1, 2, 3, 4, 5].map(map)).toEqual([1, 2, 2, 3, 5]);
    expect(lineMapper('a\nb\n', 'a\n')(2)).toBe(1);
  });
});

describe('migra check', () => {
  it('lists the dump set and its findings', async () => {
    const repo = TempRepo.create('migra-dump-');
    try {
      repo.commit('base', { 'db/structure.sql': BASE });
      repo.checkout('pr', true);
      repo.commit('drop name', { 'db/structure.sql': structure(COLUMNS.filter((c) => !c.startsWith('name '))) });
      let out = '';
      const code = await runCheck(parseCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr'], false), (s) => (out += s));
      expect(out).toContain('set db/structure.sql: schema-dump, postgresql (content), 1 file');
      expect(out).toContain('drop-column');
      expect(code).toBe(1);
    } finally {
      repo.remove();
    }
  });
});
