import type { FormatId } from '../model/migration.js';
import { alembic } from './alembic.js';
import { atlas } from './atlas.js';
import { dbmate } from './dbmate.js';
import { diesel } from './diesel.js';
import { drizzle } from './drizzle.js';
import { django } from './django.js';
import { flyway } from './flyway.js';
import { golangMigrate } from './golang-migrate.js';
import { goose } from './goose.js';
import { liquibase } from './liquibase.js';
import { plain } from './plain.js';
import { prisma } from './prisma.js';
import { schemaDump } from './schema-dump.js';
import { sqitch } from './sqitch.js';
import { sqlx } from './sqlx.js';
import type { FormatSpec } from './spec.js';
import { supabase } from './supabase.js';

/** Formats whose sets detectSets can build. */
export const FORMAT_SPECS = {
  flyway,
  'golang-migrate': golangMigrate,
  goose,
  dbmate,
  prisma,
  diesel,
  sqlx,
  atlas,
  supabase,
  drizzle,
  liquibase,
  sqitch,
  plain,
  django,
  alembic,
  'schema-dump': schemaDump,
} as const satisfies Partial<Record<FormatId, FormatSpec>>;

export type SupportedFormat = keyof typeof FORMAT_SPECS;

export function isSupportedFormat(f: FormatId): f is SupportedFormat {
  return Object.hasOwn(FORMAT_SPECS, f);
}

/** Whether the tool has a down step at all; for every format id, including ones not read yet. */
const DOWN: Record<FormatId, boolean> = {
  flyway: true,
  'golang-migrate': true,
  goose: true,
  dbmate: true,
  prisma: false,
  diesel: true,
  sqlx: true,
  atlas: false,
  supabase: false,
  drizzle: false,
  plain: false,
  liquibase: true,
  sqitch: true,
  django: true,
  alembic: true,
  'schema-dump': false,
};

export function supportsDown(format: FormatId): boolean {
  return DOWN[format];
}
