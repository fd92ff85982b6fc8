import { describeSets } from '../../src/formats/describe.js';
import { detectSets } from '../../src/formats/detect.js';
import { drizzleStatements } from '../../src/formats/drizzle.js';
import { splitStatements } from '../../src/frontends/sql/split.js';
import type { MigrationSet } from '../../src/model/migration.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import { found, reviewPr } from '../helpers/review.js';

async function only(files: Record<string, string>, opts?: Parameters<typeof detectSets>[1]): Promise<MigrationSet> {
  const sets = await detectSets(memoryTree(files), opts);
  expect(sets).toHaveLength(1);
  return sets[0];
}

const names = (set: MigrationSet) => set.files.map((f) => f.path.split('/').pop());

function journal(dialect: string, tags: [string, number][]): string {
  return JSON.stringify(
    { version: '7', dialect, entries: tags.map(([tag, when], idx) => ({ idx, version: '7', when, tag, breakpoints: true })) },
    null,
    2,
  );
}

const INIT = [
  'CREATE TABLE "users" (',
  '\t"id" serial PRIMARY KEY NOT NULL,',
  '\t"email" text NOT NULL',
  ');',
  '--> statement-breakpoint',
  'CREATE TABLE "orders" (',
  '\t"id" serial PRIMARY KEY NOT NULL,',
  '\t"user_id" integer NOT NULL,',
  '\t"status" text',
  ');',
  '--> statement-breakpoint',
  'ALTER TABLE "orders" ADD CONSTRAINT "orders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;',
].join('\n');

const BASE: Record<string, string> = {
  'drizzle/0000_wise_wolverine.sql': INIT,
  'drizzle/0001_add_note.sql': 'ALTER TABLE "orders" ADD COLUMN "note" text;',
  'drizzle/meta/_journal.json': journal('postgresql', [
    ['0000_wise_wolverine', 1717000000000],
    ['0001_add_note', 1717100000000],
  ]),
  'drizzle/meta/0000_snapshot.json': '{}',
  'drizzle/meta/0001_snapshot.json': '{}',
};

describe('drizzle-kit journal folders', () => {
  it('finds the folder by its journal, whatever it is called, with the dialect from the journal', async () => {
    const set = await only({ ...BASE });
    expect(set).toMatchObject({ dir: 'drizzle', format: 'drizzle', dialect: 'postgresql', dialectSource: 'settings', supportsDown: false });
    expect(names(set)).toEqual(['0000_wise_wolverine.sql', '0001_add_note.sql']);
    expect(set.files.map((f) => [f.version, f.name, f.hasDown, f.transaction])).toEqual([
      ['1717000000000', '0000_wise_wolverine', false, 'per-file'],
      ['1717100000000', '0001_add_note', false, 'per-file'],
    ]);

    const moved: Record<string, string> = {};
    for (const [p, t] of Object.entries(BASE)) moved[p.replace(/^drizzle\//, 'src/db/migrations/')] = t;
    const inMigrations = await only(moved);
    expect(inMigrations).toMatchObject({ dir: 'src/db/migrations', format: 'drizzle' });
    expect(inMigrations.files).toHaveLength(2);
  });

  it('orders by the journal, not by file name, and leaves out files the journal does not list', async () => {
    const set = await only({
      'db/drizzle/0000_b_first.sql': 'CREATE TABLE a (id int);',
      'db/drizzle/0000_a_second.sql': 'CREATE TABLE b (id int);',
      'db/drizzle/0002_orphan.sql': 'DROP TABLE a;',
      'db/drizzle/meta/_journal.json': journal('postgresql', [
        ['0000_b_first', 1],
        ['0000_a_second', 2],
      ]),
    });
    expect(names(set)).toEqual(['0000_b_first.sql', '0000_a_second.sql']);
  });

  it('reads the dialect of each drizzle-kit generation ("pg", "mysql", "sqlite", "turso")', async () => {
    for (const [name, dialect] of [
      ['pg', 'postgresql'],
      ['mysql', 'mysql'],
      ['sqlite', 'sqlite'],
      ['turso', 'sqlite'],
    ] as const) {
      const set = await only({ 'drizzle/0000_x.sql': 'CREATE TABLE a (id int);', 'drizzle/meta/_journal.json': journal(name, [['0000_x', 1]]) });
      expect([name, set.dialect, set.dialectSource]).toEqual([name, dialect, 'settings']);
    }
    // The configured dialect still wins.
    const configured = await only({ ...BASE }, { config: { dialect: 'mysql' } });
    expect(configured).toMatchObject({ dialect: 'mysql', dialectSource: 'config' });
  });

  it('keeps statements and their lines across `--> statement-breakpoint` markers', () => {
    const stmts = splitStatements(drizzleStatements(INIT), 'postgresql');
    expect(stmts.map((s) => [s.line, s.endLine])).toEqual([
      [1, 4],
      [6, 10],
      [12, 12],
    ]);
    // A hand-written custom migration without semicolons still splits where drizzle splits it.
    const custom = 'CREATE TABLE a (id int)\n--> statement-breakpoint\nCREATE INDEX a_id ON a (id)\n';
    const up = drizzleStatements(custom);
    expect(up.split('\n')).toHaveLength(custom.split('\n').length);
    expect(up.length).toBe(custom.length);
    expect(splitStatements(up, 'postgresql').map((s) => s.line)).toEqual([1, 3]);
    // Files whose statements end with ';' are left exactly as they are.
    expect(drizzleStatements(INIT)).toBe(INIT);
  });

  it('is configured by path, with or without the format', async () => {
    const files = { ...BASE, 'drizzle/0009_not_listed.sql': 'select 1;' };
    for (const sets of [[{ path: 'drizzle', format: 'drizzle' as const }], [{ path: './drizzle/' }]]) {
      const set = await only(files, { config: { sets } });
      expect(set).toMatchObject({ dir: 'drizzle', format: 'drizzle', dialect: 'postgresql' });
      expect(names(set)).toEqual(['0000_wise_wolverine.sql', '0001_add_note.sql']);
    }
  });

  it('reads drizzle-kit 1.0 folders (`<timestamp>_<name>/migration.sql` + snapshot.json) as drizzle, not Prisma', async () => {
    const set = await only({
      'drizzle/20250102030405_init/migration.sql': 'CREATE TABLE a (id int);',
      'drizzle/20250102030405_init/snapshot.json': '{}',
      'drizzle/20250201000000_more/migration.sql': 'ALTER TABLE a ADD COLUMN b int;',
      'drizzle/20250201000000_more/snapshot.json': '{}',
    });
    expect(set).toMatchObject({ dir: 'drizzle', format: 'drizzle' });
    expect(set.files.map((f) => [f.version, f.name, f.transaction])).toEqual([
      ['20250102030405', 'init', 'per-file'],
      ['20250201000000', 'more', 'per-file'],
    ]);
  });

  it('is printed with its format by `migra check`', async () => {
    expect(describeSets([await only({ ...BASE })])).toEqual(['drizzle: drizzle, postgresql (settings), 2 files']);
  });
});

describe('reviewing a pull request that adds a drizzle migration', () => {
  const bump = (tags: [string, number][]) => ({ 'drizzle/meta/_journal.json': journal('postgresql', [['0000_wise_wolverine', 1717000000000], ['0001_add_note', 1717100000000], ...tags]) });

  it('reports a blocking index build on its line, and the CONCURRENTLY fix fails inside drizzle\'s transaction', async () => {
    const report = await reviewPr(BASE, {
      'drizzle/0002_status_index.sql': 'CREATE TABLE "audit" ("id" serial PRIMARY KEY NOT NULL);\n--> statement-breakpoint\nCREATE INDEX "orders_status_idx" ON "orders" USING btree ("status");',
      'drizzle/meta/0002_snapshot.json': '{}',
      ...bump([['0002_status_index', 1717200000000]]),
    });
    expect(report.sets).toEqual([{ dir: 'drizzle', format: 'drizzle', dialect: 'postgresql', dialectSource: 'settings', files: 3 }]);
    expect(found(report)).toContain('create-index-non-concurrently@0002_status_index.sql:3');
    expect(found(report).filter((f) => !f.startsWith('lock-timeout-missing'))).toEqual(['create-index-non-concurrently@0002_status_index.sql:3']);
    // No one-click CONCURRENTLY rewrite: it would fail in drizzle's transaction; the fix says how to run it instead.
    const index = report.findings.find((f) => f.rule === 'create-index-non-concurrently')!;
    expect(index.replacement).toBeUndefined();
    expect(index.fix).toContain('run it outside drizzle');

    const concurrent = await reviewPr(BASE, {
      'drizzle/0002_status_index.sql': 'CREATE INDEX CONCURRENTLY "orders_status_idx" ON "orders" USING btree ("status");',
      ...bump([['0002_status_index', 1717200000000]]),
    });
    expect(found(concurrent)).toEqual(['concurrently-in-transaction@0002_status_index.sql:1']);
    expect(concurrent.findings[0].message).toContain("drizzle's migrator runs all pending migrations in one transaction");
  });

  it('is quiet about a safe migration, and about indexes on a table the same migration creates', async () => {
    const report = await reviewPr(BASE, {
      'drizzle/0002_tags.sql': 'CREATE TABLE "tags" ("id" serial PRIMARY KEY NOT NULL, "name" text NOT NULL);\n--> statement-breakpoint\nCREATE INDEX "tags_name_idx" ON "tags" USING btree ("name");\n--> statement-breakpoint\nALTER TABLE "orders" ADD COLUMN "tag_id" integer;',
      ...bump([['0002_tags', 1717200000000]]),
    });
    expect(report.sets.map((s) => s.files)).toEqual([3]);
    expect(found(report)).toEqual([]);
  });

  it('does not review a SQL file the journal does not list', async () => {
    const report = await reviewPr(BASE, { 'drizzle/0002_forgotten.sql': 'CREATE INDEX "orders_status_idx" ON "orders" ("status");' });
    expect(report.sets.map((s) => [s.format, s.files])).toEqual([['drizzle', 2]]);
    expect(found(report)).toEqual([]);
  });
});
