import type { Dialect } from '../../model/dialect.js';
import type { MigrationFile } from '../../model/migration.js';
import type { LocatedOp, Statement } from '../../model/operation.js';
import { PG_VOLATILE_FUNCTIONS } from '../../knowledge/pg-catalog-data.js';
import { tokenize, type Token } from '../../frontends/sql/lexer.js';
import { splitStatements } from '../../frontends/sql/split.js';
import type { RuleContext } from '../rule.js';

/**
 * User functions (CREATE FUNCTION) as far as their declared volatility and what their body calls:
 * an IMMUTABLE function that reads the clock, a random generator or a sequence returns different
 * results for the same arguments, which an index, a generated column or a CHECK built on it
 * silently gets wrong. PostgreSQL believes the declaration and never checks it.
 */
export interface UserFunction {
  /** Unqualified name, folded as PostgreSQL folds it. */
  name: string;
  declared: 'immutable' | 'stable' | 'volatile';
  /**
   * Built-ins the body calls whose result changes from call to call or over time (now(), random(),
   * nextval() …), as written, lower case. Read for IMMUTABLE functions only, empty for the others.
   */
  unstable: string[];
  /** The CREATE FUNCTION, when this pull request has it. */
  stmt?: Statement;
  /** The CREATE FUNCTION's text, for a function of the history. */
  text?: string;
}

/**
 * Functions whose result is not fixed by their arguments: every volatile built-in (pg_proc,
 * generated), the clock of the transaction or statement (stable in pg_proc, yet different for
 * every transaction), and common extensions' generators.
 */
const UNSTABLE = new Set([
  ...PG_VOLATILE_FUNCTIONS.map((n) => n.toLowerCase()),
  'now', 'transaction_timestamp', 'statement_timestamp', 'txid_current', 'pg_current_xact_id',
  'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'gen_random_bytes',
]);
/** SQL value functions written without parentheses. */
const CLOCK_KEYWORDS = new Set(['CURRENT_TIMESTAMP', 'CURRENT_DATE', 'CURRENT_TIME', 'LOCALTIME', 'LOCALTIMESTAMP']);

/** Reads `CREATE [OR REPLACE] FUNCTION name(…) …`; undefined for any other statement. */
export function readCreateFunction(text: string): Omit<UserFunction, 'stmt'> | undefined {
  if (!/^\s*create\s+(or\s+replace\s+)?function\b/i.test(text)) return undefined;
  const toks = tokenize(text, 'postgresql');
  let k = toks.findIndex((t) => t.upper === 'FUNCTION') + 1;
  let name: string | undefined;
  // schema.name: the last part before the parameter list.
  for (; k < toks.length && toks[k].upper !== '('; k++) {
    const t = toks[k];
    if (t.kind === 'word') name = text.slice(t.start, t.end).toLowerCase();
    else if (t.kind === 'ident') name = text.slice(t.start + 1, t.end - 1).replace(/""/g, '"');
  }
  if (!name) return undefined;
  // Skip the parameter list (defaults may call functions too, but they are not the body).
  let depth = 0;
  for (; k < toks.length; k++) {
    if (toks[k].upper === '(') depth++;
    else if (toks[k].upper === ')' && --depth === 0) break;
  }
  const rest = toks.slice(k + 1);
  let declared: UserFunction['declared'] = 'volatile';
  for (const t of rest) {
    if (t.kind !== 'word') continue;
    if (t.upper === 'IMMUTABLE' || t.upper === 'STABLE' || t.upper === 'VOLATILE') {
      declared = t.upper.toLowerCase() as UserFunction['declared'];
      break;
    }
  }
  // Only an IMMUTABLE label is contradicted by these calls (now() is what STABLE is for): the
  // bodies of the others are not read, reading them was most of a cold review's time here.
  if (declared !== 'immutable') return { name, declared, unstable: [] };
  const unstable = new Set<string>();
  for (const t of rest) {
    if (t.kind === 'string') for (const c of unstableCalls(bodyOf(text.slice(t.start, t.end)))) unstable.add(c);
  }
  // SQL-standard bodies (RETURN expr, BEGIN ATOMIC … END) are tokens of the statement itself.
  for (const c of callsIn(text, rest)) unstable.add(c);
  return { name, declared, unstable: [...unstable] };
}

/** The text inside a string literal: $tag$…$tag$ or '…' (doubled quotes undone). */
export function bodyOf(literal: string): string {
  const dollar = /^(\$\w*\$)([\s\S]*)\1$/.exec(literal);
  if (dollar) return dollar[2];
  const m = /^[eE]?'([\s\S]*)'$/.exec(literal);
  return m ? m[1].replace(/''/g, "'") : '';
}

/** The unstable built-ins a piece of SQL or PL/pgSQL calls. */
function unstableCalls(sql: string): string[] {
  return callsIn(sql, tokenize(sql, 'postgresql'));
}

function callsIn(text: string, toks: Token[]): string[] {
  const out = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind !== 'word') continue;
    const prev = toks[k - 1];
    // A column or function of another schema (`x.now`) is not the built-in, pg_catalog.now() is.
    if (prev?.upper === '.' && toks[k - 2]?.upper !== 'PG_CATALOG') continue;
    if (CLOCK_KEYWORDS.has(t.upper)) out.add(t.upper.toLowerCase());
    else if (toks[k + 1]?.upper === '(' && UNSTABLE.has(t.upper.toLowerCase())) out.add(`${text.slice(t.start, t.end).toLowerCase()}()`);
  }
  return [...out];
}

/**
 * The user functions as the pull request leaves them: those of the history (historyFunctions) and
 * then those its own statements create, a later CREATE OR REPLACE replacing an earlier one.
 */
export function userFunctions(ctx: RuleContext, history: ReadonlyMap<string, UserFunction>): Map<string, UserFunction> {
  const out = new Map(history);
  for (const r of ctx.ops) {
    if (r.op.kind !== 'other') continue;
    const f = readCreateFunction(r.op.stmt.text);
    if (f) out.set(f.name, { ...f, stmt: r.op.stmt });
  }
  return out;
}

/**
 * The user functions the history before the pull request leaves: SQL files read as written,
 * Python migrations (Django RunSQL, Alembic op.execute) through the statements their front end
 * parsed, the only place their SQL is. A warm review's replay snapshot carries those of the
 * history it stands for (`ctx.snapshotFunctions`): only the files after it are read.
 */
export function historyFunctions(ctx: RuleContext): Map<string, UserFunction> {
  const reviewed = new Set(ctx.ops.map((r) => r.file.path));
  const files = ctx.set.files;
  const kept = ctx.snapshotFunctions;
  // The snapshot stands for files no change touches; were one of them reviewed, read them all.
  const from = kept && kept.files <= files.length && !files.slice(0, kept.files).some((f) => reviewed.has(f.path)) ? kept.files : 0;
  const out = new Map<string, UserFunction>(from ? kept!.functions.map((f) => [f.name, f]) : []);
  for (const file of files.slice(from)) {
    if (reviewed.has(file.path)) continue;
    for (const f of functionsOfHistoryFile(file, ctx.historyOps?.get(file), ctx.set.dialect)) out.set(f.name, f);
  }
  return out;
}

/**
 * The functions `files` leave, in the order historyFunctions keeps them, after those of `before`
 * (a replay snapshot's): what a snapshot of the history carries for the next review. `dialect`:
 * the one `opsOf` parsed the SQL files in; given, those files are read from their statements
 * (see functionsOfStatements) rather than split again.
 */
export function functionsAfter(before: readonly UserFunction[], files: readonly MigrationFile[], opsOf: (f: MigrationFile) => readonly LocatedOp[] | undefined, dialect?: Dialect): UserFunction[] {
  const out = new Map(before.map((f) => [f.name, f]));
  for (const file of files) for (const f of functionsOfHistoryFile(file, opsOf(file), dialect)) out.set(f.name, f);
  return [...out.values()];
}

/**
 * The functions one file of the history creates; `ops`: the file's parsed operations (a Python
 * migration's always, a SQL file's when at hand), `dialect` the one they were parsed in.
 */
function functionsOfHistoryFile(file: MigrationFile, ops: readonly LocatedOp[] | undefined, dialect?: Dialect): UserFunction[] {
  if (file.language !== 'sql') return functionsOfOps(ops);
  if (ops && dialect === 'postgresql' && !mayHoldTemplates(file.up)) return functionsOfStatements(file, ops);
  return /create\s+(or\s+replace\s+)?function/i.test(file.up) ? functionsOfFile(file) : [];
}

/**
 * Whether `text` may hold a template placeholder the SQL front end masks before splitting
 * (frontends/sql/templates.ts: `{{ … }}`, `${…}`, a psql `:NAME`): a cheap superset of them.
 * Without one, the front end split the very text functionsOfFile splits.
 */
function mayHoldTemplates(text: string): boolean {
  return text.includes('{{') || text.includes('${') || /:[A-Z]/.test(text);
}

/**
 * A PostgreSQL SQL file's functions from the statements its parse made (issue 11: splitting every
 * file that creates a function again cost a cold review about 15 ms). The front end split the
 * same text with the same splitter and gave every statement at least one operation, each with
 * the statement's text as written, so the statements are the ones functionsOfFile reads.
 */
function functionsOfStatements(file: MigrationFile, ops: readonly LocatedOp[]): UserFunction[] {
  let fns = CACHE.get(file);
  if (!fns) CACHE.set(file, (fns = functionsIn(ops, () => true)));
  return fns;
}

/** The functions RunSQL / op.execute statements create (rendered ORM operations carry no SQL of their own). */
function functionsOfOps(ops: readonly LocatedOp[] | undefined): UserFunction[] {
  return functionsIn(ops ?? [], (op) => !op.stmt.orm && op.kind === 'other');
}

/** The functions the statements of `ops` that `read` accepts create, each statement read once. */
function functionsIn(ops: readonly LocatedOp[], read: (op: LocatedOp) => boolean): UserFunction[] {
  const out: UserFunction[] = [];
  let last: Statement | undefined;
  for (const op of ops) {
    if (op.stmt === last || !read(op)) continue;
    last = op.stmt;
    const f = readCreateFunction(op.stmt.text);
    if (f) out.push({ ...f, text: op.stmt.text });
  }
  return out;
}

const CACHE = new WeakMap<MigrationFile, UserFunction[]>();

/** The functions a history file creates, read once per file (a history is reviewed file after file by `npm run noise`). */
function functionsOfFile(file: MigrationFile): UserFunction[] {
  let fns = CACHE.get(file);
  if (!fns) {
    fns = splitStatements(file.up, 'postgresql').flatMap((s) => {
      const f = readCreateFunction(s.text);
      return f ? [{ ...f, text: s.text }] : [];
    });
    CACHE.set(file, fns);
  }
  return fns;
}

/** The names of `functions` that an expression calls. */
export function callsTo(expr: string, functions: ReadonlyMap<string, UserFunction>): UserFunction[] {
  const out = new Map<string, UserFunction>();
  const toks = tokenize(expr, 'postgresql');
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (toks[k + 1]?.upper !== '(') continue;
    const name = t.kind === 'word' ? expr.slice(t.start, t.end).toLowerCase() : t.kind === 'ident' ? expr.slice(t.start + 1, t.end - 1) : undefined;
    const f = name !== undefined ? functions.get(name) : undefined;
    if (f) out.set(f.name, f);
  }
  return [...out.values()];
}
