import { dumpServerVersion } from '../formats/index.js';
import { DEFAULT_VERSION, type DbTarget } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp } from '../model/operation.js';
import type { SchemaDiff } from '../model/report.js';
import { findColumn, tableKey } from '../model/schema.js';
import type { ChangedFile, ReviewedOp, RuleContext } from '../rules/rule.js';
import { diffSchemas } from '../schema/diff.js';
import { dumpAnchors } from './dump-anchors.js';
import { explainedBy, type MigrationView } from './dump-explained.js';
import type { LoadedSet } from './load.js';
import { planChange } from './plan-change.js';
import { replayFiles } from './replay-set.js';

export function isDumpSet(loaded: LoadedSet): boolean {
  return (loaded.head ?? loaded.base)!.format === 'schema-dump';
}

export interface DumpReview {
  ctx: RuleContext;
  /** The change the dump shows, for the report; absent when the PR's migrations show it already. */
  diff?: SchemaDiff;
}

/**
 * Review a schema dump the PR changed. It replays no history: the dump at base and at head are
 * each a complete schema, the operations that turn one into the other are planned (as
 * `migra diff` does) and shown on the head dump's lines, and only the planned operations that
 * the repository's migrations do not account for are under review. Statements of the dump
 * itself are never under review: nobody runs them as a migration. A dump added or removed as a
 * whole describes a database that already exists and changes nothing.
 */
export function reviewDump(loaded: LoadedSet, changes: ChangedFile[], configuredVersion: string | undefined, migrations: () => readonly MigrationView[]): DumpReview | undefined {
  if (!changes.length) return undefined;
  const set = (loaded.head ?? loaded.base)!;
  const dialect = set.dialect;
  const baseFiles = loaded.base?.files ?? [];
  const headFiles = loaded.head?.files ?? [];
  const target: DbTarget = { dialect, version: configuredVersion ?? dumpServerVersion(headFiles.map((f) => f.up)) ?? DEFAULT_VERSION[dialect] };
  // A configured dump may have no file yet at one of the commits.
  const comparable = baseFiles.length > 0 && headFiles.length > 0;
  const headSchema = replayFiles(headFiles, loaded.ops, dialect, () => false).schema;
  const base = baseFiles.length ? replayFiles(baseFiles, loaded.ops, dialect, () => false).schema : headSchema;
  const head = headFiles.length ? headSchema : base;
  const ops: ReviewedOp[] = [];
  let migrationsChanged = false;
  if (comparable) {
    const views = migrations();
    migrationsChanged = views.some((v) => v.changed);
    const files = new Map<string, MigrationFile>([...baseFiles, ...headFiles].map((f) => [f.path, f]));
    const anchor = dumpAnchors({ files: baseFiles, ops: loaded.ops }, { files: headFiles, ops: loaded.ops }, dialect);
    const explained = explainedBy(views, base, head);
    ops.push(...planChange(base, head, anchor, (path) => files.get(path)!).reviewed.filter((r) => !explained(r.op)));
    // A statement the parser cannot read may hide a change; report the new ones, unless the PR's migrations are reviewed (they would report it).
    if (!migrationsChanged) ops.push(...newUnparsed(baseFiles, headFiles, loaded.ops, base));
  }
  const diff = diffSchemas(base, head);
  const ctx: RuleContext = {
    target,
    set,
    baseSet: loaded.base,
    ops,
    base,
    head,
    diff,
    changes,
    existedAtBase: (q) => base.tables.has(tableKey(q, dialect)),
    columnExistedAtBase: (q, column) => {
      const t = base.tables.get(tableKey(q, dialect));
      return !!t && !!findColumn(t, column, dialect);
    },
  };
  // The PR's migrations show their change already; a dump that only catches up changes nothing.
  return migrationsChanged || !ops.length ? { ctx } : { ctx, diff };
}

function newUnparsed(baseFiles: readonly MigrationFile[], headFiles: readonly MigrationFile[], ops: ReadonlyMap<MigrationFile, LocatedOp[]>, before: RuleContext['base']): ReviewedOp[] {
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const known = new Set(baseFiles.flatMap((f) => (ops.get(f) ?? []).filter((o) => o.kind === 'unparsed').map((o) => flat(o.stmt.text))));
  return headFiles.flatMap((file) =>
    (ops.get(file) ?? []).filter((o) => o.kind === 'unparsed' && !known.has(flat(o.stmt.text))).map((op): ReviewedOp => ({ op, before, file, fileOps: [op], position: 0 })),
  );
}

/** Every migration set of the repository (not the dumps) at both commits; sets the PR did not change are replayed at head only. */
export function migrationViews(sets: readonly LoadedSet[], contextOf: (l: LoadedSet) => RuleContext | undefined): MigrationView[] {
  return sets.flatMap((l): MigrationView[] => {
    if (isDumpSet(l)) return [];
    const ctx = contextOf(l);
    if (ctx) return [{ base: ctx.base, head: ctx.head, changed: true }];
    if (!l.head) return [];
    const head = replayFiles(l.head.files, l.ops, l.head.dialect, () => false).schema;
    return [{ base: head, head, changed: false }];
  });
}
