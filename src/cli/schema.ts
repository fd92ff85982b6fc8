import { DEFAULT_CONFIG_PATH, EMPTY_CONFIG, type Config } from '../config/model.js';
import { readConfigFile } from '../analyze/check-repo.js';
import { isDumpSet } from '../analyze/dump-set.js';
import { loadSets, type LoadedSet } from '../analyze/load.js';
import { headChain, renderedSql } from '../analyze/orm-sql-files.js';
import { replayFiles } from '../analyze/replay-set.js';
import { startSchemas } from '../analyze/set-order.js';
import { MigraError } from '../model/errors.js';
import type { MigrationSet } from '../model/migration.js';
import { qnameSql, sqlString } from '../model/operation.js';
import { tableKey, type Schema } from '../model/schema.js';
import { namesToolTable } from '../knowledge/tool-tables.js';
import { RULES } from '../rules/index.js';
import { tableDdl } from '../schema/to-sql.js';
import { loadRevisions } from '../source/index.js';
import { applyHistory, extensionsUsed, openEngine, type AppliedHistory, type HistoryEngine } from '../verify/apply-history.js';
import { Budget, STATEMENT_TIMEOUT_MS } from '../verify/budget.js';
import { mysqlCatalogFacts } from '../verify/catalog-mysql.js';
import { openServer } from '../verify/server.js';
import { parseServerUrl, serves, type ServerUrl } from '../verify/server-url.js';
import type { Dialect } from '../model/dialect.js';
import { pgCatalogFacts } from '../verify/catalog-pg.js';
import { sqliteCatalogFacts } from '../verify/catalog-sqlite.js';
import { compareFacts, modelFacts, type Comparison } from '../verify/facts.js';
import type { CliArgs } from './args.js';
import { compareText } from '../model/text-order.js';

/** One set's schema at the commit, and what the engine said of it when verifying. */
interface SetSchema {
  set: MigrationSet;
  schema: Schema;
  /** What the replay could not apply (an object it did not know of, one created twice …), where. */
  replayIssues: { file: string; line: number; message: string }[];
  verified?: { engine: string; applied: AppliedHistory; comparison: Comparison } | { skipped: string };
}

/**
 * `migra schema`: the schema each migration set builds at a commit, as DDL or as the model; with
 * `--verify`, the facts where the model and a real engine's catalog disagree.
 */
export async function runSchema(args: CliArgs, write: (s: string) => void): Promise<number> {
  const at = args.at ?? args.head;
  const rev = await loadRevisions({ repo: args.repo, base: at, head: at });
  let results: SetSchema[];
  try {
    const config = args.config ? await readConfigFile(args.config) : await treeConfig(rev.head);
    const loaded = (await loadSets(rev.before, rev.head, config)).filter((l) => l.head && !isDumpSet(l));
    const chosen = args.set === undefined ? loaded : loaded.filter((l) => l.head!.dir === args.set!.replace(/^\.\/|\/$/g, ''));
    if (!chosen.length) {
      const dirs = loaded.map((l) => l.head!.dir || '.').join(', ');
      throw new MigraError(args.set === undefined ? `schema: no migration sets at ${at}` : `schema: no set at "${args.set}"; sets at ${at}: ${dirs || 'none'}`);
    }
    results = [];
    const server = args.verifyUrl ? parseServerUrl(args.verifyUrl) : undefined;
    for (const l of chosen) results.push(await setSchema(l, !!args.verify, server));
  } finally {
    rev.close();
  }
  if (args.format === 'json') write(JSON.stringify(results.map(toJson), null, 2) + '\n');
  else for (const r of results) write(args.verify ? verifyText(r) : schemaSql(r));
  return results.some((r) => r.verified && 'comparison' in r.verified && r.verified.comparison.diffs.length) ? 1 : 0;
}

async function treeConfig(head: { read(paths: string[]): Promise<Map<string, string>> }): Promise<Config> {
  const text = (await head.read([DEFAULT_CONFIG_PATH])).get(DEFAULT_CONFIG_PATH);
  return text === undefined ? EMPTY_CONFIG : (await import('../config/config.js')).parseConfig(text, DEFAULT_CONFIG_PATH, RULES.map((r) => r.id));
}

async function setSchema(l: LoadedSet, verify: boolean, server?: ServerUrl): Promise<SetSchema> {
  const set = l.head!;
  const replay = replayFiles(set.files, l.ops, set.dialect, () => false, startSchemas(l).head);
  const replayIssues = replay.issues.map((i) => ({ file: i.op.stmt.file, line: i.op.stmt.line, message: i.message }));
  const out: SetSchema = { set, schema: userSchema(replay.schema, l), replayIssues };
  if (!verify) return out;
  const onServer = server && serves(server, set.dialect);
  if (!onServer && set.dialect !== 'postgresql' && set.dialect !== 'sqlite') {
    out.verified = { skipped: `${set.dialect} has no embedded engine; verify it against a server (--verify-url mysql://…)` };
    return out;
  }
  const history = [...(l.after ?? []).map((p) => p.head?.files ?? []), set.files];
  const engine = onServer ? await serverEngine(server, set.dialect) : await openEngine(set.dialect, extensionsUsed(history.flat()));
  // Django and Alembic: the SQL Migra renders for their operations (it checks Migra's model against itself there, plus the engine's own naming and typing).
  const rendered = renderedSql(l);
  const python = rendered ? { ops: headChain(l).ops, rendered } : undefined;
  try {
    const applied: AppliedHistory = { statements: 0, skipped: [], notApplied: [] };
    // The tool's own table is there before any migration (knowledge/tool-tables.ts), in the model too.
    if (l.tool) await engine.exec(l.tool.table.sql);
    for (const files of history) {
      const a = await applyHistory(engine, files, python);
      applied.statements += a.statements;
      applied.skipped.push(...a.skipped);
      applied.notApplied.push(...a.notApplied);
    }
    const facts = set.dialect === 'postgresql' ? await pgCatalogFacts(engine) : set.dialect === 'sqlite' ? await sqliteCatalogFacts(engine) : await mysqlCatalogFacts(engine);
    out.verified = { engine: engine.version, applied, comparison: compareFacts(modelFacts(replay.schema), facts) };
  } finally {
    await engine.close();
  }
  return out;
}

/** A fresh scratch database on the server of --verify-url (dropped by close()), as the history engine the comparison reads. */
async function serverEngine(server: ServerUrl, dialect: Dialect): Promise<HistoryEngine> {
  // Generous: the command reads a whole history, not one pull request.
  const db = await openServer(server, new Budget(STATEMENT_TIMEOUT_MS, 30 * 60_000));
  return {
    dialect,
    version: `${db.name} at ${server.where}`,
    exec: (sql) => db.exec(sql),
    query: (sql) => db.query<Record<string, unknown>>(sql),
    close: () => db.close(),
  };
}

/** Replay issues named in the header; the JSON output has them all. */
const NAMED_ISSUES = 20;

/** The schema without the migration tool's own table, unless a migration of the set names it. */
function userSchema(schema: Schema, l: LoadedSet): Schema {
  const tool = l.tool?.table;
  if (!tool || l.head!.files.some((f) => namesToolTable(f.up, tool))) return schema;
  const tables = new Map(schema.tables);
  tables.delete(tableKey({ name: tool.name }, schema.dialect));
  return { ...schema, tables };
}

function header(r: SetSchema): string {
  const n = r.replayIssues.length;
  let out = `-- ${r.set.dir || '.'}: ${r.set.format}, ${r.set.dialect}, ${r.set.files.length} migrations${n ? `, ${n} replay issues` : ''}\n`;
  for (const i of r.replayIssues.slice(0, NAMED_ISSUES)) out += `--   ${i.file}:${i.line}: ${oneLine(i.message)}\n`;
  if (n > NAMED_ISSUES) out += `--   … ${n - NAMED_ISSUES} more (--format json lists them all)\n`;
  return out;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').slice(0, 200);
}

/** DDL that recreates the model: enum types, then tables with their indexes, then foreign keys' targets in any order (constraints are inline). */
export function schemaSql(r: Pick<SetSchema, 'schema'> & Partial<SetSchema>): string {
  const s = r.schema;
  const parts: string[] = [];
  for (const name of [...s.schemas].sort()) parts.push(`CREATE SCHEMA ${qnameSql({ name }, s.dialect)}`);
  for (const [key, values] of [...s.enums].sort(([a], [b]) => compareText(a, b))) {
    const [schema, name] = key.includes('.') ? key.split('.', 2) : [undefined, key];
    parts.push(`CREATE TYPE ${qnameSql({ schema, name }, s.dialect)} AS ENUM (${values.map(sqlString).join(', ')})`);
  }
  for (const t of [...s.tables.values()].sort((a, b) => compareText(qnameSql(a.name), qnameSql(b.name)))) {
    const ddl = tableDdl(t, s.dialect);
    if (t.partial) ddl[0] = `-- partial: replay did not see all of ${qnameSql(t.name, s.dialect)}\n${ddl[0]}`;
    parts.push(...ddl);
  }
  for (const v of [...s.views.values()]) parts.push(`-- ${v.materialized ? 'materialized view' : 'view'} ${qnameSql(v.name, s.dialect)} (definition not modelled)`);
  return `${r.set ? header(r as SetSchema) : ''}${parts.map((p) => (p.startsWith('--') && !p.includes('\n') ? p : `${p};`)).join('\n\n')}\n\n`;
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(2)} %` : 'n/a';
}

function verifyText(r: SetSchema): string {
  let out = header(r);
  const v = r.verified;
  if (!v) return out;
  if ('skipped' in v) return `${out}-- not verified: ${v.skipped}\n\n`;
  const { comparison: c, applied } = v;
  out += `-- verified on ${v.engine}: ${applied.statements} statements applied, ${applied.skipped.length} refused by the engine\n`;
  if (applied.notApplied.length) out += `-- ${applied.notApplied.length} Python migrations not applied (their SQL is not rendered here)\n`;
  for (const s of applied.skipped) out += `--   refused ${s.file}:${s.line}: ${s.error} (${s.text})\n`;
  out += `-- ${c.equal}/${c.total} facts equal (${pct(c.equal, c.total)})\n`;
  if (c.uncomparable?.length) {
    const targets = [...new Set(c.uncomparable.map((u) => /-> ([^(\s]+)\(/.exec(u.model ?? '')?.[1]))].sort().join(', ');
    out += `-- not compared: ${c.uncomparable.length} foreign keys to tables no migration here creates (${targets})\n`;
  }
  for (const d of c.diffs) out += `${d.key}: model ${d.model ?? '(none)'} | engine ${d.engine ?? '(none)'}\n`;
  return `${out}\n`;
}

function toJson(r: SetSchema): unknown {
  const s = r.schema;
  return {
    set: r.set.dir || '.',
    format: r.set.format,
    dialect: r.set.dialect,
    migrations: r.set.files.length,
    replayIssues: r.replayIssues.length,
    issues: r.replayIssues,
    schema: {
      schemas: [...s.schemas],
      enums: Object.fromEntries(s.enums),
      tables: [...s.tables.values()],
      views: [...s.views.values()],
    },
    ...(r.verified ? { verified: r.verified } : {}),
  };
}
