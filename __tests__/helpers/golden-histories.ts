import type { Dialect } from '../../src/model/dialect.js';
import type { Report } from '../../src/model/report.js';
import { DEMO_BASE, DEMO_PR } from '../../src/cli/demo-history.js';

/**
 * Histories whose full reports are recorded in __tests__/analyze/golden/ (analyze/golden-reports.test.ts).
 * They exist to prove that work on speed (copy-on-write replay, name indexes, rollback without
 * re-diffing, the parse cache) changes no byte of a report: each one reviews many statements of
 * many kinds, on tables with unnamed constraints and indexes, so the state before every reviewed
 * statement, the generated names and the rollback script all matter.
 */
export interface GoldenHistory {
  name: string;
  base: Record<string, string>;
  pr: Record<string, string>;
  dialect?: Dialect;
}

/** PostgreSQL statements of every kind replay and rollback model, on earlier tables. */
function pgStep(i: number): string {
  const t = `t${i}`;
  const p = `t${Math.max(1, i - 1)}`;
  const lines = [
    `CREATE TABLE ${t} (id bigserial PRIMARY KEY, name varchar(100) NOT NULL UNIQUE, parent_id bigint REFERENCES ${p} (id), qty integer CHECK (qty > 0), created_at timestamptz NOT NULL DEFAULT now());`,
    `CREATE INDEX ON ${t} (name);`,
    `CREATE INDEX ON ${t} (lower(name));`,
    `ALTER TABLE ${p} ADD COLUMN c${i} integer NOT NULL DEFAULT 0;`,
    `ALTER TABLE ${p} ADD CHECK (c${i} >= 0);`,
    `ALTER TABLE ${p} ADD UNIQUE (c${i}, name);`,
  ];
  switch (i % 9) {
    case 0:
      lines.push(`ALTER TABLE ${p} DROP COLUMN qty;`, `ALTER TABLE ${p} ALTER COLUMN name TYPE text;`);
      break;
    case 1:
      lines.push(`ALTER TABLE ${p} DROP CONSTRAINT ${p}_name_key;`, `DROP INDEX ${p}_name_idx;`);
      break;
    case 2:
      lines.push(`ALTER TABLE ${p} RENAME COLUMN qty TO quantity;`, `ALTER TABLE ${p} ALTER COLUMN created_at DROP NOT NULL;`);
      break;
    case 3:
      lines.push(`CREATE TYPE mood${i} AS ENUM ('a', 'b');`, `ALTER TABLE ${t} ADD COLUMN mood mood${i};`, `ALTER TYPE mood${i} ADD VALUE 'c';`);
      break;
    case 4:
      lines.push(`CREATE INDEX CONCURRENTLY ON ${p} (created_at);`, `ALTER TABLE ${p} ALTER COLUMN name SET DEFAULT 'x';`, `UPDATE ${p} SET qty = 1;`);
      break;
    case 5:
      lines.push(`ALTER TABLE ${p} RENAME TO ${p}_old;`, `ALTER TABLE ${p}_old RENAME TO ${p};`, `ALTER TABLE ${t} ADD CONSTRAINT ${t}_parent_fk FOREIGN KEY (parent_id) REFERENCES ${p} (id) NOT VALID;`);
      break;
    case 6:
      lines.push(`CREATE TABLE scratch${i} (id int PRIMARY KEY, ref bigint REFERENCES ${p} (id));`, `DROP TABLE scratch${i};`, `ALTER TABLE ${p} ALTER COLUMN qty SET NOT NULL;`);
      break;
    case 7:
      lines.push(`CREATE VIEW v${i} AS SELECT id FROM ${p};`, `DROP VIEW v${i};`, `ALTER INDEX ${t}_lower_idx RENAME TO ${t}_lower_name_idx;`);
      break;
    case 8:
      lines.push(`CREATE SCHEMA s${i};`, `CREATE TABLE s${i}.x (id int PRIMARY KEY, name text UNIQUE);`, `CREATE INDEX ON s${i}.x (name);`, `DROP SCHEMA s${i} CASCADE;`);
      break;
  }
  return lines.join('\n') + '\n';
}

function mysqlStep(i: number): string {
  const t = `t${i}`;
  const p = `t${Math.max(1, i - 1)}`;
  const lines = [
    `CREATE TABLE ${t} (id bigint AUTO_INCREMENT PRIMARY KEY, name varchar(100) NOT NULL, parent_id bigint, qty int, UNIQUE KEY (name), FOREIGN KEY (parent_id) REFERENCES ${p} (id)) ENGINE=InnoDB;`,
    `CREATE INDEX ${t}_qty ON ${t} (qty);`,
    `ALTER TABLE ${p} ADD COLUMN c${i} int NOT NULL DEFAULT 0 AFTER name;`,
    `ALTER TABLE ${p} ADD INDEX (c${i});`,
  ];
  if (i % 3 === 0) lines.push(`ALTER TABLE ${p} DROP COLUMN qty;`, `ALTER TABLE ${p} MODIFY name varchar(50) NOT NULL;`);
  if (i % 3 === 1) lines.push(`ALTER TABLE ${p} DROP INDEX c${i};`, `ALTER TABLE ${p} RENAME COLUMN qty TO quantity;`);
  if (i % 3 === 2) lines.push(`ALTER TABLE ${p} ADD CONSTRAINT CHECK (c${i} >= 0);`, `ALTER TABLE ${t} DROP FOREIGN KEY ${t}_ibfk_1;`);
  return lines.join('\n') + '\n';
}

function sqliteStep(i: number): string {
  const t = `t${i}`;
  const p = `t${Math.max(1, i - 1)}`;
  const lines = [
    `CREATE TABLE ${t} (id integer PRIMARY KEY, name text NOT NULL UNIQUE, parent_id integer REFERENCES ${p} (id), qty integer CHECK (qty > 0));`,
    `CREATE INDEX ${t}_name ON ${t} (name);`,
    `ALTER TABLE ${p} ADD COLUMN c${i} integer;`,
  ];
  if (i % 2 === 0) lines.push(`ALTER TABLE ${p} DROP COLUMN c${i};`, `DROP INDEX ${t}_name;`);
  else lines.push(`ALTER TABLE ${p} RENAME COLUMN qty TO quantity;`, `ALTER TABLE ${p} RENAME TO ${p}_x;`, `ALTER TABLE ${p}_x RENAME TO ${p};`);
  return lines.join('\n') + '\n';
}

function files(dir: string, ext: string, from: number, to: number, step: (i: number) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = from; i <= to; i++) out[`${dir}/${String(i).padStart(4, '0')}_step.${ext}`] = step(i);
  return out;
}

export const GOLDEN_HISTORIES: GoldenHistory[] = [
  { name: 'demo', base: DEMO_BASE, pr: DEMO_PR },
  // A PR on a long history, and a PR that adds most of the history (every statement under review).
  { name: 'postgresql-pr', base: files('db/migrations', 'sql', 1, 40, pgStep), pr: files('db/migrations', 'sql', 41, 45, pgStep) },
  { name: 'postgresql-all', base: files('db/migrations', 'sql', 1, 2, pgStep), pr: files('db/migrations', 'sql', 3, 40, pgStep) },
  { name: 'mysql-all', dialect: 'mysql', base: files('db/migrations', 'sql', 1, 2, mysqlStep), pr: files('db/migrations', 'sql', 3, 30, mysqlStep) },
  { name: 'sqlite-all', dialect: 'sqlite', base: files('db/migrations', 'sql', 1, 2, sqliteStep), pr: files('db/migrations', 'sql', 3, 30, sqliteStep) },
];

/** A report as JSON without its timings, the part that must not change. */
export function stableReport(report: Report): string {
  const { timings: _timings, ...rest } = report;
  return JSON.stringify(rest, null, 2) + '\n';
}
