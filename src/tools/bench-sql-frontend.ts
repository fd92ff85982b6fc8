/**
 * Throughput of the SQL front end on generated migrations of mixed DDL:
 *   node --import tsx src/tools/bench-sql-frontend.ts [statements]
 * Prints statements per second for splitting alone and for the whole front end, per dialect.
 */
import { parseSqlFile } from '../frontends/sql/index.js';
import { splitStatements } from '../frontends/sql/split.js';
import type { Dialect } from '../model/dialect.js';

const PG: ((i: number) => string)[] = [
  (i) => `CREATE TABLE t${i} (\n  id bigserial PRIMARY KEY,\n  email varchar(255) NOT NULL UNIQUE,\n  org_id bigint REFERENCES orgs (id) ON DELETE CASCADE,\n  created_at timestamptz NOT NULL DEFAULT now(),\n  data jsonb DEFAULT '{}'::jsonb\n);`,
  (i) => `ALTER TABLE t${i} ADD COLUMN c${i} integer NOT NULL DEFAULT 0;`,
  (i) => `CREATE INDEX CONCURRENTLY t${i}_email_idx ON t${i} (lower(email)) WHERE deleted_at IS NULL;`,
  (i) => `ALTER TABLE t${i} ADD CONSTRAINT t${i}_fk FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID;`,
  (i) => `ALTER TABLE t${i} VALIDATE CONSTRAINT t${i}_fk;`,
  (i) => `-- backfill ${i}\nUPDATE t${i} SET email = lower(email) WHERE id < ${i};`,
  (i) => `DROP INDEX IF EXISTS t${i}_old_idx;`,
  () => `SET lock_timeout = '5s';`,
  (i) => `CREATE OR REPLACE FUNCTION f${i}() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;`,
  (i) => `ALTER TABLE t${i} ALTER COLUMN email TYPE text, ALTER COLUMN email SET NOT NULL;`,
  // sql-parser-cst has no VACUUM: these take the libpg-query path.
  (i) => `VACUUM ANALYZE t${i};`,
  (i) => `CREATE TYPE e${i} AS ENUM ('a', 'b', 'c');`,
];

const SQLITE: ((i: number) => string)[] = [
  (i) => `CREATE TABLE t${i} (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, created_at DATETIME DEFAULT CURRENT_TIMESTAMP);`,
  (i) => `ALTER TABLE t${i} ADD COLUMN c${i} INTEGER NOT NULL DEFAULT 0;`,
  (i) => `CREATE INDEX t${i}_email ON t${i} (email);`,
  (i) => `CREATE TRIGGER tr${i} AFTER UPDATE ON t${i} BEGIN\n  UPDATE t${i} SET c${i} = c${i} + 1 WHERE id = new.id;\nEND;`,
  (i) => `DROP INDEX IF EXISTS t${i}_old;`,
  () => `PRAGMA foreign_keys = OFF;`,
];

function generate(templates: ((i: number) => string)[], n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(templates[i % templates.length](i));
  return parts.join('\n');
}

async function run(dialect: Dialect, text: string, n: number): Promise<void> {
  // Warm up (JIT, and the WASM parser for PostgreSQL).
  await parseSqlFile(generate(dialect === 'sqlite' ? SQLITE : PG, 50), { file: 'warm.sql', dialect });
  let t0 = performance.now();
  const rounds = 10;
  for (let r = 0; r < rounds; r++) splitStatements(text, dialect);
  const splitMs = (performance.now() - t0) / rounds;
  t0 = performance.now();
  const ops = await parseSqlFile(text, { file: 'bench.sql', dialect });
  const ms = performance.now() - t0;
  const unparsed = ops.filter((o) => o.kind === 'unparsed').length;
  const rate = (x: number) => Math.round((n / x) * 1000).toLocaleString('en');
  console.log(`${dialect}: ${n} statements, ${(text.length / 1024).toFixed(0)} KiB, ${ops.length} operations, ${unparsed} unparsed`);
  console.log(`  split        ${splitMs.toFixed(1)} ms  (${rate(splitMs)} statements/s)`);
  console.log(`  front end    ${ms.toFixed(0)} ms  (${rate(ms)} statements/s)`);
}

const n = Number(process.argv[2] ?? 5000);
await run('postgresql', generate(PG, n), n);
await run('sqlite', generate(SQLITE, n), n);
