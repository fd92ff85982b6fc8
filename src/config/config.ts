import { isScalar, parseDocument, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { DIALECTS } from '../model/dialect.js';
import { MigraError } from '../model/errors.js';
import { SEVERITIES } from '../model/finding.js';
import type { LiveThresholds } from '../model/live.js';
import { DEPLOY_MODES, FAIL_LEVELS, parseFailOn, setPathKey, type Config, type LiveConfig } from './model.js';

export * from './model.js';

const FORMATS = ['flyway', 'golang-migrate', 'goose', 'dbmate', 'prisma', 'diesel', 'sqlx', 'atlas', 'supabase', 'drizzle', 'plain', 'liquibase', 'sqitch', 'django', 'alembic', 'schema-dump'] as const;

const severityOrOff = z.enum(['off', ...SEVERITIES]);
const failOnValue = z.union([z.enum(FAIL_LEVELS), z.number().min(0).max(100)]);

const setSchema = z.strictObject({
  path: z.string().min(1),
  format: z.enum(FORMATS).optional(),
  dialect: z.enum(DIALECTS).optional(),
  /** The path(s) of sets this one runs after, on the same database: it starts from the schema they leave. */
  after: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
});

const liveSchema = z.strictObject({
  'small-table-rows': z.number().int().min(0).optional(),
  'small-table-mb': z.number().min(0).optional(),
  'large-table-rows': z.number().int().min(1).optional(),
  'large-table-mb': z.number().min(0).optional(),
  'budget-seconds': z.number().gt(0).max(600).optional(),
  'statement-timeout-seconds': z.number().gt(0).max(600).optional(),
});

const fileSchema = z.strictObject({
  dialect: z.enum(DIALECTS).optional(),
  version: z.union([z.string(), z.number()]).transform(String).optional(),
  sets: z.array(setSchema).optional(),
  rules: z.record(z.string(), severityOrOff).optional(),
  'fail-on': failOnValue.optional(),
  'ignore-paths': z.array(z.string()).optional(),
  'approve-label': z.string().min(1).optional(),
  /** How migrations run: while the application serves traffic (online), or with it stopped (offline). */
  deploy: z.enum(DEPLOY_MODES).optional(),
  /** The live impact read from a database URL: size thresholds and time limits. */
  live: liveSchema.optional(),
}).superRefine((c, ctx) => checkSetOrder(c.sets ?? [], ctx));

/**
 * Parse and validate the repository config. Errors name the file, the key and what is allowed,
 * because a typo in a rule id must not silently leave the rule on.
 */
export function parseConfig(text: string, file: string, knownRules: readonly string[]): Config {
  let raw: unknown;
  try {
    const doc = parseDocument(text);
    if (doc.errors.length) throw doc.errors[0];
    raw = doc.toJS() ?? {};
    checkVersionText(doc, text, file);
  } catch (e) {
    if (e instanceof MigraError) throw e;
    const where = e instanceof YAMLParseError && e.linePos ? `:${e.linePos[0].line}` : '';
    throw new MigraError(`${file}${where}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MigraError(`${file}: ${describeIssue(issue, raw)}`);
  }
  const c = parsed.data;
  for (const id of Object.keys(c.rules ?? {})) {
    if (!knownRules.includes(id)) {
      const near = knownRules.filter((k) => closeTo(k, id));
      throw new MigraError(`${file}: rules.${id}: unknown rule${near.length ? ` (did you mean ${near.join(', ')}?)` : ''}; see \`migra rules\` for the list`);
    }
  }
  return {
    dialect: c.dialect,
    version: c.version,
    sets: c.sets?.map(({ after, ...set }) => (after === undefined ? set : { ...set, after: typeof after === 'string' ? [after] : after })),
    rules: c.rules ?? {},
    failOn: c['fail-on'] === undefined ? undefined : parseFailOn(String(c['fail-on']), `${file}: fail-on`),
    ignorePaths: c['ignore-paths'] ?? [],
    approveLabel: c['approve-label'],
    ...(c.deploy ? { deploy: c.deploy } : {}),
    ...(c.live ? { live: liveConfig(c.live) } : {}),
  };
}

function liveConfig(l: z.infer<typeof liveSchema>): LiveConfig {
  const mb = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 1024 * 1024));
  const ms = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * 1000));
  const thresholds = Object.fromEntries(Object.entries({
    smallRows: l['small-table-rows'], smallBytes: mb(l['small-table-mb']), largeRows: l['large-table-rows'], largeBytes: mb(l['large-table-mb']),
  }).filter(([, v]) => v !== undefined)) as Partial<LiveThresholds>;
  return {
    ...(Object.keys(thresholds).length ? { thresholds } : {}),
    ...(l['budget-seconds'] !== undefined ? { budgetMs: ms(l['budget-seconds']) } : {}),
    ...(l['statement-timeout-seconds'] !== undefined ? { statementTimeoutMs: ms(l['statement-timeout-seconds']) } : {}),
  };
}


/**
 * What each key takes, in the words of the README, so an error says what to write instead of
 * repeating the schema library's ("Invalid input"). `*` stands for any list index or rule id.
 */
const ALLOWED: Record<string, string> = {
  '': 'a mapping of keys (dialect, version, sets, rules, fail-on, ignore-paths, approve-label, deploy, live)',
  dialect: `one of ${DIALECTS.join(', ')}`,
  version: 'the database version as a quoted string, e.g. "16" or "8.0.35"',
  sets: 'a list of sets, each a mapping with path and optionally format, dialect, after',
  'sets.*': 'a mapping with path and optionally format, dialect, after',
  'sets.*.path': 'a folder relative to the repository root, e.g. db/migrations',
  'sets.*.format': `one of ${FORMATS.join(', ')}`,
  'sets.*.dialect': `one of ${DIALECTS.join(', ')}`,
  'sets.*.after': 'the path of another entry of sets, or a list of them',
  'sets.*.after.*': 'the path of another entry of sets',
  rules: 'a mapping of rule ids to off or a severity, e.g. drop-column: critical',
  'rules.*': `off or a severity: ${SEVERITIES.join(', ')}`,
  'fail-on': `a level (${FAIL_LEVELS.filter((l) => l !== 'never').join(', ')}), a score from 0 to 100, or never`,
  'ignore-paths': 'a list of path globs, e.g. ["vendor/**", "db/archive/*"]',
  'ignore-paths.*': 'a path glob (a string), e.g. "vendor/**"',
  'approve-label': 'a label name, e.g. migra:approved',
  live: 'a mapping with small-table-rows, small-table-mb, large-table-rows, large-table-mb, budget-seconds, statement-timeout-seconds',
  'live.small-table-rows': 'a whole number of rows (default 10000): at or below it (and small-table-mb), a lock on the table is minor',
  'live.small-table-mb': 'a number of megabytes (default 8)',
  'live.large-table-rows': 'a whole number of rows (default 1000000): at or above it, a medium lock finding becomes high',
  'live.large-table-mb': 'a number of megabytes (default 1024)',
  'live.budget-seconds': 'a number of seconds above 0, at most 600 (default 30): the whole live read',
  'live.statement-timeout-seconds': 'a number of seconds above 0, at most 600 (default 5): each query',
};

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  const key = issue.path.map(String).join('.') || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    const prefix = issue.path.length ? `${key}.` : '';
    return `${keys.map((k) => prefix + k).join(', ')}: unknown key; allowed keys are ${allowedKeys(issue.path).join(', ')}`;
  }
  // Our own checks (the order of sets) already say what is wrong in our words.
  if (issue.code === 'custom') return `${key}: ${issue.message}`;
  const allowed = ALLOWED[issue.path.map((p, i) => (typeof p === 'number' || (issue.path[0] === 'rules' && i === 1) ? '*' : String(p))).join('.')];
  const value = valueAt(raw, issue.path);
  const got = value === undefined ? 'missing' : `${shown(value)} is not allowed`;
  if (issue.code === 'invalid_value' && !allowed) return `${key}: ${got}; use one of ${(issue as { values: unknown[] }).values.join(', ')}`;
  return allowed ? `${key}: ${got}; use ${allowed}` : `${key}: ${issue.message}`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/**
 * YAML reads an unquoted `version: 8.10` as the number 8.1 (and `8.0` as 8): the version Migra
 * would use is not the one written. Said plainly instead of silently judging against MySQL 8.1.
 */
function checkVersionText(doc: ReturnType<typeof parseDocument>, text: string, file: string): void {
  if (!doc.contents || !('get' in doc.contents)) return;
  const node = doc.get('version', true);
  if (!isScalar(node) || typeof node.value !== 'number' || !node.range) return;
  const written = text.slice(node.range[0], node.range[1]);
  if (written !== String(node.value)) {
    throw new MigraError(`${file}: version: ${written} is read by YAML as the number ${node.value}; quote it: version: "${written}"`);
  }
}


/** `after:` names other entries of `sets`, and the order it gives has no loop. */
function checkSetOrder(sets: readonly z.infer<typeof setSchema>[], ctx: z.RefinementCtx): void {
  const keys = sets.map((s) => setPathKey(s.path));
  const afters = sets.map((s) => (s.after === undefined ? [] : typeof s.after === 'string' ? [s.after] : s.after).map(setPathKey));
  afters.forEach((list, i) => {
    for (const a of list) {
      const message = a === keys[i] ? `'${a}' is this set itself; a set cannot run after itself` : !keys.includes(a) ? `'${a}' is not the path of an entry of sets (${keys.join(', ')})` : undefined;
      if (message) ctx.addIssue({ code: 'custom', path: ['sets', i, 'after'], message });
    }
  });
  // A loop: follow `after` from each set; coming back to a set on the current path closes one.
  const state = new Map<number, 'open' | 'done'>();
  const visit = (i: number, path: number[]): number[] | undefined => {
    if (state.get(i) === 'done') return undefined;
    if (state.get(i) === 'open') return [...path.slice(path.indexOf(i)), i];
    state.set(i, 'open');
    for (const a of afters[i]) {
      const j = keys.indexOf(a);
      const loop = j >= 0 && j !== i ? visit(j, [...path, i]) : undefined;
      if (loop) return loop;
    }
    state.set(i, 'done');
    return undefined;
  };
  for (let i = 0; i < sets.length; i++) {
    const loop = visit(i, []);
    if (loop) {
      ctx.addIssue({ code: 'custom', path: ['sets', loop[0], 'after'], message: `the sets' order loops: ${loop.map((k) => keys[k]).join(' runs after ')}` });
      return;
    }
  }
}

function allowedKeys(path: PropertyKey[]): string[] {
  if (path[0] === 'live') return Object.keys(liveSchema.shape);
  return path.length ? Object.keys(setSchema.shape) : Object.keys(fileSchema.shape);
}

/** Edit distance ≤ 2, enough to catch a typo in a rule id. */
function closeTo(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length] <= 2;
}
