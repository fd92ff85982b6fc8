import { found, reviewPr } from '../helpers/review.js';

// A Prisma project on SQLite: schema changes arrive as table rebuilds ("RedefineTables").
const BASE = {
  'prisma/migrations/migration_lock.toml': 'provider = "sqlite"\n',
  'prisma/migrations/20240101000000_init/migration.sql': `-- CreateTable
CREATE TABLE "Task" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "notes" TEXT,
    "done" BOOLEAN NOT NULL DEFAULT false
);
`,
};

const rebuild = (columns: string, copy: string) => `-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
${columns}
);
INSERT INTO "new_Task" (${copy}) SELECT ${copy} FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
`;

describe('SQLite (Prisma) pull requests', () => {
  it('treats a rebuild that keeps every column as safe', async () => {
    const report = await reviewPr(BASE, {
      'prisma/migrations/20240201000000_priority/migration.sql': rebuild(
        '    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "title" TEXT NOT NULL,\n    "notes" TEXT,\n    "done" BOOLEAN NOT NULL DEFAULT false,\n    "priority" INTEGER NOT NULL DEFAULT 0',
        '"done", "id", "notes", "title"',
      ),
    });
    expect(report.sets[0]).toMatchObject({ format: 'prisma', dialect: 'sqlite' });
    expect(found(report)).toEqual([]);
  });

  it('reports a column the rebuild leaves out, at the DROP TABLE', async () => {
    const report = await reviewPr(BASE, {
      'prisma/migrations/20240201000000_drop_notes/migration.sql': rebuild(
        '    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    "title" TEXT NOT NULL,\n    "done" BOOLEAN NOT NULL DEFAULT false',
        '"done", "id", "title"',
      ),
    });
    expect(found(report)).toEqual(['drop-column@migration.sql:10']);
    expect(report.findings[0].message).toContain('without column notes');
  });

  it('knows SQLite cannot add a NOT NULL column without a default', async () => {
    const report = await reviewPr(BASE, {
      'prisma/migrations/20240201000000_owner/migration.sql': 'ALTER TABLE "Task" ADD COLUMN "owner" TEXT NOT NULL;\n',
    });
    expect(found(report)).toEqual(['add-required-column@migration.sql:1']);
  });
});
