import type { Count, DataCheck, OpFacts, TableSize } from '../model/live.js';
import type { LocatedOp, QName } from '../model/operation.js';
import { qnameKey, qnameSql, quoteIdent } from '../model/operation.js';
import type { Deadline } from './budget.js';
import type { LiveDb } from './db.js';
import { misfitCondition, misfitWhat } from './misfit.js';
import type { Probe } from './plan.js';

/** Tables up to this many rows (by the statistics) are counted exactly; larger ones keep the estimate. */
export const EXACT_COUNT_ROWS = 200_000;
/** A bounded probe stops after this many hits: "at least 1,000 duplicate groups" is decision enough. */
export const PROBE_LIMIT = 1_000;

/**
 * Runs the probes of every operation on the database, the catalogue and statistics first and
 * a count only where it is cheap (small tables) or bounded (LIMIT, the statement timeout). What
 * cannot be read in time becomes an `unknown` phrase of the operation, never an error.
 */
export async function readFacts(db: LiveDb, plan: ReadonlyMap<LocatedOp, Probe[]>, deadline: Deadline): Promise<Map<LocatedOp, OpFacts>> {
  const reader = new Reader(db);
  const out = new Map<LocatedOp, OpFacts>();
  for (const [op, probes] of plan) {
    const facts: OpFacts = { sizes: [], checks: [], unknown: [] };
    for (const p of probes) {
      if (deadline.spent) {
        facts.unknown.push('not read: the time budget ran out');
        break;
      }
      await reader.apply(p, facts);
    }
    out.set(op, facts);
  }
  return out;
}

class Reader {
  private readonly sizes = new Map<string, Promise<TableSize | string>>();

  constructor(private readonly db: LiveDb) {}

  async apply(p: Probe, facts: OpFacts): Promise<void> {
    const size = await this.size(p.table);
    if (typeof size === 'string') {
      if (!facts.unknown.includes(size)) facts.unknown.push(size);
      return;
    }
    if (!facts.sizes.some((s) => s.table === size.table)) facts.sizes.push(size);
    const t = this.name(p.table);
    const q = (c: string) => quoteIdent(c, this.db.dialect);
    switch (p.kind) {
      case 'size':
        return;
      case 'values': {
        const count = await this.nonNull(p.table, p.column, size);
        if (typeof count === 'string') facts.unknown.push(count);
        else facts.values = { column: p.column, count };
        return;
      }
      case 'duplicates': {
        const cols = p.columns.map(q).join(', ');
        const where = p.nullsDistinct ? ` WHERE ${p.columns.map((c) => `${q(c)} IS NOT NULL`).join(' AND ')}` : '';
        const what = `duplicate groups of (${p.columns.join(', ')}) in ${show(p.table)}`;
        return void (await this.check(facts, 'duplicates', what, `SELECT 1 AS x FROM ${t}${where} GROUP BY ${cols} HAVING count(*) > 1`));
      }
      case 'nulls': {
        const what = `rows of ${show(p.table)} with NULL in ${p.columns.join(' or ')}`;
        const ok = await this.check(facts, 'nulls', what, `SELECT 1 AS x FROM ${t} WHERE ${p.columns.map((c) => `${q(c)} IS NULL`).join(' OR ')}`);
        if (!ok && p.columns.length === 1) await this.nullEstimate(facts, p.table, p.columns[0], size, what);
        return;
      }
      case 'rows':
        return void (await this.check(facts, 'rows', `${p.why} (rows of ${show(p.table)})`, `SELECT 1 AS x FROM ${t}`));
      case 'orphans': {
        const ref = this.name(p.ref);
        const notNull = p.columns.map((c) => `c.${q(c)} IS NOT NULL`).join(' AND ');
        const match = p.columns.map((c, i) => `p.${q(p.refColumns[i])} = c.${q(c)}`).join(' AND ');
        const what = `rows of ${show(p.table)} whose (${p.columns.join(', ')}) has no match in ${show(p.ref)}`;
        return void (await this.check(facts, 'orphans', what, `SELECT 1 AS x FROM ${t} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${ref} p WHERE ${match})`));
      }
      case 'misfits': {
        const cond = misfitCondition(p.test, q(p.column), this.db.dialect);
        if (!cond) return;
        return void (await this.check(facts, 'misfits', misfitWhat(p.test, `${show(p.table)}.${p.column}`), `SELECT 1 AS x FROM ${t} WHERE ${cond}`));
      }
    }
  }

  /** A bounded count of the rows `select` returns; false when it could not be read. */
  private async check(facts: OpFacts, kind: DataCheck['kind'], what: string, select: string): Promise<boolean> {
    try {
      const [r] = await this.db.query(`SELECT count(*) AS n FROM (${select} LIMIT ${PROBE_LIMIT}) s`);
      const n = Number(r?.n ?? 0);
      facts.checks.push({ kind, what, count: { n, how: n >= PROBE_LIMIT ? 'atLeast' : 'exact' } });
      return true;
    } catch (e) {
      facts.unknown.push(`could not count ${what}: ${(e as Error).message}`);
      return false;
    }
  }

  /** PostgreSQL's statistics say NULLs were there when the table was last analysed. */
  private async nullEstimate(facts: OpFacts, table: QName, column: string, size: TableSize, what: string): Promise<void> {
    const stats = await this.db.columnStats(table, column).catch(() => undefined);
    if (!stats || stats.nullFrac <= 0) return;
    facts.checks.push({ kind: 'nulls', what, count: { n: Math.max(1, Math.round(stats.nullFrac * size.rows.n)), how: 'estimate' } });
  }

  private async nonNull(table: QName, column: string, size: TableSize): Promise<Count | string> {
    const what = `non-null values of ${show(table)}.${column}`;
    if (size.rows.how === 'exact') {
      try {
        const [r] = await this.db.query(`SELECT count(${quoteIdent(column, this.db.dialect)}) AS n FROM ${this.name(table)}`);
        return { n: Number(r?.n ?? 0), how: 'exact' };
      } catch (e) {
        return `could not count ${what}: ${(e as Error).message}`;
      }
    }
    const stats = await this.db.columnStats(table, column).catch(() => undefined);
    if (stats) return { n: Math.round(size.rows.n * (1 - stats.nullFrac)), how: 'estimate' };
    return `${what}: not counted (a large table without statistics for the column)`;
  }

  private size(table: QName): Promise<TableSize | string> {
    const key = qnameKey(table);
    let p = this.sizes.get(key);
    if (!p) {
      p = this.readSize(table);
      this.sizes.set(key, p);
    }
    return p;
  }

  private async readSize(table: QName): Promise<TableSize | string> {
    const name = show(table);
    let cat;
    try {
      cat = await this.db.size(table);
    } catch (e) {
      return `could not read the size of ${name}: ${(e as Error).message}`;
    }
    if (!cat) return `${name} is not in the database`;
    const bytes = cat.bytes;
    if (cat.rows === undefined || cat.rows <= EXACT_COUNT_ROWS) {
      try {
        const [r] = await this.db.query(`SELECT count(*) AS n FROM ${this.name(table)}`);
        return { table: name, rows: { n: Number(r?.n ?? 0), how: 'exact' }, bytes };
      } catch (e) {
        if (cat.rows === undefined) return `could not count the rows of ${name}: ${(e as Error).message}`;
      }
    }
    return { table: name, rows: { n: Math.round(cat.rows!), how: 'estimate' }, bytes };
  }

  private name(q: QName): string {
    return qnameSql(q, this.db.dialect);
  }
}

/** `users`, `app.orders` (PostgreSQL's public schema left out). */
function show(q: QName): string {
  return q.schema && q.schema !== 'public' ? `${q.schema}.${q.name}` : q.name;
}
