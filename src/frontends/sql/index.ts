import { isMysqlFamily, type Dialect } from '../../model/dialect.js';
import type { LocatedOp, Operation, Statement } from '../../model/operation.js';
import { errorOffset, mapCstStatements, type CstResult } from './cst-batch.js';
import { mapCstStatement, type CstDialect } from './cst-map.js';
import { loadCstParser } from './cst-parser.js';
import { describeStatement } from './describe.js';
import { loadPgParser, readPgStatement, type PgReading } from './pg-fallback.js';
import { splitStatements, withoutCopyData, type RawStatement } from './split.js';
import { maskTemplates } from './templates.js';
import { setParserFlags } from '../v8-flags.js';

export { splitStatements, type RawStatement } from './split.js';

type MysqlModule = typeof import('./mysql-map.js');
let mysqlModule: Promise<MysqlModule> | undefined;

/** The MySQL mapper is only loaded for MySQL / MariaDB sets. */
function loadMysql(): Promise<MysqlModule> {
  mysqlModule ??= setParserFlags().then(() => import('./mysql-map.js'));
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
  const pg = dialect === 'postgresql' ? await readPg(texts) : [];
  const cst = mysql ? [] : await mapCstWhereNeeded(texts, pg, cstDialectOf(dialect));
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
      ops = settle(texts[index], pg[index], cst[index]);
    }
    if (!ops.length) ops = [{ kind: 'other', description: describeStatement(raw.text, dialect) }];
    for (const op of ops) out.push({ ...op, stmt });
  }
  return out;
}

/**
 * The operations of one statement (no trailing `;`). PostgreSQL: libpg-query (PostgreSQL's own
 * grammar); what its grammar refuses is `unparsed` with its message whatever sql-parser-cst would
 * make of it (issue 12: nothing invalid passes as read), and only what it parses but the mapper
 * cannot read goes to sql-parser-cst (so a PostgreSQL set rarely loads sql-parser-cst: on Lemmy's
 * 342 migrations nothing reaches it, `MIGRA_TRACE_CST=1` lists what does). SQLite: sql-parser-cst.
 * MySQL / MariaDB: the MySQL mapper.
 *
 * Why libpg-query first: on Lemmy's 342 migrations (2,664 statements) it parsed about ten times
 * faster than sql-parser-cst, and on the 2,651 statements both accept the operations are the same
 * (`node --import tsx src/tools/bench-pg-parsers.ts FILE…` measures both and compares).
 */
export async function parseSqlStatement(text: string, dialect: Dialect): Promise<Operation[]> {
  if (isMysqlFamily(dialect)) return mapMysql(await loadMysql(), maskTemplates(text, dialect), dialect);
  const parsed = dialect === 'postgresql' ? withoutCopyData(maskTemplates(text, dialect)) : maskTemplates(text, dialect);
  const pg = dialect === 'postgresql' ? await readPg([parsed]) : [];
  const [cst] = await mapCstWhereNeeded([parsed], pg, cstDialectOf(dialect));
  return settle(parsed, pg[0], cst);
}

/** PostgreSQL statements through libpg-query, each read once. */
async function readPg(texts: string[]): Promise<PgReading[]> {
  if (!texts.length) return [];
  await loadPgParser();
  return texts.map(readPgStatement);
}

/**
 * sql-parser-cst's results, aligned with `texts`, for the statements it has to read: all of them
 * outside PostgreSQL, those libpg-query parsed but could not map in it.
 */
async function mapCstWhereNeeded(texts: string[], pg: readonly (PgReading | undefined)[], dialect: CstDialect): Promise<(CstResult | undefined)[]> {
  const todo = texts.flatMap((_, i) => (!pg[i] || 'unmapped' in pg[i] ? [i] : []));
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

/**
 * The operations of a statement from what the parsers made of it. PostgreSQL has the last word on
 * what is PostgreSQL (issue 12): a statement its grammar refuses is `unparsed` with its message
 * (a psql meta-command is the client's), and sql-parser-cst only stands in for libpg-query's
 * mapper. SQLite: sql-parser-cst's result, retried with SQLite's keyword names.
 */
function settle(text: string, pg: PgReading | undefined, cst: CstResult | undefined): Operation[] {
  if (pg && 'ops' in pg) return pg.ops;
  if (pg && 'rejected' in pg) {
    const meta = psqlMetaCommand(text);
    return meta ? [{ kind: 'other', description: meta }] : [{ kind: 'unparsed', message: firstLine(pg.rejected) }];
  }
  if (!cst) throw new Error('settle: sql-parser-cst has no result for this statement');
  if ('ops' in cst) return cst.ops;
  if (pg) return [{ kind: 'unparsed', message: firstLine(pg.unmapped) }];
  return sqliteWithQuotedNames(text, cst.error) ?? [{ kind: 'unparsed', message: cstMessage(cst.error) }];
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
