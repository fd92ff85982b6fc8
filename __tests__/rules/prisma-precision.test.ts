import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

// Statement shapes from Prisma-generated PostgreSQL histories: enum changes through a renamed
// type, quoted mixed-case type names, and indexes on partitioned tables.

async function findings(ex: RuleExample, rule?: string): Promise<Finding[]> {
  const all = (await runExample(ex, RULES)).findings;
  return rule ? all.filter((f) => f.rule === rule) : all;
}

const SURVEY = `CREATE TYPE "public"."SurveyType" AS ENUM ('email', 'link', 'mobile');
CREATE TABLE "public"."Survey" ("id" TEXT NOT NULL, "type" "public"."SurveyType" NOT NULL DEFAULT 'link', CONSTRAINT "Survey_pkey" PRIMARY KEY ("id"));`;

/** Prisma's migration for an enum change: a new type, the column converted, then the names swapped. */
const prismaEnumChange = (values: string) => `BEGIN;
CREATE TYPE "public"."SurveyType_new" AS ENUM (${values});
ALTER TABLE "public"."Survey" ALTER COLUMN "type" DROP DEFAULT;
ALTER TABLE "public"."Survey" ALTER COLUMN "type" TYPE "public"."SurveyType_new" USING ("type"::text::"public"."SurveyType_new");
ALTER TYPE "public"."SurveyType" RENAME TO "SurveyType_old";
ALTER TYPE "public"."SurveyType_new" RENAME TO "SurveyType";
DROP TYPE "public"."SurveyType_old";
ALTER TABLE "public"."Survey" ALTER COLUMN "type" SET DEFAULT 'link';
COMMIT;`;

describe('Prisma enum changes', () => {
  it('reports a removed value at the ALTER COLUMN … TYPE line, naming it', async () => {
    const ex = { before: SURVEY, sql: prismaEnumChange("'link', 'mobile'") };
    expect(await findings(ex, 'lossy-type-change')).toEqual([]);
    const fs = await findings(ex, 'drop-enum-value');
    expect(fs.map((f) => [f.line, f.message])).toEqual([
      [4, "Changing Survey.type to public.SurveyType_new drops the enum value 'email', which production rows may hold: every row holding it makes the conversion fail, and the migration aborts."],
    ]);
  });

  it('is quiet about data loss when values are only added', async () => {
    const fs = await findings({ before: SURVEY, sql: prismaEnumChange("'email', 'link', 'mobile', 'app'") });
    expect(fs.filter((f) => f.category === 'data-loss')).toEqual([]);
  });

  it('sees the renamed enum in the next migration (no stale SurveyType_new)', async () => {
    const before = `${SURVEY}\n${prismaEnumChange("'link', 'app'")}`;
    const fs = await findings({ before, sql: 'ALTER TABLE "public"."Survey" ALTER COLUMN "type" TYPE TEXT;' }, 'lossy-type-change');
    expect(fs).toEqual([]);
    const back = await findings({ before, sql: `CREATE TYPE "SurveyType_v3" AS ENUM ('app');\nALTER TABLE "Survey" ALTER COLUMN "type" TYPE "SurveyType_v3" USING ("type"::text::"SurveyType_v3");` }, 'drop-enum-value');
    expect(back.map((f) => f.message)).toEqual(["Changing Survey.type to SurveyType_v3 drops the enum value 'link', which production rows may hold: every row holding it makes the conversion fail, and the migration aborts."]);
  });

  it('finds a quoted mixed-case enum from an array column (WebhookTriggerEvents)', async () => {
    const before = `CREATE TYPE "WebhookTriggerEvents" AS ENUM ('responseCreated', 'responseUpdated', 'responseFinished');
CREATE TABLE "Webhook" ("id" TEXT NOT NULL, "triggers" "WebhookTriggerEvents"[], CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id"));`;
    const sql = `CREATE TYPE "WebhookTriggerEvents_new" AS ENUM ('responseCreated', 'responseFinished');
ALTER TABLE "Webhook" ALTER COLUMN "triggers" TYPE "WebhookTriggerEvents_new"[] USING ("triggers"::text::"WebhookTriggerEvents_new"[]);
ALTER TYPE "WebhookTriggerEvents" RENAME TO "WebhookTriggerEvents_old";
ALTER TYPE "WebhookTriggerEvents_new" RENAME TO "WebhookTriggerEvents";
DROP TYPE "WebhookTriggerEvents_old";`;
    expect(await findings({ before, sql }, 'lossy-type-change')).toEqual([]);
    const fs = await findings({ before, sql }, 'drop-enum-value');
    expect(fs.map((f) => [f.line, f.message])).toEqual([
      [2, "Changing Webhook.triggers to WebhookTriggerEvents_new[] drops the enum value 'responseUpdated', which production rows may hold: every row holding it makes the conversion fail, and the migration aborts."],
    ]);
  });
});

describe('create-index-non-concurrently on a partitioned table', () => {
  const before = `CREATE TABLE "Event" ("id" BIGSERIAL, "tenantId" TEXT NOT NULL, "createdAt" TIMESTAMP(3) NOT NULL) PARTITION BY RANGE ("createdAt");
CREATE TABLE "Event_2024" PARTITION OF "Event" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Event_2025" PARTITION OF "Event" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');`;

  it('is still reported, with the ON ONLY / CONCURRENTLY / ATTACH recipe and no CONCURRENTLY replacement', async () => {
    const [f, ...rest] = await findings({ before, sql: 'CREATE INDEX "Event_tenantId_idx" ON "Event"("tenantId");' }, 'create-index-non-concurrently');
    expect(rest).toEqual([]);
    expect(f.replacement).toBeUndefined();
    expect(f.message).toMatch(/partitioned table Event builds it on every partition/);
    expect(f.fix).toMatch(/rejects it on a partitioned table/);
    expect(f.fix).toContain('CREATE INDEX "Event_tenantId_idx" ON ONLY "Event" (…)');
    expect(f.fix).toContain('each partition ("Event_2024", "Event_2025")');
    expect(f.fix).toContain('CREATE INDEX CONCURRENTLY <partition_idx> ON <partition>');
    expect(f.fix).toContain('ALTER INDEX "Event_tenantId_idx" ATTACH PARTITION <partition_idx>');
    expect(f.fix).not.toMatch(/CREATE INDEX CONCURRENTLY "Event_tenantId_idx"/);
  });

  it('keeps the CONCURRENTLY replacement for a partition itself and for plain tables', async () => {
    const [f] = await findings({ before, sql: 'CREATE INDEX "Event_2024_tenantId_idx" ON "Event_2024"("tenantId");' }, 'create-index-non-concurrently');
    expect(f.replacement).toBe('CREATE INDEX CONCURRENTLY "Event_2024_tenantId_idx" ON "Event_2024"("tenantId");');
  });

  it('is quiet on ON ONLY the parent', async () => {
    expect(await findings({ before, sql: 'CREATE INDEX "Event_tenantId_idx" ON ONLY "Event"("tenantId");' }, 'create-index-non-concurrently')).toEqual([]);
  });
});
