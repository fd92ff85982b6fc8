import { found, reviewPr } from '../helpers/review.js';

// A Prisma project on MySQL: migration_lock.toml gives the dialect, each migration is a folder.
const BASE = {
  'prisma/migrations/migration_lock.toml': 'provider = "mysql"\n',
  'prisma/migrations/20240101000000_init/migration.sql': `-- CreateTable
CREATE TABLE \`User\` (
    \`id\` INTEGER NOT NULL AUTO_INCREMENT,
    \`email\` VARCHAR(191) NOT NULL,
    \`name\` VARCHAR(191) NULL,
    \`bio\` TEXT NULL,
    \`createdAt\` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX \`User_email_key\`(\`email\`),
    PRIMARY KEY (\`id\`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE \`Post\` (
    \`id\` INTEGER NOT NULL AUTO_INCREMENT,
    \`title\` VARCHAR(191) NOT NULL,
    \`authorId\` INTEGER NOT NULL,

    PRIMARY KEY (\`id\`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE \`Post\` ADD CONSTRAINT \`Post_authorId_fkey\` FOREIGN KEY (\`authorId\`) REFERENCES \`User\`(\`id\`) ON DELETE RESTRICT ON UPDATE CASCADE;
`,
};

describe('MySQL (Prisma) pull requests', () => {
  it('stays quiet on what prisma migrate writes for an additive change', async () => {
    const report = await reviewPr(BASE, {
      'prisma/migrations/20240201000000_comments/migration.sql': `-- AlterTable
ALTER TABLE \`Post\` ADD COLUMN \`published\` BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE \`Comment\` (
    \`id\` INTEGER NOT NULL AUTO_INCREMENT,
    \`body\` TEXT NOT NULL,
    \`postId\` INTEGER NOT NULL,

    INDEX \`Comment_postId_idx\`(\`postId\`),
    PRIMARY KEY (\`id\`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE \`Comment\` ADD CONSTRAINT \`Comment_postId_fkey\` FOREIGN KEY (\`postId\`) REFERENCES \`Post\`(\`id\`) ON DELETE RESTRICT ON UPDATE CASCADE;
`,
    });
    expect(report.sets[0]).toMatchObject({ format: 'prisma', dialect: 'mysql' });
    expect(found(report)).toEqual([]);
  });

  it('finds the data loss and the table copy in a destructive one', async () => {
    const report = await reviewPr(BASE, {
      'prisma/migrations/20240201000000_cleanup/migration.sql': `/*
  Warnings:

  - You are about to drop the column \`bio\` on the \`User\` table. All the data in the column will be lost.
  - Added the required column \`role\` to the \`User\` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE \`User\` DROP COLUMN \`bio\`,
    ADD COLUMN \`role\` VARCHAR(191) NOT NULL,
    MODIFY \`name\` VARCHAR(50) NULL;
`,
    });
    const rules = found(report);
    expect(rules).toEqual(expect.arrayContaining(['drop-column@migration.sql:9', 'add-required-column@migration.sql:9', 'narrowing-type-change@migration.sql:9']));
    expect(rules.every((r) => r.endsWith('migration.sql:9'))).toBe(true);
    expect(report.findings.find((f) => f.rule === 'drop-column')).toMatchObject({ line: 9, endLine: 11 });
  });
});
