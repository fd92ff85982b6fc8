import { isMysqlFamily, type Dialect } from '../../model/dialect.js';
import type { LocatedOp, Operation, Statement } from '../../model/operation.js';
import { mapCstStatements, type CstResult } from './cst-batch.js';
import type { CstDialect } from './cst-map.js';
import { describeStatement } from './describe.js';
import { mapPgStatement } from './pg-fallback.js';
import { splitStatements, type RawStatement } from './split.js';

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
  const raws = splitStatements(text, dialect);
  const mysql = isMysqlFamily(dialect) ? await loadMysql() : undefined;
  const cst = mysql ? [] : mapCstStatements(raws.map((r) => r.text), cstDialectOf(dialect));
  const out: LocatedOp[] = [];
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index];
    const stmt = statementOf(raw, file, index);
    let ops: Operation[];
    if (mysql) {
      ops = mapMysql(mysql, raw.text, dialect);
      const { algorithm, lock } = mysql.mysqlAlterOptions?.(raw.text) ?? {};
      if (algorithm) stmt.algorithm = algorithm;
      if (lock) stmt.lock = lock;
    } else {
      ops = await settle(raw.text, cst[index], cstDialectOf(dialect));
    }
    if (!ops.length) ops = [{ kind: 'other', description: describeStatement(raw.text, dialect) }];
    for (const op of ops) out.push({ ...op, stmt });
  }
  return out;
}

/**
 * The operations of one statement (no trailing `;`). PostgreSQL: sql-parser-cst first, then
 * libpg-query (PostgreSQL's own grammar) for what it rejects; the message of an `unparsed`
 * operation is libpg-query's. SQLite: sql-parser-cst. MySQL / MariaDB: the MySQL mapper.
 */
export async function parseSqlStatement(text: string, dialect: Dialect): Promise<Operation[]> {
  if (isMysqlFamily(dialect)) return mapMysql(await loadMysql(), text, dialect);
  const [result] = mapCstStatements([text], cstDialectOf(dialect));
  return settle(text, result, cstDialectOf(dialect));
}

function cstDialectOf(dialect: Dialect): CstDialect {
  return dialect === 'sqlite' ? 'sqlite' : 'postgresql';
}

/** sql-parser-cst's result, or for PostgreSQL what libpg-query makes of a statement it refused. */
async function settle(text: string, result: CstResult, dialect: CstDialect): Promise<Operation[]> {
  if ('ops' in result) return result.ops;
  if (dialect !== 'postgresql') return [{ kind: 'unparsed', message: cstMessage(result.error) }];
  try {
    return await mapPgStatement(text);
  } catch (pgError) {
    return [{ kind: 'unparsed', message: firstLine(pgError) }];
  }
}

function mapMysql(mod: MysqlModule, text: string, dialect: Dialect): Operation[] {
  try {
    return mod.mapMysqlStatement(text, dialect);
  } catch (e) {
    return [{ kind: 'unparsed', message: firstLine(e) }];
  }
}

function statementOf(raw: RawStatement, file: string, index: number): Statement {
  return { file, line: raw.line, endLine: raw.endLine, column: raw.column, text: raw.text, index, inTransaction: false };
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
