import type { Severity } from '../model/finding.js';
import type { FormatId, MigrationFile } from '../model/migration.js';
import type { Rule, RuleContext, RuleHit } from './rule.js';
import { insertedUnits } from './lib/inserted-units.js';
import { normalizeVersion } from './lib/versions.js';

/**
 * What each tool does with a migration whose version is older than one a database already applied.
 * `skips`: the migration never runs there (or the tool refuses to go on) — high; otherwise it runs
 * out of order, which is worth a look but often fine — medium.
 */
const LATE: Partial<Record<FormatId, { text: string; skips: boolean }>> = {
  flyway: { skips: true, text: 'Flyway refuses to migrate ("Detected resolved migration not applied to database") unless outOfOrder is enabled, and with it runs this one after the newer ones' },
  'golang-migrate': { skips: true, text: 'golang-migrate never runs it: it records only the latest version applied' },
  goose: { skips: true, text: '`goose up` stops with a missing-migration error unless run with --allow-missing' },
  drizzle: { skips: true, text: 'drizzle-kit skips it without a word: it only applies migrations newer than the last one recorded' },
  supabase: { skips: true, text: '`supabase db push` refuses to apply it unless run with --include-all' },
  sqitch: { skips: true, text: 'sqitch does not deploy it: it deploys the changes after the last deployed one in the plan' },
  dbmate: { skips: false, text: 'dbmate applies it after the newer ones, in a different order than on a fresh database' },
  prisma: { skips: false, text: '`prisma migrate deploy` applies it after the newer ones, in a different order than on a fresh database' },
  diesel: { skips: false, text: '`diesel migration run` applies it after the newer ones without a warning (it runs every pending version), in a different order than on a fresh database' },
  liquibase: { skips: false, text: 'Liquibase applies it after the newer changesets, in a different order than on a fresh database' },
  sqlx: { skips: false, text: '`sqlx migrate run` (and `sqlx::migrate!().run()`) applies it after the newer ones without a warning (it runs every version missing from _sqlx_migrations), in a different order than on a fresh database' },
  atlas: { skips: true, text: '`atlas migrate apply` refuses to run ("migration file … was added out of order") unless given `--exec-order non-linear`, which runs it after the newer ones, or `linear-skip`, which skips it for good' },
};
const GENERIC = { skips: true, text: 'most migration tools either never run it (they track only the latest version applied) or refuse to run at all' };

/** Formats ordered by a dependency graph rather than by version, where neither check means anything. */
const GRAPH_ORDERED = new Set<FormatId>(['django', 'alembic']);
/** Formats without a version in the file name (changesets, plan entries): no shared-version check. */
const NO_VERSION = new Set<FormatId>(['liquibase', 'sqitch']);

const DUPLICATE: Partial<Record<FormatId, string>> = {
  flyway: 'Flyway refuses to run at all ("Found more than one migration with version …")',
  'golang-migrate': 'golang-migrate fails to read the directory (duplicate migration file)',
  goose: 'goose refuses to run with two migrations of the same version',
  dbmate: 'dbmate records migrations by version, so only the first of the two ever runs',
  supabase: 'the Supabase CLI records migrations by version, so the second one is treated as already applied',
  diesel: 'Diesel records migrations by version (the folder name up to its first `_`, dashes removed), so only one of the two ever runs and the other counts as applied',
  sqlx: 'sqlx keys _sqlx_migrations by version: a database that ran one of the two stops with "migration … was previously applied but has been modified", and a fresh database fails recording the second one (duplicate primary key)',
  atlas: 'Atlas records revisions by version, so on a database that ran one of the two the other counts as applied and never runs',
};

export const migrationOrderConflict: Rule = {
  id: 'migration-order-conflict',
  category: 'process',
  severity: 'high',
  scope: 'history',
  dialects: 'all',
  docs: {
    summary: 'A new migration sorts before a migration that is already on the base branch, or shares its version with another migration.',
    why: 'Databases that already ran the newest migrations of the base branch have moved past this version. Depending on the tool the new migration is skipped there for good, the tool refuses to run, or it runs after newer migrations, in a different order than on a fresh database. This usually happens when two branches each add a migration and the older branch is merged second. Two migrations with the same version make most tools refuse to start or run only one of them.',
    fix: 'Give the migration a version newer than every migration on the base branch: rebase the branch and regenerate the migration (or rename it with a new timestamp or number), then check that it still makes sense after the migrations it now follows.',
    bad: [
      {
        sql: '',
        files: {
          before: {
            'migrations/20240101000000_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
            'migrations/20240301000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n',
          },
          head: {
            'migrations/20240101000000_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
            'migrations/20240301000000_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n',
            'migrations/20240215000000_email.sql': 'ALTER TABLE users ADD COLUMN email text;\n',
          },
        },
        note: 'The branch was started in February and merged after the March migration.',
      },
      {
        sql: '',
        files: {
          before: {
            'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
            'migrations/002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n',
          },
          head: {
            'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
            'migrations/002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n',
            'migrations/002_email.sql': 'ALTER TABLE users ADD COLUMN email text;\n',
          },
        },
        note: 'Two migrations numbered 002.',
      },
    ],
    good: [
      {
        sql: '',
        files: {
          before: { 'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n' },
          head: {
            'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
            'migrations/002_email.sql': 'ALTER TABLE users ADD COLUMN email text;\n',
          },
        },
      },
      {
        sql: '',
        files: {
          before: { 'db/migration/V1__users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n', 'db/migration/V2__orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n' },
          head: {
            'db/migration/V1__users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
            'db/migration/V2__orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n',
            'db/migration/V3__email.sql': 'ALTER TABLE users ADD COLUMN email text;\n',
            'db/migration/R__user_ids.sql': 'CREATE OR REPLACE VIEW user_ids AS SELECT id FROM users;\n',
          },
        },
        note: 'Repeatable migrations run after the versioned ones whatever their name.',
      },
    ],
  },
  check(ctx) {
    if (GRAPH_ORDERED.has(ctx.set.format)) return graphConflicts(ctx);
    return [...outOfOrder(ctx), ...insertedUnits(ctx, LATE[ctx.set.format] ?? GENERIC), ...sharedVersions(ctx)];
  },
};

/** Files this pull request adds to the set (a file moved in from another directory is new here too). */
function addedFiles(ctx: RuleContext): MigrationFile[] {
  return ctx.changes.flatMap((c) => (c.headFile && !c.baseFile && !c.headFile.repeatable ? [c.headFile] : []));
}

function outOfOrder(ctx: RuleContext): RuleHit[] {
  if (!ctx.baseSet) return [];
  // A key names the migration wherever its file lives (sqitch's `<change>@<tag>.sql` after a rework).
  const keyOf = (f: MigrationFile) => f.key ?? f.path;
  const baseKeys = new Set(ctx.baseSet.files.filter((f) => !f.repeatable).map(keyOf));
  const ordered = ctx.set.files.filter((f) => !f.repeatable);
  const late = LATE[ctx.set.format] ?? GENERIC;
  return addedFiles(ctx).flatMap((f) => {
    const at = ordered.indexOf(f);
    if (at < 0) return [];
    // A file sharing the version is the shared-version finding's business, not an ordering one.
    const newer = ordered.slice(at + 1).filter((g) => baseKeys.has(keyOf(g)) && normalizeVersion(g.version) !== normalizeVersion(f.version));
    if (!newer.length) return [];
    const newest = newer[newer.length - 1];
    const severity: Severity | undefined = late.skips ? undefined : 'medium';
    return [{
      at: { file: f.path, line: 1, endLine: 1 },
      severity,
      message: `New migration ${f.path}${versionOf(f)} sorts before ${newest.path}, which is already on the base branch${newer.length > 1 ? ` (with ${newer.length - 1} more)` : ''}: on databases that already ran ${newer.length > 1 ? 'those' : 'it'}, ${late.text}.`,
    }];
  });
}

function sharedVersions(ctx: RuleContext): RuleHit[] {
  if (NO_VERSION.has(ctx.set.format)) return [];
  const added = new Set(addedFiles(ctx));
  const byVersion = new Map<string, MigrationFile[]>();
  for (const f of ctx.set.files) {
    if (f.repeatable || !f.version.trim()) continue;
    const v = normalizeVersion(f.version);
    byVersion.set(v, [...(byVersion.get(v) ?? []), f]);
  }
  const consequence = DUPLICATE[ctx.set.format] ?? 'most migration tools refuse to run with two migrations of one version, or run only one of them';
  const hits: RuleHit[] = [];
  for (const group of byVersion.values()) {
    if (group.length < 2) continue;
    // Report each added file once, naming the first file of the version (an existing one when there is one).
    const first = group.find((f) => !added.has(f)) ?? group[0];
    for (const f of group) {
      if (f === first || !added.has(f)) continue;
      hits.push({
        at: { file: f.path, line: 1, endLine: 1 },
        message: `New migration ${f.path} has version ${f.version}, the same as ${first.path}: ${consequence}.`,
      });
    }
  }
  return hits;
}

function versionOf(f: MigrationFile): string {
  return f.version ? ` (version ${f.version})` : '';
}

/**
 * Django: more than one leaf migration in an app (`migrate` stops with "Conflicting migrations
 * detected"). Alembic: more than one head (`alembic upgrade head` stops with "Multiple head
 * revisions are present"). Reported on the added files that are among the leaves / heads.
 */
function graphConflicts(ctx: RuleContext): RuleHit[] {
  const files = ctx.set.files.filter((f) => f.graph);
  const added = new Set(addedFiles(ctx));
  const hits: RuleHit[] = [];
  if (ctx.set.format === 'django') {
    const apps = new Map<string, MigrationFile[]>();
    for (const f of files) apps.set(f.graph!.app ?? '', [...(apps.get(f.graph!.app ?? '') ?? []), f]);
    for (const [app, group] of apps) {
      const parentsInApp = new Set(group.flatMap((f) => f.graph!.parents));
      const leaves = group.filter((f) => !parentsInApp.has(f.graph!.id));
      if (leaves.length < 2) continue;
      for (const f of leaves) {
        if (!added.has(f)) continue;
        const others = leaves.filter((g) => g !== f).map((g) => g.path);
        hits.push({
          at: { file: f.path, line: 1, endLine: 1 },
          message: `App ${app} now has ${leaves.length} leaf migrations (${f.path} and ${others.join(', ')}): \`manage.py migrate\` stops with "Conflicting migrations detected; multiple leaf nodes in the migration graph" until a merge migration (\`makemigrations --merge\`) depends on all of them.`,
          fix: 'Rebase the branch and make the new migration depend on the newest migration of the app (regenerate it with makemigrations), or add a merge migration with `python manage.py makemigrations --merge`.',
        });
      }
    }
    return hits;
  }
  const downs = new Set(files.flatMap((f) => f.graph!.parents));
  const heads = files.filter((f) => !downs.has(f.graph!.id));
  if (heads.length < 2) return hits;
  for (const f of heads) {
    if (!added.has(f)) continue;
    const others = heads.filter((g) => g !== f).map((g) => `${g.graph!.id} (${g.path})`);
    hits.push({
      at: { file: f.path, line: 1, endLine: 1 },
      message: `Revision ${f.graph!.id} makes a second head next to ${others.join(', ')}: \`alembic upgrade head\` stops with "Multiple head revisions are present" until a merge revision joins them.`,
      fix: 'Set `down_revision` of the new revision to the current head (rebase and regenerate it), or add a merge revision with `alembic merge heads`.',
    });
  }
  return hits;
}
