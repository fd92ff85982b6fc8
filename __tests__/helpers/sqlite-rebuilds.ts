/**
 * Two SQLite tables and one migration file that rebuilds both through new_A / new_B (A gains a
 * unique column; B loses the NOT NULL column y and fills z with coalesce), then adds a column to A
 * after the rebuilds.
 */
export const TWO_REBUILDS_BEFORE = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY, "x" TEXT);\nCREATE TABLE "B" ("id" INTEGER NOT NULL PRIMARY KEY, "y" TEXT NOT NULL, "z" TEXT);';

export const TWO_REBUILDS_SQL = `PRAGMA foreign_keys=OFF;
CREATE TABLE "new_A" ("id" INTEGER NOT NULL PRIMARY KEY, "x" TEXT, "code" TEXT);
INSERT INTO "new_A" ("id", "x") SELECT "id", "x" FROM "A";
DROP TABLE "A";
ALTER TABLE "new_A" RENAME TO "A";
CREATE UNIQUE INDEX "A_code_key" ON "A"("code");
CREATE TABLE "new_B" ("id" INTEGER NOT NULL PRIMARY KEY, "z" TEXT NOT NULL);
INSERT INTO "new_B" ("id", "z") SELECT "id", coalesce("z", '') FROM "B";
DROP TABLE "B";
ALTER TABLE "new_B" RENAME TO "B";
PRAGMA foreign_keys=ON;
ALTER TABLE "A" ADD COLUMN "w" TEXT;`;
