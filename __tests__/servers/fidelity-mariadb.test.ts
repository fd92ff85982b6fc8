// The replayed model against a real MariaDB catalog (information_schema), fact by fact, on a history
// of our own holding what real MySQL histories (umami, CTFd, kratos) showed: TIMESTAMP(0), DEFAULT "",
// BOOLEAN, JSON (LONGTEXT + CHECK on MariaDB), unnamed foreign keys and the index InnoDB gives them.
import { parseMigrationFile } from '../../src/frontends/index.js';
import type { MigrationFile } from '../../src/model/migration.js';
import { emptySchema } from '../../src/model/schema.js';
import { applyOp } from '../../src/schema/replay.js';
import { applyHistory, type HistoryEngine } from '../../src/verify/apply-history.js';
import { Budget } from '../../src/verify/budget.js';
import { mysqlCatalogFacts, mysqlColumnType } from '../../src/verify/catalog-mysql.js';
import { compareFacts, modelFacts } from '../../src/verify/facts.js';
import { openServer } from '../../src/verify/server.js';
import { parseServerUrl } from '../../src/verify/server-url.js';
import { startMariadb, type TestServer } from '../helpers/servers.js';

let server: TestServer;
beforeAll(async () => {
  server = await startMariadb();
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

function file(path: string, up: string): MigrationFile {
  return { path, version: path, name: path, language: 'sql', up, hasDown: false, transaction: 'per-file', blobId: path };
}

const HISTORY = [
  file(
    '001_init.sql',
    `CREATE TABLE team (
       id INT NOT NULL AUTO_INCREMENT,
       name VARCHAR(80) NOT NULL,
       created_at TIMESTAMP(0) NOT NULL DEFAULT CURRENT_TIMESTAMP(0),
       hidden BOOLEAN DEFAULT false,
       note VARCHAR(10) NOT NULL DEFAULT "",
       settings JSON,
       PRIMARY KEY (id),
       UNIQUE (name)
     );
     CREATE TABLE member (
       id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
       team_id INT,
       score DECIMAL(10,2),
       kind ENUM('a','b') NOT NULL DEFAULT 'a',
       seen DATETIME(3),
       FOREIGN KEY (team_id) REFERENCES team (id) ON DELETE CASCADE
     );`,
  ),
  file('002_more.sql', 'CREATE INDEX member_kind ON member (kind, seen);\nALTER TABLE member ADD COLUMN code CHAR NOT NULL;'),
];

describe('replayed model = MariaDB catalog', () => {
  it('every fact of a MySQL history with display widths, TIMESTAMP(0), DEFAULT "", JSON and an unnamed foreign key', async () => {
    const schema = emptySchema('mysql');
    for (const f of HISTORY) for (const op of await parseMigrationFile(f, 'mysql')) applyOp(schema, op);
    const db = await openServer(parseServerUrl(server.adminUrl), new Budget());
    const engine: HistoryEngine = { dialect: 'mysql', version: db.name, exec: (sql) => db.exec(sql), query: (sql) => db.query<Record<string, unknown>>(sql), close: () => db.close() };
    try {
      const applied = await applyHistory(engine, HISTORY);
      expect(applied.skipped).toEqual([]);
      const c = compareFacts(modelFacts(schema), await mysqlCatalogFacts(engine));
      expect(c.diffs).toEqual([]);
      // The comparison did look at both tables, their keys and the index InnoDB made for the foreign key.
      expect(c.total).toBeGreaterThan(35);
    } finally {
      await engine.close();
    }
  });
});

describe('MySQL COLUMN_TYPE', () => {
  it('reads display widths, unsigned, TINYINT(1) and enums as the model canonical types', () => {
    expect(['int(11)', 'bigint(20) unsigned', 'tinyint(1)', 'tinyint(4)', "enum('a','it''s')", 'decimal(10,0)', 'timestamp', 'datetime(3)', 'char(1)'].map(mysqlColumnType)).toEqual([
      'integer',
      'bigint unsigned',
      'boolean',
      'tinyint',
      "enum('a', 'it''s')",
      'numeric(10, 0)',
      'timestamp',
      'datetime(3)',
      'char(1)',
    ]);
  });
});
