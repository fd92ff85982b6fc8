import { escapeRegExp } from '../model/regex.js';
import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import type { LocatedOp, Operation, Statement } from '../model/operation.js';
import { tableKey } from '../model/schema.js';
import type { Anchor } from '../rules/rule.js';
import { lineMapper } from './line-map.js';

/** The statement that defines an object in a dump, and the name to find its own line by. */
interface Definition {
  stmt: Statement;
  name?: string;
}

/** The dump files at one commit with their parsed operations. */
export interface DumpSide {
  files: readonly MigrationFile[];
  ops: ReadonlyMap<MigrationFile, LocatedOp[]>;
}

/**
 * Where a planned change to a dump is shown: the line of the head dump that defines the changed
 * object (a column's line inside its CREATE TABLE, a constraint's ADD CONSTRAINT). An object the
 * head dump no longer has is found at base and shown at the place of the head file where its
 * lines were removed, because findings become annotations and review comments on the head
 * commit: a base line number would point at an unrelated head line. Only when the whole file is
 * gone does the anchor stay at base.
 */
export function dumpAnchors(base: DumpSide, head: DumpSide, dialect: Dialect): (op: Operation) => Anchor {
  const atHead = definitions(head, dialect);
  const atBase = definitions(base, dialect);
  const headText = new Map(head.files.map((f) => [f.path, f.up]));
  const baseText = new Map(base.files.map((f) => [f.path, f.up]));
  const mappers = new Map<string, (line: number) => number>();
  const moved = (path: string, line: number): Anchor => {
    const after = headText.get(path);
    if (after === undefined) return { file: path, line, endLine: line };
    let map = mappers.get(path);
    if (!map) mappers.set(path, (map = lineMapper(baseText.get(path) ?? '', after)));
    const l = map(line);
    return { file: path, line: l, endLine: l };
  };
  const fallback: Anchor = { file: head.files[0]?.path ?? base.files[0]?.path ?? '', line: 1, endLine: 1 };
  return (op) => {
    for (const key of keysOf(op, dialect)) {
      const h = atHead.get(key);
      if (h) return place(h);
      const b = atBase.get(key);
      if (b) {
        const p = place(b);
        return moved(p.file, p.line);
      }
    }
    return fallback;
  };
}

/** The object's own key first, then its table's. */
function keysOf(op: Operation, dialect: Dialect): string[] {
  if (op.kind === 'create_enum' || op.kind === 'add_enum_value') return [`e:${tableKey(op.name, dialect)}`];
  if (!('table' in op) || !op.table || Array.isArray(op.table)) return [];
  const t = tableKey(op.table, dialect);
  switch (op.kind) {
    case 'create_table':
    case 'drop_table':
      return [`t:${t}`];
    case 'add_column':
      return [`c:${t}.${op.column.name.toLowerCase()}`, `t:${t}`];
    case 'drop_column':
    case 'alter_column_type':
    case 'set_not_null':
    case 'drop_not_null':
    case 'set_default':
    case 'drop_default':
      return [`c:${t}.${op.column.toLowerCase()}`, `t:${t}`];
    case 'add_constraint':
      return [...(op.constraint.name ? [`k:${t}.${op.constraint.name.toLowerCase()}`] : []), `t:${t}`];
    case 'drop_constraint':
      return [`k:${t}.${op.name.toLowerCase()}`, `t:${t}`];
    case 'create_index':
      return [...(op.name ? [`i:${t}.${op.name.toLowerCase()}`] : []), `t:${t}`];
    case 'drop_index':
      return [`i:${t}.${op.name.name.toLowerCase()}`, `t:${t}`];
    default:
      return [`t:${t}`];
  }
}

/** The first statement defining each object; a CREATE TABLE comes before the ALTERs pg_dump writes after it. */
function definitions(side: DumpSide, dialect: Dialect): Map<string, Definition> {
  const out = new Map<string, Definition>();
  const put = (key: string, stmt: Statement, name?: string) => {
    if (!out.has(key)) out.set(key, { stmt, name });
  };
  for (const file of side.files) {
    for (const o of side.ops.get(file) ?? []) {
      if (o.kind === 'create_enum') put(`e:${tableKey(o.name, dialect)}`, o.stmt);
      if (!('table' in o) || !o.table || Array.isArray(o.table)) continue;
      const t = tableKey(o.table, dialect);
      switch (o.kind) {
        case 'create_table':
          put(`t:${t}`, o.stmt);
          for (const c of o.columns) {
            put(`c:${t}.${c.name.toLowerCase()}`, o.stmt, c.name);
            for (const k of c.constraints) if (k.name) put(`k:${t}.${k.name.toLowerCase()}`, o.stmt, k.name);
          }
          for (const k of o.constraints) if (k.name) put(`k:${t}.${k.name.toLowerCase()}`, o.stmt, k.name);
          break;
        case 'add_column':
          put(`c:${t}.${o.column.name.toLowerCase()}`, o.stmt, o.column.name);
          break;
        case 'alter_column_type':
        case 'set_not_null':
        case 'set_default':
          put(`c:${t}.${o.column.toLowerCase()}`, o.stmt, o.column);
          break;
        case 'add_constraint':
          if (o.constraint.name) put(`k:${t}.${o.constraint.name.toLowerCase()}`, o.stmt, o.constraint.name);
          break;
        case 'create_index':
          // MySQL keys are written inside CREATE TABLE: their line is found by name.
          if (o.name) put(`i:${t}.${o.name.toLowerCase()}`, o.stmt, o.name);
          break;
        default:
          put(`t:${t}`, o.stmt);
      }
    }
  }
  return out;
}

/** A column's or key's own line inside a multi-line CREATE TABLE when the name is found there, else the whole statement. */
function place(d: Definition): Statement {
  const lines = d.stmt.text.split('\n');
  if (!d.name || lines.length === 1 || !CREATE_TABLE.test(d.stmt.text)) return d.stmt;
  const id = escapeRegExp(d.name);
  const starts = new RegExp(`^\\s*[\`"\\[]?${id}[\`"\\]]?(?:\\s|,|$)`, 'i');
  const anywhere = new RegExp(`(?:^|[^\\w$])[\`"\\[]?${id}[\`"\\]]?(?:[^\\w$]|$)`, 'i');
  let i = lines.findIndex((l, n) => n > 0 && starts.test(l));
  if (i < 0) i = lines.findIndex((l, n) => n > 0 && anywhere.test(l));
  if (i < 0) return d.stmt;
  return { ...d.stmt, line: d.stmt.line + i, endLine: d.stmt.line + i };
}

const CREATE_TABLE = /^\s*CREATE\s+(?:\w+\s+)*?TABLE\b/i;
