import { describeSets } from '../../src/formats/describe.js';
import { detectSets } from '../../src/formats/detect.js';
import { isMigrationPath, setForPath } from '../../src/formats/membership.js';
import { compareVersionsOf, flywayVersionKey, numericKey, orderKey, sortMigrations } from '../../src/formats/order.js';
import { ignoreMatcher } from '../../src/formats/paths.js';
import { supportsDown } from '../../src/formats/registry.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { loadRevisions } from '../../src/source/revisions.js';
import { TempRepo } from '../../src/source/temp-repo.js';

describe('ordering keys', () => {
  it('compares numbers of any length numerically', () => {
    expect(numericKey('10') > numericKey('9')).toBe(true);
    expect(numericKey('0009')).toBe(numericKey('9'));
    expect(numericKey('0')).toBe('0001:0');
    expect(numericKey('123456789012345678901234567890') > numericKey('99999999999999999999999999999')).toBe(true);
  });

  it('compares Flyway versions part by part', () => {
    expect(compareVersionsOf('flyway', '1.10', '1.9')).toBe(1);
    expect(compareVersionsOf('flyway', '1_1', '1.1')).toBe(0);
    expect(compareVersionsOf('flyway', '1.0', '1')).toBe(0);
    expect(compareVersionsOf('flyway', '1.1', '1')).toBe(1);
    expect(compareVersionsOf('flyway', '2', '1.999')).toBe(1);
    expect(flywayVersionKey('01.002')).toBe(flywayVersionKey('1.2'));
  });

  it('compares integer versions numerically and name-ordered formats as text', () => {
    expect(compareVersionsOf('golang-migrate', '10', '9')).toBe(1);
    expect(compareVersionsOf('goose', '0003', '3')).toBe(0);
    expect(compareVersionsOf('dbmate', '10', '9')).toBe(-1);
  });

  it('sorts Flyway repeatables after every versioned file', () => {
    const f = (path: string, version: string, name: string, repeatable?: boolean) => ({ path, version, name, repeatable });
    const sorted = sortMigrations('flyway', [f('R__a.sql', '', 'a', true), f('V10__x.sql', '10', 'x'), f('V9__y.sql', '9', 'y')]);
    expect(sorted.map((s) => s.path)).toEqual(['V9__y.sql', 'V10__x.sql', 'R__a.sql']);
    expect(orderKey('flyway', sorted[1]) < orderKey('flyway', sorted[2])).toBe(true);
  });
});

describe('ignore patterns', () => {
  it('match path prefixes with *, ** and ?', () => {
    const m = ignoreMatcher(['legacy', 'apps/*/old', '**/fixtures', 'db/migrations/00?_*.sql']);
    expect(m('legacy/migrations/001.sql')).toBe(true);
    expect(m('legacy')).toBe(true);
    expect(m('legacy2/x.sql')).toBe(false);
    expect(m('apps/billing/old/001.sql')).toBe(true);
    expect(m('apps/billing/sub/old/001.sql')).toBe(false);
    expect(m('fixtures/1.sql')).toBe(true);
    expect(m('a/b/fixtures/1.sql')).toBe(true);
    expect(m('db/migrations/001_a.sql')).toBe(true);
    expect(m('db/migrations/010_a.sql')).toBe(false);
    expect(ignoreMatcher([])('anything')).toBe(false);
  });

  it('take braces, and ! to take paths back in (as in .gitignore)', () => {
    const m = ignoreMatcher(['{legacy,archive}/**', 'apps/*/migrations', '!apps/core/migrations', '.hidden']);
    expect(m('legacy/001.sql')).toBe(true);
    expect(m('archive/db/001.sql')).toBe(true);
    expect(m('apps/billing/migrations/001.sql')).toBe(true);
    expect(m('apps/core/migrations/001.sql')).toBe(false);
    expect(m('.hidden/001.sql')).toBe(true);
    expect(m('db/migrations/001.sql')).toBe(false);
    // Only ! patterns: nothing is ignored to begin with.
    expect(ignoreMatcher(['!db'])('db/001.sql')).toBe(false);
  });
});

describe('set membership', () => {
  it('knows companions (down, undo, conf) belong to their set and other files do not', async () => {
    const sets = await detectSets(
      memoryTree({
        'db/migrations/1_a.up.sql': 'select 1;',
        'db/migrations/1_a.down.sql': 'select 0;',
        'db/migration/V1__a.sql': 'select 1;',
        'db/migration/sub/U1__a.sql': 'select 0;',
        'db/migration/sub/V2__b.sql.conf': 'executeInTransaction=false',
        'prisma/migrations/migration_lock.toml': 'provider = "postgresql"',
        'prisma/migrations/20240101000000_init/migration.sql': 'select 1;',
      }),
    );
    expect(sets.map((s) => s.dir)).toEqual(['db/migration', 'db/migrations', 'prisma/migrations']);
    expect(setForPath(sets, 'db/migrations/1_a.down.sql')?.format).toBe('golang-migrate');
    expect(setForPath(sets, 'db/migrations/2_new.up.sql')?.dir).toBe('db/migrations');
    expect(setForPath(sets, 'db/migration/sub/U1__a.sql')?.format).toBe('flyway');
    expect(setForPath(sets, 'db/migration/sub/V2__b.sql.conf')?.format).toBe('flyway');
    expect(setForPath(sets, 'prisma/migrations/20240301000000_x/migration.sql')?.format).toBe('prisma');
    expect(setForPath(sets, 'db/migrations/README.md')).toBeUndefined();
    expect(setForPath(sets, 'db/schema.sql')).toBeUndefined();
    expect(isMigrationPath('db/migrations/1_a.down.sql', sets)).toBe(true);
    expect(isMigrationPath('src/app.ts', sets)).toBe(false);
  });

  it('guesses from the name alone without sets', () => {
    expect(isMigrationPath('db/migrations/20240101120000_add.sql')).toBe(true);
    expect(isMigrationPath('anywhere/3_x.down.sql')).toBe(true);
    expect(isMigrationPath('src/main/resources/db/migration/V1_2__x.sql')).toBe(true);
    expect(isMigrationPath('prisma/migrations/20240101000000_init/migration.sql')).toBe(true);
    expect(isMigrationPath('supabase/migrations/20240101000000_a.sql')).toBe(true);
    expect(isMigrationPath('db/schema.sql')).toBe(false);
    expect(isMigrationPath('sql/01_seed.sql')).toBe(false);
    expect(isMigrationPath('test/migrations/001_a.sql')).toBe(false);
  });
});

describe('describeSets and supportsDown', () => {
  it('prints one line per set', async () => {
    const files: Record<string, string> = { 'migrations/1_a.up.sql': 'select 1;' };
    for (let i = 1; i <= 3; i++) files[`db/migration/V${i}__x.sql`] = 'CREATE TABLE `t` (id int AUTO_INCREMENT);';
    const sets = await detectSets(memoryTree(files));
    expect(describeSets(sets)).toEqual(['db/migration: flyway, mysql (content), 3 files', 'migrations: golang-migrate, postgresql (default), 1 file']);
  });

  it('answers for every format', () => {
    expect(['golang-migrate', 'goose', 'dbmate', 'flyway'].every((f) => supportsDown(f as never))).toBe(true);
    expect(['prisma', 'supabase', 'plain'].some((f) => supportsDown(f as never))).toBe(false);
  });
});

describe('detection over a git tree', () => {
  it('reads both commits of a pull request through one cat-file process', async () => {
    const r = TempRepo.create();
    try {
      r.commit('init', { 'db/migrations/00001_init.sql': '-- +goose Up\ncreate table a (id int);\n-- +goose Down\ndrop table a;\n' });
      r.checkout('feature', true);
      r.commit('more', { 'db/migrations/00002_more.sql': '-- +goose NO TRANSACTION\n-- +goose Up\ncreate index concurrently i on a (id);\n' });
      const rev = await loadRevisions({ repo: r.dir, base: 'main', head: 'feature' });
      try {
        const [before, head] = await Promise.all([detectSets(rev.before), detectSets(rev.head)]);
        expect(before.map((s) => s.files.map((f) => f.version))).toEqual([['00001']]);
        expect(head[0].files.map((f) => [f.version, f.transaction, f.hasDown])).toEqual([
          ['00001', 'per-file', true],
          ['00002', 'none', false],
        ]);
        expect(head[0].files[0].blobId).toBe(r.git('rev-parse', 'feature:db/migrations/00001_init.sql'));
        expect(head[0].files[0].up).toBe('-- +goose Up\ncreate table a (id int);\n\n\n');
        expect(rev.changes.map((c) => isMigrationPath(c.path, head))).toEqual([true]);
      } finally {
        rev.close();
      }
    } finally {
      r.remove();
    }
  });
});
