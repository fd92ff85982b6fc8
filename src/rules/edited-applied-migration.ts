import { isMysqlFamily } from '../model/dialect.js';
import type { FormatId, MigrationFile } from '../model/migration.js';
import type { ChangedFile, Rule, RuleContext, RuleHit } from './rule.js';
import { changedRange, sameCode, sameFlywayChecksum } from './lib/text-diff.js';
import { editedUnits } from './lib/edited-units.js';
import { diffUnits } from './lib/units.js';
import { normalizeVersion } from './lib/versions.js';

/** Formats whose history table keys a migration by its version alone, so renaming the description part is harmless. */
const KEYED_BY_VERSION = new Set<FormatId>(['golang-migrate', 'goose', 'dbmate', 'supabase', 'diesel', 'sqlx', 'atlas', 'alembic']);

const LIQUIBASE_USERS = '--liquibase formatted sql\n\n--changeset alice:1\nCREATE TABLE users (id bigint PRIMARY KEY);\n';

const FIX =
  'Leave a migration alone once it is on the main branch: revert this change and put the new statements in a new migration. If the migration has provably never run anywhere (merged minutes ago, never deployed), approve the pull request with the approve label so the finding is kept but the check passes.';

export const editedAppliedMigration: Rule = {
  id: 'edited-applied-migration',
  category: 'process',
  severity: 'critical',
  scope: 'history',
  dialects: 'all',
  docs: {
    summary: 'A migration that is already on the base branch was modified, deleted or renamed.',
    why: 'A migration on the base branch has already run on every database it was deployed to. Migration tools never run it again there, so an edit only reaches databases built from scratch: production and a fresh test database end up with different schemas, and nothing reports it. Deleting it removes its changes from new databases only; renaming it makes most tools treat it as a new migration and run it a second time. Flyway goes further and refuses to migrate when an applied migration\'s checksum, description or presence changes.',
    fix: FIX,
    bad: [
      {
        sql: '',
        files: {
          before: { 'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n' },
          head: { 'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n' },
        },
      },
      {
        sql: '',
        files: {
          before: {
            'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
            'migrations/002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY);\n',
          },
          head: { 'migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n' },
        },
        note: 'Deleting an applied migration.',
      },
      {
        sql: '',
        files: {
          before: { 'db/changelog.sql': LIQUIBASE_USERS },
          head: { 'db/changelog.sql': LIQUIBASE_USERS.replace('PRIMARY KEY)', 'PRIMARY KEY, email text)') },
        },
        note: 'Editing a Liquibase changeset that already ran: `update` fails on its checksum wherever it ran.',
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
        note: 'The change goes into a new migration.',
      },
      {
        sql: '',
        files: {
          before: { 'db/migration/V1__users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n' },
          head: {
            'db/migration/V1__users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
            'db/migration/R__views.sql': 'CREATE OR REPLACE VIEW user_ids AS SELECT id FROM users;\n',
          },
        },
        note: 'A new Flyway repeatable migration; changing it later is how repeatables work.',
      },
      {
        sql: '',
        files: {
          before: { 'db/changelog.sql': LIQUIBASE_USERS },
          head: { 'db/changelog.sql': `${LIQUIBASE_USERS}\n--changeset bob:2\nALTER TABLE users ADD COLUMN email text;\n` },
        },
        note: 'Appending a changeset is how a Liquibase changelog grows: only the new changeset is reviewed.',
      },
    ],
  },
  check(ctx) {
    // A file made of units (Liquibase changesets) is judged unit by unit: runOnChange ones run again when edited.
    const applied = ctx.changes.filter((c) => c.baseFile && (diffUnits(c.baseFile, c.headFile) || (!c.baseFile.repeatable && !c.headFile?.repeatable)));
    const gone = applied.filter((c) => !c.headFile);
    // Squashing or removing a whole history deletes many files at once: one finding says it, not one per file.
    const deletions = gone.length >= GROUP_DELETIONS ? [deletedMany(ctx, gone)] : gone.map((c) => deleted(ctx, c, c.baseFile!));
    return [
      ...deletions,
      ...applied.flatMap((c) => {
        if (!c.headFile) return [];
        // Files paired by key (sqitch plan instances) are one migration wherever their script lives.
        const moved = c.headFile.path !== c.baseFile!.path && c.headFile.key === undefined;
        if (c.change.status === 'renamed' || moved) return renamed(ctx, c, c.baseFile!, c.headFile);
        const units = diffUnits(c.baseFile, c.headFile);
        if (units) return editedUnits(ctx, c.headFile, units);
        return modified(ctx, c, c.baseFile!, c.headFile);
      }),
    ];
  },
};

const GROUP_DELETIONS = 3;

/** What the tool does on a database that ran a migration it can no longer find. */
function missingNote(format: FormatId): string {
  if (format === 'flyway') return ' Flyway also stops migrating with "Detected applied migration not resolved locally".';
  if (format === 'sqlx') return ' sqlx also stops migrating every database that ran it ("migration … was previously applied but is missing in the resolved migrations") unless run with --ignore-missing.';
  return '';
}

/** sqlx compares a SHA-384 of each applied migration's whole text with the one it recorded. */
const SQLX_MODIFIED = '"migration … was previously applied but has been modified"';

function deletedMany(ctx: RuleContext, gone: ChangedFile[]): RuleHit {
  const paths = gone.map((c) => c.baseFile!.path);
  const flyway = missingNote(ctx.set.format);
  return {
    at: { file: gone[0].change.path, line: 1, endLine: 1 },
    message: `${paths.length} migrations already on the base branch are deleted (${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ', …' : ''}): databases that ran them keep their changes, while databases built from the migrations from now on never get them unless a new baseline recreates exactly that schema.${flyway}`,
    fix: 'If this squashes the history into a baseline, make sure the baseline recreates exactly the schema the deleted migrations built, and follow the tool\'s procedure for existing databases (Flyway baselineVersion, Django squashmigrations with `replaces`, a marked-as-applied baseline elsewhere). Otherwise restore the files.',
  };
}

function deleted(ctx: RuleContext, c: ChangedFile, base: MigrationFile): RuleHit {
  const flyway = missingNote(ctx.set.format);
  return {
    at: { file: c.change.path, line: 1, endLine: 1 },
    message: `Migration ${base.path}, already on the base branch, is deleted: databases that ran it keep its changes, while databases built from the migrations from now on never get them.${flyway}`,
    fix: FIX,
  };
}

function renamed(ctx: RuleContext, c: ChangedFile, base: MigrationFile, head: MigrationFile): RuleHit[] {
  const sameText = (c.baseText ?? '') === (c.headText ?? '');
  const sameVersion = normalizeVersion(base.version) === normalizeVersion(head.version);
  const format = ctx.set.format;
  if (sameText && sameVersion && KEYED_BY_VERSION.has(format)) return [];
  const range = sameText ? { line: 1, endLine: 1 } : changedRange(c.baseText ?? '', c.headText ?? '');
  const flywaySame = format === 'flyway' && sameVersion;
  const consequence = flywaySame
    ? `Flyway stops migrating databases that ran it with a ${sameText ? 'description' : 'description and checksum'} mismatch until \`flyway repair\` is run on each of them${sameText ? '' : ', and its changed statements never run there'}`
    : format === 'sqlx'
      ? `sqlx stops migrating every database that ran it with ${sameVersion ? SQLX_MODIFIED : '"migration … was previously applied but is missing in the resolved migrations"'}`
      : 'the tool no longer recognises it as applied and treats it as a new migration, which databases that ran it under the old name run a second time (failing, or applying its changes twice)';
  return [{
    at: { file: head.path, ...range },
    // Flyway's description check stops the deploy but runs nothing twice; `flyway repair` settles it.
    severity: flywaySame && sameText ? 'high' : undefined,
    message: `Migration ${base.path}, already on the base branch, is renamed to ${head.path}: ${consequence}.`,
    fix: FIX,
  }];
}

function modified(ctx: RuleContext, c: ChangedFile, base: MigrationFile, head: MigrationFile): RuleHit[] {
  const before = c.baseText ?? '';
  const after = c.headText ?? '';
  // The up text blanks out down sections line for line, so an edit there shows up as trailing blank lines at most.
  if (before.replace(/\s+$/, '') === after.replace(/\s+$/, '')) return [];
  const range = changedRange(before, after);
  const at = { file: head.path, ...range };
  const name = base.path === head.path ? head.path : `${head.path} (${base.path} on the base branch)`;
  const cosmetic = sameCode(before, after, head.language, { mysql: isMysqlFamily(ctx.target.dialect) });
  if (cosmetic) {
    if (ctx.set.format === 'sqlx') {
      return [{
        at,
        severity: 'high',
        message: `Only whitespace or comments changed in ${name}, which is already on the base branch, but sqlx checksums the whole text of applied migrations: \`sqlx migrate run\` and \`sqlx::migrate!()\` stop with ${SQLX_MODIFIED} on every database that ran it (unless sqlx.toml's \`ignored-chars\` drops every changed character).`,
        fix: 'Revert the edit.',
      }];
    }
    if (ctx.set.format === 'flyway' && !sameFlywayChecksum(before, after)) {
      return [{
        at,
        severity: 'high',
        message: `Only whitespace or comments changed in ${head.path}, which is already on the base branch, but Flyway checksums applied migrations: \`flyway migrate\` fails with "Migration checksum mismatch" on every database that ran it, until \`flyway repair\` is run there.`,
        fix: 'Revert the edit. If it must stay, run `flyway repair` on every environment as part of the deploy.',
      }];
    }
    return [{
      at,
      severity: 'low',
      message: `Only whitespace or comments changed in ${name}, which is already on the base branch: nothing changes in any database, but the file no longer matches what ran.`,
      why: 'Applied migrations are the record of what ran on each database. A cosmetic edit is harmless to the schema, but it makes the history harder to trust and conflicts with other branches that touch the file.',
      fix: 'Revert the edit unless it documents something important; put notes in a new migration or in the pull request instead.',
    }];
  }
  const tool = ctx.set.format === 'flyway'
    ? ' Flyway also stops migrating those databases with "Migration checksum mismatch".'
    : ctx.set.format === 'prisma'
      ? ' `prisma migrate dev` reports the migration as modified after it was applied and asks to reset development databases.'
      : ctx.set.format === 'sqlx'
        ? ` sqlx also stops migrating those databases: it checksums applied migrations and fails with ${SQLX_MODIFIED}.`
        : ctx.set.format === 'atlas'
          ? ' Re-hashing atlas.sum (`atlas migrate hash`) makes Atlas accept the edited directory; it never runs the file again where it ran.'
          : '';
  return [{
    at,
    message: `Migration ${name} is already on the base branch and was changed: databases that ran it will not run it again, so they keep the old version while databases built from scratch get the new one.${tool}`,
    fix: FIX,
  }];
}
