import { mapCstStatement } from '../../src/frontends/sql/cst-map.js';
import { loadCstParser } from '../../src/frontends/sql/cst-parser.js';
import { describeStatement } from '../../src/frontends/sql/describe.js';
import { parseSqlFile, parseSqlStatement } from '../../src/frontends/sql/index.js';
import { mapMysqlStatement } from '../../src/frontends/sql/mysql-map.js';
import { loadPgParser, mapPgStatementSync } from '../../src/frontends/sql/pg-fallback.js';
import { splitStatements } from '../../src/frontends/sql/split.js';
import { maskTemplates } from '../../src/frontends/sql/templates.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { LocatedOp, Operation } from '../../src/model/operation.js';

/**
 * Regression tests for what measuring the front end on public migration histories found
 * (see the coverage table in the README). Each case is the shape of a real statement.
 */

const file = (text: string, dialect: Dialect): Promise<LocatedOp[]> => parseSqlFile(text, { file: 'm.sql', dialect });
const kinds = (ops: { kind: string }[]) => ops.map((o) => o.kind);
const lines = (text: string, dialect: Dialect) => splitStatements(text, dialect).map((s) => [s.text, s.line, s.endLine]);

describe('pg_dump COPY … FROM stdin', () => {
  // neondatabase/postgres-sample-dbs (pagila, chinook): rows with quotes and semicolons.
  const dump = [
    'SET client_encoding = \'UTF8\';',
    '',
    'COPY public.actor (actor_id, first_name, last_name) FROM stdin;',
    "1\tPENELOPE\tO'GUINESS; jr",
    '2\tNICK\t\\N',
    '\\.',
    '',
    'COPY public.empty (id) FROM stdin;',
    '\\.',
    '',
    'ALTER TABLE ONLY public.actor ADD CONSTRAINT actor_pkey PRIMARY KEY (actor_id);',
  ].join('\n');

  it('makes the COPY and its data rows one statement, through the \\. line', () => {
    expect(lines(dump, 'postgresql')).toEqual([
      ["SET client_encoding = 'UTF8'", 1, 1],
      ["COPY public.actor (actor_id, first_name, last_name) FROM stdin;\n1\tPENELOPE\tO'GUINESS; jr\n2\tNICK\t\\N\n\\.", 3, 6],
      ['COPY public.empty (id) FROM stdin;\n\\.', 8, 9],
      ['ALTER TABLE ONLY public.actor ADD CONSTRAINT actor_pkey PRIMARY KEY (actor_id)', 11, 11],
    ]);
  });

  it('maps COPY FROM to an insert into the table; the statement keeps its rows', async () => {
    const ops = await file(dump, 'postgresql');
    expect(kinds(ops)).toEqual(['set_setting', 'data_change', 'data_change', 'add_constraint']);
    expect(ops[1]).toMatchObject({ kind: 'data_change', verb: 'insert', table: { schema: 'public', name: 'actor' }, hasWhere: false });
    expect(ops[1].stmt).toMatchObject({ line: 3, endLine: 6 });
    expect(ops[1].stmt.text.endsWith('\\.')).toBe(true);
    expect(ops[2]).toMatchObject({ kind: 'data_change', table: { schema: 'public', name: 'empty' } });
  });

  it('reads data up to the end of the file when the \\. line is missing, and handles CRLF', () => {
    expect(lines('COPY t FROM STDIN;\r\n1\r\n\\.\r\nSELECT 1;', 'postgresql')).toEqual([
      ['COPY t FROM STDIN;\r\n1\r\n\\.', 1, 3],
      ['SELECT 1', 4, 4],
    ]);
    expect(lines('COPY t FROM stdin;\n1\n2\n', 'postgresql')).toEqual([['COPY t FROM stdin;\n1\n2', 1, 3]]);
  });

  it('leaves COPY without inline data as it was: TO STDOUT, FROM a file, a delimiter option', async () => {
    expect(lines("COPY t TO STDOUT;\nCOPY t FROM '/tmp/t.csv' WITH (FORMAT csv);\nSELECT 1;", 'postgresql').map((s) => s[0])).toEqual([
      'COPY t TO STDOUT',
      "COPY t FROM '/tmp/t.csv' WITH (FORMAT csv)",
      'SELECT 1',
    ]);
    expect(await parseSqlStatement("COPY t FROM '/tmp/t.csv'", 'postgresql')).toEqual([{ kind: 'data_change', verb: 'insert', table: { name: 't' }, hasWhere: false }]);
    expect(await parseSqlStatement('COPY (SELECT 1) TO STDOUT', 'postgresql')).toEqual([{ kind: 'other', description: 'COPY' }]);
    const ops = await file("COPY t (a) FROM stdin WITH (FORMAT csv, DELIMITER ';');\nx;y\n\\.\n", 'postgresql');
    expect(ops).toMatchObject([{ kind: 'data_change', table: { name: 't' }, stmt: { line: 1, endLine: 3 } }]);
  });

  it('gives the same operation through libpg-query directly', async () => {
    await loadPgParser();
    expect(mapPgStatementSync('COPY s.t (a, b) FROM stdin')).toEqual([{ kind: 'data_change', verb: 'insert', table: { schema: 's', name: 't' }, hasWhere: false }]);
  });
});

describe('template placeholders', () => {
  // supabase/auth (gobuffalo/pop templates): every statement names the schema through one.
  const auth = [
    'ALTER TABLE {{ index .Options "Namespace" }}.users',
    'ADD COLUMN IF NOT EXISTS phone VARCHAR(15) NULL UNIQUE DEFAULT NULL;',
    'CREATE INDEX IF NOT EXISTS users_instance_id_idx on "{{ index .Options "Namespace" }}".users using btree (instance_id);',
    'comment on column {{index .Options "Namespace" }}.users.phone is \'{{ not a template }}\';',
  ].join('\n');

  it('parses statements holding Go template actions and keeps the text as written', async () => {
    const ops = await file(auth, 'postgresql');
    expect(kinds(ops)).toEqual(['add_column', 'create_index', 'other']);
    const add = ops[0] as Extract<LocatedOp, { kind: 'add_column' }>;
    const index = ops[1] as Extract<LocatedOp, { kind: 'create_index' }>;
    // The same placeholder, quoted or not, names the same schema.
    expect(add.table.name).toBe('users');
    expect(add.table.schema).toMatch(/^tpl[0-9a-z_]+$/);
    expect(index.table).toEqual(add.table);
    expect(add.stmt.text).toBe('ALTER TABLE {{ index .Options "Namespace" }}.users\nADD COLUMN IF NOT EXISTS phone VARCHAR(15) NULL UNIQUE DEFAULT NULL');
    expect(index.stmt).toMatchObject({ line: 3, column: 1 });
  });

  it('masks with same-length names, leaving array literals and MySQL text alone', () => {
    const text = `SELECT '{{1,2},{3,4}}', '{{a}}' FROM {{ .Schema }}.t, \${flyway:defaultSchema}.u, :DATABASE_OWNER, a[1:n], x::int`;
    const masked = maskTemplates(text, 'postgresql');
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain("'{{1,2},{3,4}}', '{{a}}'");
    expect(masked).toContain('a[1:n], x::int');
    expect(masked).not.toMatch(/\{\{ \.Schema|\$\{|:DATABASE_OWNER/);
    // psql variables are PostgreSQL's; MySQL keeps `:NAME`.
    expect(maskTemplates('SELECT :ABC', 'mysql')).toBe('SELECT :ABC');
  });

  it('parses Flyway ${…} and psql :VARIABLE placeholders (graphile-worker)', async () => {
    expect(kinds(await parseSqlStatement('CREATE TABLE ${schema}.t (id int)', 'postgresql'))).toEqual(['create_table']);
    expect(kinds(await parseSqlStatement('ALTER TABLE ${schema}.t ADD COLUMN a int', 'mysql'))).toEqual(['add_column']);
    const ops = await file('create table :GRAPHILE_WORKER_SCHEMA.job_queues (queue_name text not null primary key);\nalter table :GRAPHILE_WORKER_SCHEMA.job_queues enable row level security;', 'postgresql');
    expect(kinds(ops)).toEqual(['create_table', 'other']);
    expect((ops[0] as Extract<LocatedOp, { kind: 'create_table' }>).table.name).toBe('job_queues');
  });
});

describe('splitter', () => {
  it('takes `--` at the start of a MySQL statement for a comment, as the mysql client does (DolphinScheduler)', () => {
    const text = '--DROP PROCEDURE if EXISTS p;\nDROP PROCEDURE if EXISTS p;\nSELECT 1--1;';
    expect(lines(text, 'mysql')).toEqual([
      ['DROP PROCEDURE if EXISTS p', 2, 2],
      ['SELECT 1--1', 3, 3],
    ]);
  });

  it('reads a DELIMITER line in PostgreSQL as a client command that adds a terminator (DolphinScheduler)', () => {
    const text = [
      'delimiter d//',
      'CREATE OR REPLACE FUNCTION f() RETURNS void AS $$',
      'BEGIN',
      '  ALTER TABLE t RENAME COLUMN "value" TO "data";',
      'END;',
      '$$ LANGUAGE plpgsql;',
      'd//',
      '',
      'select f();',
      "DROP FUNCTION IF EXISTS f(); SELECT 'd//';",
    ].join('\n');
    expect(lines(text, 'postgresql')).toEqual([
      [text.split('\n').slice(1, 6).join('\n').replace(/;$/, ''), 2, 6],
      ['select f()', 9, 9],
      ['DROP FUNCTION IF EXISTS f()', 10, 10],
      ["SELECT 'd//'", 10, 10],
    ]);
    expect(lines('delimiter d//\nSELECT 1 d//\ndelimiter ;\nSELECT 2;', 'postgresql').map((s) => s[0])).toEqual(['SELECT 1', 'SELECT 2']);
  });
});

describe('PostgreSQL statements named in the coverage issue', () => {
  it.each<[string, Partial<Operation>[]]>([
    ['CREATE STATISTICS s1 (dependencies) ON a, b FROM t', [{ kind: 'other', description: 'CREATE STATISTICS' }]],
    ['ALTER TABLE t ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY', [{ kind: 'other', description: 'ALTER TABLE ALTER COLUMN ADD GENERATED AS IDENTITY' }]],
    ['ALTER TABLE t ADD COLUMN g int GENERATED ALWAYS AS (a * 2) STORED', [{ kind: 'add_column', column: { name: 'g', generated: { expr: 'a * 2', stored: true } } as never }]],
    ['SET search_path = public, pg_catalog', [{ kind: 'set_setting', name: 'search_path', value: 'public, pg_catalog', local: false }]],
    ["SELECT pg_catalog.set_config('search_path', '', false)", [{ kind: 'other', description: 'SELECT' }]],
  ])('%s', async (sql, expected) => {
    expect(await parseSqlStatement(sql, 'postgresql')).toMatchObject(expected);
  });
});

describe('psql meta-commands', () => {
  it('reads them as client commands, not as unparsable SQL (pg_dump 17.6+ writes \\restrict)', async () => {
    const ops = await file('\\restrict Fq9key\n\\set ON_ERROR_STOP on\n\\connect app\nCREATE TABLE a (id int);\n\\unrestrict Fq9key\n', 'postgresql');
    expect(ops.map((o) => (o.kind === 'other' ? o.description : o.kind))).toEqual(['psql \\restrict', 'psql \\set', 'psql \\connect', 'create_table', 'psql \\unrestrict']);
    expect(ops[1].stmt).toMatchObject({ text: '\\set ON_ERROR_STOP on', line: 2, endLine: 2 });
  });
});

describe('SQLite names that are keywords', () => {
  it('parses keywords SQLite takes as names (vaultwarden `groups`, a `match` column)', async () => {
    const ops = await file('CREATE TABLE groups (id text PRIMARY KEY, match int);\nUPDATE groups SET match = 1 WHERE id = 2;\nCREATE INDEX ix ON groups (match);', 'sqlite');
    expect(ops).toMatchObject([
      { kind: 'create_table', table: { name: 'groups' }, columns: [{ name: 'id' }, { name: 'match' }] },
      { kind: 'data_change', verb: 'update', table: { name: 'groups' }, hasWhere: true },
      { kind: 'create_index', table: { name: 'groups' }, elems: [{ column: 'match' }] },
    ]);
    expect(ops[0].stmt.text).toBe('CREATE TABLE groups (id text PRIMARY KEY, match int)');
  });

  it('still reports statements SQLite rejects', async () => {
    const [op] = await file('CREATE TABLE order (id int);', 'sqlite');
    expect(op).toMatchObject({ kind: 'unparsed' });
  });
});

describe('mapping corrections', () => {
  it('marks CREATE TABLE … LIKE / INHERITS as not listing every column (both PostgreSQL parsers)', async () => {
    await loadPgParser();
    for (const sql of ['CREATE TABLE t2 (LIKE t INCLUDING ALL, x int)', 'CREATE TABLE c (x int) INHERITS (p)']) {
      const [cst] = await parseSqlStatement(sql, 'postgresql');
      const [pg] = mapPgStatementSync(sql);
      expect(cst).toMatchObject({ kind: 'create_table', asSelect: true });
      expect(pg).toEqual(cst);
    }
    expect(await parseSqlStatement('CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1)', 'postgresql')).toMatchObject([{ asSelect: false, partitionOf: { name: 'p' } }]);
  });

  it('describes PostgreSQL aggregates as aggregates, not by their schema name', () => {
    expect(describeStatement('CREATE AGGREGATE public.group_concat(text) (SFUNC = f, STYPE = text)', 'postgresql')).toBe('CREATE AGGREGATE');
    expect(describeStatement('ALTER AGGREGATE public.group_concat(text) OWNER TO postgres', 'postgresql')).toBe('ALTER AGGREGATE');
    // Leading words past the first tokens read (punctuation first) are read all the same.
    const noise = Array.from({ length: 60 }, () => '(').join(' ');
    expect(describeStatement(`${noise} CREATE OR REPLACE FUNCTION f()`, 'postgresql')).toBe('CREATE FUNCTION');
    expect(describeStatement('CREATE AGGREGATE FUNCTION f RETURNS INTEGER SONAME "f.so"', 'mysql')).toBe('CREATE FUNCTION');
  });

  it('reads MySQL PRIMARY KEY with an index name (osTicket), and DROP INDEX `PRIMARY` as dropping the primary key', () => {
    const ops = mapMysqlStatement('CREATE TABLE `staff_dept_access` (`staff_id` int(10) unsigned NOT NULL DEFAULT 0, `dept_id` int(10) unsigned NOT NULL DEFAULT 0, PRIMARY KEY `staff_dept` (`staff_id`,`dept_id`), KEY `dept_id` (`dept_id`)) DEFAULT CHARSET=utf8', 'mysql');
    expect(ops).toMatchObject([
      { kind: 'create_table', constraints: [{ kind: 'primary', name: 'PRIMARY', columns: ['staff_id', 'dept_id'] }] },
      { kind: 'create_index', name: 'dept_id' },
    ]);
    const primaryDrop: Operation = { kind: 'drop_constraint', table: { name: 't' }, name: 'PRIMARY', ifExists: false, cascade: false, constraintKind: 'primary' };
    expect(mapMysqlStatement('DROP INDEX `PRIMARY` ON t', 'mysql')).toEqual([primaryDrop]);
    expect(mapMysqlStatement('ALTER TABLE t DROP INDEX `PRIMARY`', 'mysql')).toEqual([primaryDrop]);
    expect(mapMysqlStatement('ALTER TABLE t ADD PRIMARY KEY pk (a)', 'mysql')).toMatchObject([{ kind: 'add_constraint', constraint: { kind: 'primary', columns: ['a'] } }]);
  });
});

describe('sql-parser-cst and libpg-query agree (differential run over the PostgreSQL corpus)', () => {
  const long = 'idx_revision_unique_instance_db_name_type_version_deleted_at_null';
  const cases: [string, Partial<Operation>[]][] = [
    // PostgreSQL cuts names to 63 bytes (bytebase, formbricks, lemmy); libpg-query's names already are.
    [`CREATE UNIQUE INDEX ${long} ON revision (instance) WHERE deleted_at IS NULL`, [{ kind: 'create_index', name: long.slice(0, 63) }]],
    [`ALTER INDEX "ConnectorFormbricksMapping_workspaceId_connectorId_surveyId_elementId_key" RENAME TO "x"`, [{ kind: 'rename_index', name: { name: 'ConnectorFormbricksMapping_workspaceId_connectorId_surveyId_ele' } }]],
    [`CREATE TABLE "${'é'.repeat(40)}" (a int)`, [{ kind: 'create_table', table: { name: 'é'.repeat(31) } }]],
    // A column's own collation after DEFAULT (supabase/storage, openfga): not part of the default.
    [`CREATE TABLE t (a text DEFAULT 'x' COLLATE "C" NOT NULL)`, [{ kind: 'create_table', columns: [{ name: 'a', type: expect.anything(), nullable: false, constraints: [], default: { text: "'x'", volatile: false }, collation: 'C' }] }]],
    [`CREATE UNIQUE INDEX i ON storage.objects (name COLLATE "C", bucket_id)`, [{ kind: 'create_index', elems: [{ column: 'name' }, { column: 'bucket_id' }] }]],
    // SET ROLE (pgstac) is the setting named role.
    ['SET ROLE pgstac_admin', [{ kind: 'set_setting', name: 'role', value: 'pgstac_admin', local: false }]],
    ['SET LOCAL ROLE "Admin"', [{ kind: 'set_setting', name: 'role', value: 'Admin', local: true }]],
    ['RESET ROLE', [{ kind: 'set_setting', name: 'role', value: 'DEFAULT', local: false }]],
  ];
  it.each(cases)('%s', async (sql, expected) => {
    await Promise.all([loadPgParser(), loadCstParser()]);
    const cst = mapCstStatement(sql, 'postgresql');
    expect(cst).toMatchObject(expected);
    expect(mapPgStatementSync(sql)).toEqual(cst);
  });
});

describe('SQLite DEFAULT followed by column constraints', () => {
  it('keeps NOT NULL and COLLATE out of the default (kamailio, opensips: `DEFAULT \'\' NOT NULL`)', async () => {
    const [op] = await parseSqlStatement("CREATE TABLE grp (username VARCHAR(64) DEFAULT '' NOT NULL, n INTEGER DEFAULT -1 NOTNULL, k TEXT DEFAULT 'x' COLLATE NOCASE NOT NULL, e INTEGER DEFAULT (1 + 2) NOT NULL, f TEXT DEFAULT 'y')", 'sqlite');
    if (op.kind !== 'create_table') throw new Error(op.kind);
    expect(op.columns.map((c) => [c.name, c.nullable, c.default?.text, c.collation])).toEqual([
      ['username', false, "''", undefined],
      ['n', false, '-1', undefined],
      ['k', false, "'x'", 'NOCASE'],
      ['e', false, '(1 + 2)', undefined],
      ['f', true, "'y'", undefined],
    ]);
    expect(await parseSqlStatement("ALTER TABLE t ADD COLUMN a TEXT DEFAULT '' NOT NULL", 'sqlite')).toMatchObject([{ kind: 'add_column', column: { nullable: false, default: { text: "''" } } }]);
  });
});
