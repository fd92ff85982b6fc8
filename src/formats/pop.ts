import type { Dialect } from '../model/dialect.js';
import { GOLANG_MIGRATE_NAME } from './golang-migrate.js';
import { baseName } from './paths.js';
import type { SourceFile } from './spec.js';

/**
 * Per-dialect migration files in a golang-migrate style folder, as gobuffalo/pop and Ory's
 * popx (Kratos, Hydra, Keto) write them: `{version}_{name}[.{dialect}][.autocommit].{up|down}.sql`.
 * `20200101000000_name.postgres.up.sql` runs on PostgreSQL only, `20200101000000_name.up.sql`
 * on every database that has no file of its own for that version; popx runs each file in a
 * transaction unless it is marked `.autocommit`. Read as one history, the folder would replay
 * every dialect's statements at once, each version several times.
 */
const POP_SUFFIX = /\.(postgres|postgresql|cockroach|cockroachdb|mysql|mariadb|sqlite|sqlite3)$/;
const AUTOCOMMIT = /\.autocommit$/;

/** The database a pop dialect suffix names (cockroach is its own: PostgreSQL never runs those). */
type PopDb = Dialect | 'cockroach';

const POP_DB: Record<string, PopDb> = {
  postgres: 'postgresql',
  postgresql: 'postgresql',
  cockroach: 'cockroach',
  cockroachdb: 'cockroach',
  mysql: 'mysql',
  mariadb: 'mariadb',
  sqlite: 'sqlite',
  sqlite3: 'sqlite',
};

interface PopName {
  version: string;
  /** The name without its dialect suffix. */
  name: string;
  direction: 'up' | 'down';
  db?: PopDb;
  autocommit: boolean;
}

function popName(path: string): PopName | undefined {
  const m = GOLANG_MIGRATE_NAME.exec(baseName(path));
  if (!m) return undefined;
  const autocommit = AUTOCOMMIT.test(m[2]);
  const rest = autocommit ? m[2].slice(0, -'.autocommit'.length) : m[2];
  const suffix = POP_SUFFIX.exec(rest);
  const name = suffix ? rest.slice(0, suffix.index) : rest;
  return { version: BigInt(m[1]).toString(), name, direction: m[3] as 'up' | 'down', db: suffix ? POP_DB[suffix[1]] : undefined, autocommit };
}

/** Whether popx runs the file outside a transaction (`….autocommit.up.sql`). */
export function isPopAutocommit(path: string): boolean {
  return popName(path)?.autocommit ?? false;
}

/** Whether the folder's files carry pop dialect suffixes. */
export function hasPopDialects(files: readonly SourceFile[]): boolean {
  return files.some((f) => popName(f.path)?.db !== undefined);
}

/**
 * The dialect the suffixes point to when they name only one Migra dialect (a folder of
 * `.mysql.up.sql` files); undefined when they name several, as Ory's folders do.
 */
export function popDialect(files: readonly SourceFile[]): Dialect | undefined {
  const dbs = new Set(files.map((f) => popName(f.path)?.db).filter((d): d is PopDb => d !== undefined && d !== 'cockroach'));
  return dbs.size === 1 ? [...dbs][0] as Dialect : undefined;
}

/**
 * The files one database runs: for each version and direction, its own file when there is
 * one, else the file without a suffix. MariaDB falls back to MySQL files before generic ones.
 */
export function popFilesFor(files: readonly SourceFile[], dialect: Dialect): SourceFile[] {
  const preference: (PopDb | undefined)[] = dialect === 'mariadb' ? ['mariadb', 'mysql', undefined] : [dialect, undefined];
  const best = new Map<string, { rank: number; file: SourceFile }>();
  const others: SourceFile[] = [];
  for (const f of files) {
    const p = popName(f.path);
    if (!p) {
      others.push(f);
      continue;
    }
    const rank = preference.indexOf(p.db);
    if (rank < 0) continue;
    const key = `${p.version}\u0000${p.direction}`;
    const seen = best.get(key);
    if (!seen || rank < seen.rank) best.set(key, { rank, file: f });
  }
  const kept = new Set([...best.values()].map((b) => b.file));
  return [...others, ...files.filter((f) => kept.has(f))];
}
