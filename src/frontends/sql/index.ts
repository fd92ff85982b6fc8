import { isMysqlFamily, type Dialect } from '../../model/dialect.js';
import type { LocatedOp, Operation, Statement } from '../../model/operation.js';
import { errorOffset, mapCstStatements, type CstResult } from './cst-batch.js';
import { mapCstStatement, type CstDialect } from './cst-map.js';
import { loadCstParser } from './cst-parser.js';
import { describeStatement } from './describe.js';
import { loadPgParser, mapPgStatement, mapPgStatementSync, pgRejects } from './pg-fallback.js';
import { splitStatements, withoutCopyData, type RawStatement } from './split.js';
import { maskTemplates } from './templates.js';

export { splitStatements, type RawStatement } from './split.js';

type MysqlModule = typeof import('./mysql-map.js');
let mysqlModule: Promise<MysqlModule> | undefined;

/** The MySQL mapper is only loaded for MySQL / MariaDB sets. */
function loadMysql(): Promise<MysqlModule> {
  mysqlModule ??= import('./mysql-map.js');
  return mysqlModule;
}

/**
 * Every operation of a SQL migration file, each with the statement it came from. A statement
 * that cannot be parsed becomes one `unparsed` operation at its lines and the rest of the
 * file is still read; a statement that maps to nothing still yields an `other`.
 */
export async function parseSqlFile(text: string, opts: { file: string; dialect: Dialect }): Promise<LocatedOp[]> {
  const { file, dialect } = opts;
  // Template placeholders become same-length names; statements keep the text as written.
  const masked = maskTemplates(text, dialect);
  const raws = splitStatements(masked, dialect);
  const mysql = isMysqlFamily(dialect) ? await loadMysql() : undefined;
  // What the parsers read: a COPY … FROM STDIN without its data rows (the statement keeps them).
  const texts = dialect === 'postgresql' ? raws.map((r) => withoutCopyData(r.text)) : raws.map((r) => r.text);
  const viaPg = dialect === 'postgresql' ? await mapPgFirst(texts) : [];
  const cst = mysql ? [] : await mapCstWhereNeeded(texts, viaPg, cstDialectOf(dialect));
  const out: LocatedOp[] = [];
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    const stmt = statementOf(raw, masked === text ? raw.text : text.slice(raw.start, raw.end), file, index);
    let ops: Operation[];
    if (mysql) {
      ops = mapMysql(mysql, raw.text, dialect);
      const { algorithm, lock } = mysql.mysqlAlterOptions?.(raw.text) ?? {};
      if (algorithm) stmt.algorithm = algorithm;
      if (lock) stmt.lock = lock;
    } else {
      ops = viaPg[index] ?? (await settle(texts[index], cst[index]!, cstDialectOf(dialect)));
    }
    if (!ops.length) ops = [{ kind: 'other', description: describeStatement(raw.text, dialect) }];
    for (const op of ops) out.push({ ...op, stmt });
  }
  return out;
}

/**
 * The operations of one statement (no trailing `;`). PostgreSQL: libpg-query (PostgreSQL's own
 * grammar) first; what it rejects goes to sql-parser-cst, then, if that rejects it too, becomes
 * `unparsed` with libpg-query's message (so a valid PostgreSQL set never loads sql-parser-cst: on
 * Lemmy's 342 migrations nothing reaches it, `MIGRA_TRACE_CST=1` lists what does); what sql-parser-cst accepts but PostgreSQL's grammar refuses
 * is `unparsed` too (issue 12: nothing invalid passes as read). SQLite: sql-parser-cst. MySQL / MariaDB: the MySQL mapper.
 *
 * Why libpg-query first: on Lemmy's 342 migrations (2,664 statements) it parsed about ten times
 * faster than sql-parser-cst, and on the 2,651 statements both accept the operations are the same
 * (`node --import tsx src/tools/bench-pg-parsers.ts FILE…` measures both and compares).
 */
export async function parseSqlStatement(text: string, dialect: Dialect): Promise<Operation[]> {
  if (isMysqlFamily(dialect)) return mapMysql(await loadMysql(), maskTemplates(text, dialect), dialect);
  const parsed = dialect === 'postgresql' ? withoutCopyData(maskTemplates(text, dialect)) : maskTemplates(text, dialect);
  const viaPg = dialect === 'postgresql' ? (await mapPgFirst([parsed]))[0] : undefined;
  if (viaPg) return viaPg;
  traceCst([parsed]);
  await loadCstParser();
  const [result] = mapCstStatements([parsed], cstDialectOf(dialect));
  return settle(parsed, result, cstDialectOf(dialect));
}

/** PostgreSQL statements through libpg-query; undefined where it rejects one (or cannot map it). */
async function mapPgFirst(texts: string[]): Promise<(Operation[] | undefined)[]> {
  if (!texts.length) return [];
  await loadPgParser();
  return texts.map((t) => {
    try {
      return mapPgStatementSync(t);
    } catch {
      return undefined;
    }
  });
}

/** sql-parser-cst's results for the statements libpg-query left (all of them outside PostgreSQL), aligned with `texts`. */
async function mapCstWhereNeeded(texts: string[], done: readonly (Operation[] | undefined)[], dialect: CstDialect): Promise<(CstResult | undefined)[]> {
  const todo = texts.flatMap((_, i) => (done[i] ? [] : [i]));
  if (!todo.length) return new Array(texts.length);
  traceCst(todo.map((i) => texts[i]));
  await loadCstParser();
  const results = mapCstStatements(todo.map((i) => texts[i]), dialect);
  const out: (CstResult | undefined)[] = new Array(texts.length);
  todo.forEach((i, n) => (out[i] = results[n]));
  return out;
}

/**
 * `MIGRA_TRACE_CST=1`: each statement handed to sql-parser-cst on stderr (its first line), to
 * find what still loads it (issue 11: loading and running it is most of a cold PostgreSQL review).
 */
function traceCst(texts: string[]): void {
  if (!process.env.MIGRA_TRACE_CST) return;
  for (const t of texts) process.stderr.write(`migra: sql-parser-cst: ${t.split('\n')[0].slice(0, 160)}\n`);
}

function cstDialectOf(dialect: Dialect): CstDialect {
  return dialect === 'sqlite' ? 'sqlite' : 'postgresql';
}

/** sql-parser-cst's result, or for PostgreSQL what libpg-query makes of a statement it refused. */
async function settle(text: string, result: CstResult, dialect: CstDialect): Promise<Operation[]> {
  if ('ops' in result) {
    if (dialect !== 'postgresql') return result.ops;
    // PostgreSQL has the last word on what is PostgreSQL (issue 12: nothing invalid passes as read).
    const rejected = await pgRejects(text);
    return rejected === undefined ? result.ops : [{ kind: 'unparsed', message: firstLine(new Error(rejected)) }];
  }
  const meta = dialect === 'postgresql' ? psqlMetaCommand(text) : undefined;
  if (meta) return [{ kind: 'other', description: meta }];
  if (dialect !== 'postgresql') return sqliteWithQuotedNames(text, result.error) ?? [{ kind: 'unparsed', message: cstMessage(result.error) }];
  try {
    return await mapPgStatement(text);
  } catch (pgError) {
    return [{ kind: 'unparsed', message: firstLine(pgError) }];
  }
}

/**
 * A psql meta-command line (`\set ON_ERROR_STOP on`, `\connect db`, pg_dump's `\restrict key`):
 * the client runs it, the server never sees it. Described by its command; `\i file` names a
 * file whose statements are not read here.
 */
function psqlMetaCommand(text: string): string | undefined {
  const m = /^\\([A-Za-z]+|[!?])/.exec(text);
  return m ? `psql \\${m[1]}` : undefined;
}

/**
 * Keywords SQLite also takes as names (its grammar's `%fallback ID` list and the join
 * keywords), which sql-parser-cst rejects where a name goes: `CREATE TABLE groups (…)`.
 */
const SQLITE_NAME_KEYWORDS = new Set(['CAST', 'LIKE', 'GLOB', 'REGEXP', 'MATCH', 'RAISE', 'GROUPS', 'NATURAL', 'LEFT', 'OUTER', 'RIGHT', 'FULL', 'INNER', 'CROSS', 'WINDOW', 'OVER', 'FILTER', 'RETURNING']);

/**
 * SQLite: a statement sql-parser-cst refused because one of those keywords stands where it
 * expected a name, parsed again with the keyword quoted (what SQLite reads it as), or because a
 * table constraint follows another without a comma, parsed again with the comma. Undefined
 * when the error is anything else.
 */
function sqliteWithQuotedNames(text: string, error: unknown): Operation[] | undefined {
  let current = text;
  let e = error;
  for (let attempt = 0; attempt < 8; attempt++) {
    const message = e instanceof Error ? e.message : '';
    const at = errorOffset(e, current);
    const missingComma = /^Syntax Error: Unexpected "(FOREIGN|CONSTRAINT|PRIMARY|UNIQUE|CHECK)"\nWas expecting to see: .*"\)", ","/i.exec(message)?.[1];
    if (missingComma && at !== undefined && current.slice(at, at + missingComma.length).toUpperCase() === missingComma.toUpperCase()) {
      // SQLite takes table constraints without commas between them (`… ON DELETE cascade FOREIGN KEY …`).
      current = `${current.slice(0, at)}, ${current.slice(at)}`;
    } else {
      const word = /^Syntax Error: Unexpected "([A-Za-z_]+)"\nWas expecting to see: .*\bidentifier\b/.exec(message)?.[1];
      if (!word || at === undefined || !SQLITE_NAME_KEYWORDS.has(word.toUpperCase())) return undefined;
      if (current.slice(at, at + word.length) !== word || /[\w$]/.test(current[at + word.length] ?? '')) return undefined;
      current = `${current.slice(0, at)}"${word}"${current.slice(at + word.length)}`;
    }
    try {
      return mapCstStatement(current, 'sqlite');
    } catch (next) {
      e = next;
    }
  }
  return undefined;
}

function mapMysql(mod: MysqlModule, text: string, dialect: Dialect): Operation[] {
  try {
    return mod.mapMysqlStatement(text, dialect);
  } catch (e) {
    return [{ kind: 'unparsed', message: firstLine(e) }];
  }
}

function statementOf(raw: RawStatement, text: string, file: string, index: number): Statement {
  return { file, line: raw.line, endLine: raw.endLine, column: raw.column, text, index, inTransaction: false };
}

/** Parser messages carry a code frame after the first line; the finding shows the line. */
function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0].trim() || 'could not parse the statement';
}

/** sql-parser-cst: `Syntax Error: Unexpected "b"`, plus what it expected there. */
function cstMessage(e: unknown): string {
  const lines = (e instanceof Error ? e.message : String(e)).split('\n');
  const expected = lines[1]?.startsWith('Was expecting') ? lines[1].replace(/,? or whitespace$/, '').replace(/^Was expecting to see: whitespace$/, '') : '';
  return expected ? `${firstLine(e)}; ${expected.charAt(0).toLowerCase()}${expected.slice(1)}` : firstLine(e);
}
