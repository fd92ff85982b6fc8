import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { riskLevel, riskScore } from '../analyze/score.js';
import { MigraError } from '../model/errors.js';
import { SEVERITIES } from '../model/finding.js';
import { LEVELS, REPORT_VERSION, type Report } from '../model/report.js';

/** A report larger than this is not a Migra report. */
const MAX_BYTES = 50 * 1024 * 1024;

const text = z.string().max(200_000);
const name = z.string().max(1_000);
const line = z.number().int().min(0).max(100_000_000);

const finding = z.object({
  rule: name,
  severity: z.enum(SEVERITIES as [string, ...string[]]),
  category: z.enum(['data-loss', 'locking', 'compatibility', 'integrity', 'hygiene', 'process']),
  file: name,
  line,
  endLine: line,
  message: text,
  why: text,
  fix: text,
  replacement: text.optional(),
  rollback: text.optional(),
  statement: text.optional(),
  verified: name.optional(),
});

const reportSchema = z.object({
  version: z.literal(REPORT_VERSION),
  tool: z.object({ name: z.literal('migra'), version: name }),
  before: name,
  head: name,
  sets: z.array(z.object({ dir: name, format: name, dialect: name, dialectSource: name, files: z.number().int().min(0) })),
  files: z.array(z.object({ path: name, status: z.enum(['added', 'modified', 'deleted', 'renamed']), oldPath: name.optional(), set: name, statements: z.number().int().min(0), unparsed: z.number().int().min(0) })),
  findings: z.array(finding),
  acknowledged: z.array(finding.extend({ reason: text })),
  score: z.number(),
  level: z.enum(LEVELS as [string, ...string[]]),
  rollback: z.string().max(10_000_000),
  dataLoss: z.array(text),
  schemaDiff: z.object({
    tables: z.array(z.object({
      table: name,
      status: z.enum(['added', 'dropped', 'changed']),
      columnsAdded: z.array(name),
      columnsDropped: z.array(name),
      columnsChanged: z.array(z.object({ column: name, from: name.optional(), to: name.optional() })),
      indexesAdded: z.array(name),
      indexesDropped: z.array(name),
      constraintsAdded: z.array(name),
      constraintsDropped: z.array(name),
    })),
    enumsAdded: z.array(name),
    enumsDropped: z.array(name),
    enumsChanged: z.array(z.object({ name, added: z.array(name), removed: z.array(name) })),
  }),
  timings: z.record(z.string(), z.number()),
  approvedBy: name.optional(),
  pullRequest: z.object({ number: z.number().int().positive() }).optional(),
  migration: z.string().max(10_000_000).optional(),
  ai: z.object({ model: name, text: z.string().max(20_000) }).optional(),
  notes: z.array(text).max(1_000).optional(),
});

/**
 * A report written by an earlier run (`--format json`, or the action's report-path), for the
 * publishing job of the fork-safe workflow pair. The file comes from a workflow that ran the pull
 * request's code, so it is untrusted: its shape is validated, and the score and level are
 * recomputed from the findings rather than taken from the file.
 */
export async function loadReport(path: string): Promise<Report> {
  let raw: string;
  try {
    if ((await stat(path)).size > MAX_BYTES) throw new MigraError(`Input 'report': ${path} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    raw = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof MigraError) throw e;
    throw new MigraError(`Input 'report': cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new MigraError(`Input 'report': ${path} is not JSON (${(e as Error).message})`);
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MigraError(`Input 'report': ${path} is not a Migra report version ${REPORT_VERSION}: ${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`);
  }
  const report = parsed.data as unknown as Report;
  report.score = riskScore(report.findings);
  report.level = riskLevel(report.findings);
  // The approval is decided by the publishing run from the pull request's labels, not by the file.
  delete report.approvedBy;
  return report;
}
