import type { Dialect } from '../model/dialect.js';
import { MigraError } from '../model/errors.js';
import type { FormatId, MigrationSet, TreeView } from '../model/migration.js';
import { DBMATE_MARKER, DBMATE_NAME } from './dbmate.js';
import { DIESEL_CONFIG as DIESEL_TOML, dieselConfigFor, dieselConfigs, dieselSetDir, isHasuraMigrationsDir, type DieselConfig } from './diesel.js';
import { isAlembicConfig } from './alembic.js';
import { ATLAS_SUM } from './atlas.js';
import { alembicEnvs, inVersionDirs, type AlembicEnv } from './alembic-config.js';
import { canDefer, keepSet, keptSet, keepTree, keptTree, planKey, treeKey, type DetectCache, type SyncTree } from './detect-cache.js';
import { dialectFromContent } from './dialect-hints.js';
import { readShared, type DetectShared } from './detect-shared.js';
import { flywayRoot, isFlywayName } from './flyway.js';
import { GOLANG_MIGRATE_NAME } from './golang-migrate.js';
import { GOOSE_MARKER } from './goose.js';
import { hasPopDialects, isPopAutocommit, popDialect, popFilesFor } from './pop.js';
import { baseName, dirOf, ignoreMatcher, isExcludedName, isExcludedPath, isMigrationDir, isUnder, joinPath, normalizeDir } from './paths.js';
import { PRISMA_FOLDER, PRISMA_LOCK, prismaLockDialect, prismaSetDir } from './prisma.js';
import { guessPythonFormat, pythonPlans } from './python-plans.js';
import { FORMAT_SPECS, isSupportedFormat, type SupportedFormat } from './registry.js';
import type { SourceFile } from './spec.js';
import { inSqlxCrate, sqlxHints, type SqlxHints } from './sqlx.js';
import { isSupabaseDir } from './supabase.js';
import { isFormattedSql } from './liquibase.js';
import { loadChangelogReaders } from './liquibase-changelog.js';
import { guessToolFormat, liquibaseMasters, toolPlans } from './tool-plans.js';
import { dumpFiles, dumpHeaderDialect, dumpPlans, isDeclarativeSchemaDir, isDumpPath } from './schema-dump.js';

export interface SetConfig {
  path: string;
  format?: FormatId;
  dialect?: Dialect;
}

export interface DetectOptions {
  config?: {
    /** Dialect for every set that neither names its own nor has a migration_lock.toml. */
    dialect?: Dialect;
    /** Sets named explicitly; when present, nothing outside them is detected. */
    sets?: SetConfig[];
    /** Path prefixes (with `*`, `**`, `?`) whose files are never read. */
    ignorePaths?: string[];
  };
  /** Used when nothing else decides the dialect; default postgresql. */
  defaultDialect?: Dialect;
  /** Sets found by earlier runs (detect-cache.ts); used with a tree that can read synchronously. */
  cache?: DetectCache;
  /** Work shared with the detection of another commit of the same repository (detect-shared.ts). */
  shared?: DetectShared;
}

/** A set to build: its folder, its format (or 'content' when markers inside the files decide) and its files. */
interface Plan {
  dir: string;
  format: SupportedFormat | 'content';
  /** For 'content': whether unmarked numbered files count as plain migrations. */
  allowPlain: boolean;
  /** For 'content': the format unmarked files are read as when allowed (the tool the folder's surroundings name). */
  unmarked?: 'plain' | 'sqlx' | 'atlas';
  paths: string[];
  configured?: SetConfig;
  /** Alembic environments named by a config: where their revision scripts are. */
  versionDirs?: { dirs: string[]; recursive: boolean };
}

/**
 * Find the migration sets of a tree and order their files.
 *
 * Without configured sets, a folder becomes a set only when it holds a file that follows a
 * migration tool's naming scheme (and, for plain numbered files, when the folder is named like a
 * migrations folder); dependency, test-fixture and build folders are skipped. With configured
 * sets, exactly those folders are read, wherever they are.
 */
export async function detectSets(tree: TreeView, opts: DetectOptions = {}): Promise<MigrationSet[]> {
  // A tree seen before: its sets come back whole (detect-cache.ts), texts unread.
  const cache = opts.cache && canDefer(tree) ? opts.cache : undefined;
  const options = { dialect: opts.config?.dialect ?? null, sets: opts.config?.sets ?? null, ignorePaths: opts.config?.ignorePaths ?? null, defaultDialect: opts.defaultDialect ?? null };
  const whole = cache && treeKey(cache, tree, options);
  const seen = whole ? keptTree(cache, whole, tree as SyncTree) : undefined;
  if (seen) return sortSets(seen);
  const ignored = ignoreMatcher(opts.config?.ignorePaths);
  const visible = tree.paths.filter((p) => !ignored(p));
  const configured = opts.config?.sets;
  // diesel.toml names the Diesel migrations folder and may say which database it is for.
  const diesel = await dieselConfigs(tree, visible);
  // A Cargo.toml naming sqlx (or a .sqlx/ query cache, a sqlx.toml) above a folder of numbered files.
  const sqlx = await sqlxHints(tree, visible);
  let plans: Plan[];
  if (configured && configured.length > 0) plans = configuredPlans(visible, configured, diesel, sqlx);
  else {
    // alembic.ini / pyproject.toml name Alembic environments and where their revisions are.
    const configPaths = visible.filter((p) => isAlembicConfig(p));
    const configTexts = configPaths.length ? await tree.read(configPaths) : new Map<string, string>();
    const configs = configPaths.flatMap((path) => {
      const text = configTexts.get(path);
      return text === undefined || (path.endsWith('.toml') && !text.includes('tool.alembic')) ? [] : [{ path, text, blobId: '' }];
    });
    plans = autoPlans(visible, alembicEnvs(configs), await liquibaseMasters(tree, visible), diesel, sqlx, opts.shared?.folders, opts.shared?.files);
  }

  // A set kept from an earlier run for the same plan and the same blobs is not read at all.
  const readsOf = (p: Plan) => (p.format === 'prisma' ? [...p.paths, joinPath(p.dir, PRISMA_LOCK)] : p.paths);
  const dialectOptions = { dialect: opts.config?.dialect ?? null, defaultDialect: opts.defaultDialect ?? null };
  const keys = cache ? plans.map((p) => planKey(cache, tree, planFacts(p), readsOf(p), dialectOptions)) : [];
  const kept = plans.map((p, i) => (cache ? keptSet(cache, keys[i], p.dir, tree as SyncTree) : undefined));
  const texts = await readShared(tree, [...new Set(plans.flatMap((p, i) => (kept[i] === undefined ? readsOf(p) : [])))], opts.shared);
  const source = (paths: readonly string[]): SourceFile[] =>
    paths.flatMap((path) => {
      const text = texts.get(path);
      return text === undefined ? [] : [{ path, text, blobId: tree.blobId(path) ?? '' }];
    });

  const sets: MigrationSet[] = [];
  let keptAll = true;
  for (const [i, plan] of plans.entries()) {
    const found = kept[i] === undefined ? await buildSet(plan, source(plan.paths), texts, opts) : (kept[i] ?? undefined);
    if (cache && kept[i] === undefined) keptAll = keepSet(cache, keys[i], found, texts, opts.shared?.digests) && keptAll;
    if (found) sets.push(found);
  }
  if (cache && whole && keptAll) keepTree(cache, whole, plans.map((p, i) => ({ dir: p.dir, key: keys[i] })));
  return sortSets(sets);
}

function sortSets(sets: MigrationSet[]): MigrationSet[] {
  return sets.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
}

/** A plan's set, from its files' texts; undefined when none of them is a migration of its format. */
async function buildSet(plan: Plan, read: SourceFile[], texts: ReadonlyMap<string, string>, opts: DetectOptions): Promise<MigrationSet | undefined> {
  let files = read;
  // A file found by its name alone is a dump only when its content says so.
  if (plan.format === 'schema-dump' && !plan.configured) files = dumpFiles(plan.dir, files);
  const format = plan.format === 'content' ? formatFromContent(files, plan.allowPlain, plan.unmarked) : plan.format;
  if (!format) return undefined;
  // gobuffalo/pop per-dialect files (`…_name.postgres.up.sql`): keep what one database runs.
  let pop: [Dialect, MigrationSet['dialectSource']] | undefined;
  if (format === 'golang-migrate' && hasPopDialects(files)) {
    pop = decidePopDialect(plan.configured, files, opts);
    files = popFilesFor(files, pop[0]);
  }
  const spec = FORMAT_SPECS[format];
  if (format === 'liquibase') await loadChangelogReaders();
  const owned = files.filter((f) => (plan.versionDirs ? inVersionDirs(f.path, plan.versionDirs.dirs, plan.versionDirs.recursive) : spec.owns(plan.dir, f.path)));
  let migrations = spec.build(plan.dir, owned);
  // popx runs each file in a transaction of its own, `.autocommit` files outside one.
  if (pop) for (const m of migrations) m.transaction = isPopAutocommit(m.path) ? 'none' : 'per-file';
  if (migrations.length === 0 && !plan.configured?.format) return undefined;
  const lock = format === 'prisma' ? texts.get(joinPath(plan.dir, PRISMA_LOCK)) : undefined;
  const [dialect, dialectSource] = pop ?? decideDialect(format, plan.configured, lock, migrations.map((m) => m.up), opts, spec.dialect?.(files));
  // What runs may depend on the database (Liquibase `dbms:` changesets), known only now.
  if (spec.perDialect) migrations = spec.build(plan.dir, owned, dialect);
  return { id: plan.dir, dir: plan.dir, format, dialect, dialectSource, files: migrations, supportsDown: spec.supportsDown, ...(plan.versionDirs ? { versionDirs: plan.versionDirs } : {}) };
}

/** What of a plan decides its set, besides the files it reads. */
function planFacts(p: Plan): unknown {
  return { dir: p.dir, format: p.format, allowPlain: p.allowPlain, unmarked: p.unmarked ?? null, configured: p.configured ?? null, versionDirs: p.versionDirs ?? null };
}

/** goose and dbmate files carry markers; unmarked numbered files are plain (or sqlx's, Atlas's) when allowed. */
function formatFromContent(files: readonly SourceFile[], allowPlain: boolean, unmarked: Plan['unmarked'] = 'plain'): SupportedFormat | undefined {
  if (files.some((f) => GOOSE_MARKER.test(f.text))) return 'goose';
  if (files.some((f) => DBMATE_MARKER.test(f.text))) return 'dbmate';
  if (files.some((f) => isFormattedSql(f.text))) return 'liquibase';
  return allowPlain ? unmarked : undefined;
}

/**
 * Databases Migra does not review (umami keeps ClickHouse migrations in db/clickhouse/migrations
 * next to its Prisma sets): a folder named after one holds no set of ours, unless configured.
 */
const OTHER_DATABASES = new Set(['clickhouse', 'cassandra', 'scylla', 'scylladb', 'mssql', 'sqlserver', 'oracle', 'snowflake', 'bigquery', 'duckdb']);

function isOtherDatabasePath(path: string): boolean {
  return path.split('/').slice(0, -1).some((seg) => OTHER_DATABASES.has(seg.toLowerCase()));
}

/**
 * The paths a set may hold: none under an excluded folder (tests, vendored code …) or a folder
 * of another database, and none named like an excluded folder. Each folder is judged once: a
 * repository's paths are mostly files of the same folders, and splitting every path into
 * lower-cased segments was most of the work. `folderOk`, `fileOk`: verdicts on folders and on
 * files (shared with the other commit's detection, which then judges only the paths it alone has).
 */
function candidatePaths(visible: readonly string[], folderOk = new Map<string, boolean>(), fileOk = new Map<string, boolean>()): string[] {
  return visible.filter((p) => {
    let ok = fileOk.get(p);
    if (ok !== undefined) return ok;
    const slash = p.lastIndexOf('/');
    const dir = slash < 0 ? '' : p.slice(0, slash);
    ok = folderOk.get(dir);
    if (ok === undefined) folderOk.set(dir, (ok = slash < 0 || (!isExcludedPath(dir) && !isOtherDatabasePath(`${dir}/`))));
    ok &&= !isExcludedName(p.slice(slash + 1));
    fileOk.set(p, ok);
    return ok;
  });
}

function autoPlans(
  visible: readonly string[],
  alembicEnvironments: readonly AlembicEnv[] = [],
  liquibaseMasterPaths: readonly string[] = [],
  dieselTomls: readonly DieselConfig[] = [],
  sqlx: SqlxHints = { roots: [], dirs: [] },
  folderOk?: Map<string, boolean>,
  fileOk?: Map<string, boolean>,
): Plan[] {
  const candidates = candidatePaths(visible, folderOk, fileOk);
  const taken = new Set<string>();
  const usedDirs = new Set<string>();
  const plans: Plan[] = [];
  const add = (plan: Plan) => {
    if (usedDirs.has(plan.dir)) return;
    usedDirs.add(plan.dir);
    plans.push(plan);
    plan.paths.forEach((p) => taken.add(p));
  };

  // Django projects and Alembic environments: Python files, taken before any SQL format looks.
  for (const plan of pythonPlans(candidates, alembicEnvironments)) add({ ...plan, allowPlain: false });

  // drizzle-kit journals, sqitch.plan files and Liquibase master changelogs announce their sets.
  for (const plan of toolPlans(candidates.filter((p) => !taken.has(p)), liquibaseMasterPaths)) add({ ...plan, allowPlain: false });

  // Prisma: folders of migration.sql files, next to a migration_lock.toml or named <timestamp>_<name>.
  const present = new Set(candidates);
  for (const [dir, paths] of groupBy(candidates, prismaSetDir)) {
    const numbered = paths.some((p) => PRISMA_FOLDER.test(baseName(dirOf(p))));
    if (numbered || present.has(joinPath(dir, PRISMA_LOCK))) add({ dir, format: 'prisma', allowPlain: false, paths });
  }

  // Diesel: folders of up.sql files named <version>_<name>, or whatever folder a diesel.toml names.
  const dieselDirs = new Set([
    ...dieselTomls.flatMap((c) => (c.dir !== undefined && candidates.some((p) => baseName(p) === 'up.sql' && FORMAT_SPECS.diesel.owns(c.dir!, p)) ? [c.dir] : [])),
    ...candidates.flatMap((p) => (taken.has(p) ? [] : (dieselSetDir(p) ?? []))).filter((dir) => !isHasuraMigrationsDir(dir, present)),
  ]);
  for (const dir of dieselDirs) add({ dir, format: 'diesel', allowPlain: false, paths: dieselPaths(dir, candidates.filter((p) => !taken.has(p)), dieselTomls) });

  // Flyway: V/R/B/U file names are distinctive anywhere; one set per migration root.
  const flywayFiles = candidates.filter((p) => !taken.has(p) && isFlywayName(baseName(p)));
  for (const dir of new Set(flywayFiles.map(flywayRoot))) {
    add({ dir, format: 'flyway', allowPlain: false, paths: candidates.filter((p) => !taken.has(p) && FORMAT_SPECS.flyway.owns(dir, p)) });
  }

  // Flat formats: one folder, numbered .sql files.
  const flat = candidates.filter((p) => !taken.has(p) && p.endsWith('.sql'));
  for (const [dir, paths] of groupBy(flat, dirOf)) {
    const names = paths.map(baseName);
    const atlasSum = present.has(joinPath(dir, ATLAS_SUM));
    if (isSupabaseDir(dir) && names.some((n) => FORMAT_SPECS.supabase.owns(dir, joinPath(dir, n)))) {
      add({ dir, format: 'supabase', allowPlain: false, paths });
    } else if (isSqlxDir(dir, names, sqlx) && (!atlasSum || sqlx.dirs.includes(dir))) {
      // A crate that uses sqlx: its `sqlx::migrate!()` / `sqlx migrate run` applies these, reversible pairs included.
      // An atlas.sum in the folder itself says more than a Cargo.toml above it, unless sqlx.toml names the folder.
      add({ dir, format: 'content', allowPlain: true, unmarked: 'sqlx', paths: paths.filter((p) => FORMAT_SPECS.sqlx.owns(dir, p)) });
    } else if (names.some((n) => GOLANG_MIGRATE_NAME.test(n))) {
      add({ dir, format: 'golang-migrate', allowPlain: false, paths });
    } else if (atlasSum) {
      // Atlas keeps an atlas.sum next to its migration files, whatever the folder is called, and applies every .sql file there.
      add({ dir, format: 'content', allowPlain: true, unmarked: 'atlas', paths: paths.filter((p) => FORMAT_SPECS.atlas.owns(dir, p)) });
    } else if (names.some((n) => DBMATE_NAME.test(n))) {
      add({ dir, format: 'content', allowPlain: isMigrationDir(dir), paths: paths.filter((p) => DBMATE_NAME.test(baseName(p))) });
    }
  }
  // Schema dumps: whole-schema files, compared as a whole rather than replayed as history. A Django
  // set's folder is the project root, which says nothing about the files in it.
  for (const plan of dumpPlans(candidates, taken, plans.filter((p) => p.format !== 'django').map((p) => p.dir))) add({ ...plan, format: 'schema-dump', allowPlain: false });
  return plans;
}

function configuredPlans(visible: readonly string[], sets: readonly SetConfig[], dieselTomls: readonly DieselConfig[] = [], sqlx: SqlxHints = { roots: [], dirs: [] }): Plan[] {
  const seen = new Set<string>();
  const plans: Plan[] = [];
  sets.forEach((cfg, i) => {
    const where = `sets[${i}] (${cfg.path})`;
    let dir = normalizeDir(cfg.path);
    if (seen.has(dir)) throw new MigraError(`${where}: the same folder is configured twice`);
    seen.add(dir);
    if (cfg.format && !isSupportedFormat(cfg.format)) {
      throw new MigraError(`${where}: format '${cfg.format}' is not supported yet; supported formats are ${Object.keys(FORMAT_SPECS).join(', ')}`);
    }
    // A schema dump may be configured by its file path.
    const inside = isDumpPath(dir) && visible.includes(dir) ? [dir] : visible.filter((p) => isUnder(p, dir) && p !== dir);
    let format = (cfg.format as SupportedFormat | undefined) ?? guessFormat(dir, inside);
    // A folder named without a format: sqlx's in a crate that uses it, Atlas's next to an atlas.sum.
    let unmarked: Plan['unmarked'];
    if (!cfg.format && (format === 'content' || format === 'golang-migrate')) {
      if (inSqlxCrate(dir, sqlx) && inside.some((p) => FORMAT_SPECS.sqlx.owns(dir, p))) [format, unmarked] = ['content', 'sqlx'];
      else if (format === 'content' && inside.includes(joinPath(dir, ATLAS_SUM))) unmarked = 'atlas';
    }
    if (format === 'prisma' && !inside.some((p) => prismaSetDir(p) === dir)) {
      // `path: prisma` names the schema folder; the migrations live one level down.
      const sub = joinPath(dir, 'migrations');
      if (inside.some((p) => prismaSetDir(p) === sub)) dir = sub;
    }
    if (format === 'diesel' && !hasDieselUp(dir, inside)) {
      // `path: .` names the crate; its migrations are where its diesel.toml says, else in migrations/.
      const named = dieselTomls.find((c) => c.path === joinPath(dir, DIESEL_TOML))?.dir;
      const sub = [named, joinPath(dir, 'migrations')].find((d) => d !== undefined && hasDieselUp(d, inside));
      if (sub !== undefined) dir = sub;
    }
    if (format === undefined) {
      if (inside.some((p) => p.endsWith('.sql'))) {
        throw new MigraError(`${where}: no file there is named like a migration of a known format; set \`format\` (${Object.keys(FORMAT_SPECS).join(', ')})`);
      }
      return;
    }
    const paths =
      format === 'content'
        ? inside.filter((p) => (unmarked && unmarked !== 'plain' ? FORMAT_SPECS[unmarked].owns(dir, p) : dirOf(p) === dir && DBMATE_NAME.test(baseName(p))))
        : format === 'diesel'
          ? dieselPaths(dir, visible, dieselTomls)
          : inside.filter((p) => FORMAT_SPECS[format].owns(dir, p));
    plans.push({ dir, format, allowPlain: true, unmarked, paths, configured: cfg });
  });
  return plans;
}

/** Whether a folder holds a Diesel migration (any folder with an up.sql, as Diesel reads it). */
function hasDieselUp(dir: string, inside: readonly string[]): boolean {
  return inside.some((p) => baseName(p) === 'up.sql' && FORMAT_SPECS.diesel.owns(dir, p));
}

/** A Diesel set's files, with its diesel.toml (read for the dialect, never built). */
function dieselPaths(dir: string, paths: readonly string[], tomls: readonly DieselConfig[]): string[] {
  const toml = dieselConfigFor(dir, tomls);
  return [...paths.filter((p) => FORMAT_SPECS.diesel.owns(dir, p)), ...(toml ? [toml] : [])];
}

/** The format of a configured folder whose format was not given, by its files' names. */
function guessFormat(dir: string, inside: readonly string[]): SupportedFormat | 'content' | undefined {
  const tool = guessToolFormat(dir, inside);
  if (tool) return tool;
  if ((isDumpPath(dir) && inside.includes(dir)) || isDeclarativeSchemaDir(dir)) return 'schema-dump';
  if (inside.some((p) => prismaSetDir(p) === dir || prismaSetDir(p) === joinPath(dir, 'migrations'))) return 'prisma';
  if (hasDieselUp(dir, inside) || inside.some((p) => dieselSetDir(p) === joinPath(dir, 'migrations')) || inside.includes(joinPath(dir, DIESEL_TOML))) return 'diesel';
  if (inside.some((p) => isFlywayName(baseName(p)))) return 'flyway';
  const python = guessPythonFormat(inside);
  if (python) return python;
  const names = inside.filter((p) => dirOf(p) === dir).map(baseName);
  if (isSupabaseDir(dir) && names.some((n) => /^\d+_.*\.sql$/s.test(n))) return 'supabase';
  if (names.some((n) => GOLANG_MIGRATE_NAME.test(n))) return 'golang-migrate';
  if (names.some((n) => DBMATE_NAME.test(n))) return 'content';
  return undefined;
}

function decideDialect(
  format: SupportedFormat,
  configured: SetConfig | undefined,
  lock: string | undefined,
  texts: readonly string[],
  opts: DetectOptions,
  fromSettings?: Dialect,
): [Dialect, MigrationSet['dialectSource']] {
  if (configured?.dialect) return [configured.dialect, 'config'];
  const fromDumpHeader = format === 'schema-dump' ? dumpHeaderDialect(texts) : undefined;
  if (fromDumpHeader) return [fromDumpHeader, 'content'];
  const fromLock = lock === undefined ? undefined : prismaLockDialect(lock);
  if (fromLock) return [fromLock, 'migration_lock.toml'];
  if (opts.config?.dialect) return [opts.config.dialect, 'config'];
  // Supabase is PostgreSQL by definition; content hints could only get it wrong.
  if (format === 'supabase') return ['postgresql', 'default'];
  // Django settings / alembic.ini name the database; Python text gives no reliable SQL hints.
  if (fromSettings) return [fromSettings, 'settings'];
  if (format === 'django' || format === 'alembic') return [opts.defaultDialect ?? 'postgresql', 'default'];
  const fromContent = dialectFromContent(texts, opts.shared?.hints);
  if (fromContent) return [fromContent, 'content'];
  return [opts.defaultDialect ?? 'postgresql', 'default'];
}

/**
 * The dialect of a folder of pop per-dialect files: the configured one, else the one the file
 * suffixes name when they name only one; a folder written for several databases (Ory's) has
 * no dialect of its own, and its SQL mixes them all, so content hints are not asked.
 */
function decidePopDialect(configured: SetConfig | undefined, files: readonly SourceFile[], opts: DetectOptions): [Dialect, MigrationSet['dialectSource']] {
  if (configured?.dialect) return [configured.dialect, 'config'];
  if (opts.config?.dialect) return [opts.config.dialect, 'config'];
  const fromNames = popDialect(files);
  if (fromNames) return [fromNames, 'content'];
  return [opts.defaultDialect ?? 'postgresql', 'default'];
}

function groupBy(paths: readonly string[], key: (p: string) => string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of paths) {
    const k = key(p);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(p);
    else out.set(k, [p]);
  }
  return out;
}

/**
 * Whether a folder is a sqlx migrations folder: sqlx-named files in a crate that uses sqlx, in a
 * folder named like a migrations folder (sqlx's default is `migrations/`), named by sqlx.toml, or
 * holding reversible `.up.sql` / `.down.sql` pairs, which no plain folder has.
 */
function isSqlxDir(dir: string, names: readonly string[], hints: SqlxHints): boolean {
  if (!inSqlxCrate(dir, hints)) return false;
  const sqlxNames = names.filter((n) => FORMAT_SPECS.sqlx.owns(dir, joinPath(dir, n)));
  if (!sqlxNames.length) return false;
  return isMigrationDir(dir) || hints.dirs.includes(dir) || sqlxNames.some((n) => GOLANG_MIGRATE_NAME.test(n));
}
