import type { Dialect } from '../../model/dialect.js';
import { qnameSql, quoteIdent, type Constraint, type QName } from '../../model/operation.js';
import { findColumn, type Table } from '../../model/schema.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { unknownTable } from './existing.js';
import { engineBefore, type DdlSession } from './mysql-ddl-context.js';
import { seriesAtLeast, type DdlOperation } from '../../knowledge/mysql-online-ddl.js';
import { lowerFirst } from './prose.js';
import { columnBefore, shown, tableBefore } from './reviewed.js';
import { showType } from '../../knowledge/type-change.js';
import type { ReviewedTypeChange } from './reviewed-type-changes.js';

/**
 * What a MySQL / MariaDB ALTER TABLE does, operation by operation, as rows of the online DDL
 * table (mysql-online-ddl.ts), with the words and the fix mysql-table-copy reports them with.
 */

export const OSC =
  'Run it with an online schema change tool (gh-ost or pt-online-schema-change): it builds the new table in the background while writes go on, then swaps it in with a short lock.';

/** One thing an ALTER TABLE does, as a row of the online DDL table. */
export interface Action {
  op: DdlOperation;
  /** What it does, naming the objects: "adding CHECK (qty > 0) to orders". */
  what: string;
  fix?: string;
  /** The rule that reports this action's copy or rebuild, so this one stays quiet about it. */
  owner?: string;
  /** The verdict rests on a guess about the table (its engine is not in the history): what is not known. */
  guess?: string;
}

const ALTERS = new Set([
  'add_column', 'drop_column', 'rename_column', 'alter_column_type', 'set_not_null', 'drop_not_null', 'set_default', 'drop_default',
  'add_constraint', 'drop_constraint', 'create_index', 'drop_index', 'rename_index', 'rename_table', 'alter_table_options',
]);

export function alteredTable(r: ReviewedOp): QName | undefined {
  if (!ALTERS.has(r.op.kind) || !('table' in r.op)) return undefined;
  const t = r.op.table;
  return t && typeof t === 'object' && !Array.isArray(t) ? t : undefined;
}

const EXPRESSION_DEFAULT_FIX =
  'Add the column without the expression default (instant), backfill the existing rows in batches, then set the default for new rows (`ALTER TABLE … ALTER COLUMN … SET DEFAULT (…)`, a metadata change); or run the change with gh-ost or pt-online-schema-change.';

/**
 * A default the server must compute per existing row: MySQL counts every parenthesized default as
 * an expression default; MariaDB copies only for a non-constant one (a function call or a column).
 */
function expressionDefault(text: string | undefined, d: Dialect): boolean {
  if (!text || !/^\s*\(/.test(text)) return false;
  if (d === 'mysql') return true;
  return /[a-z_]\w*\s*\(|^\s*\(+\s*[a-z_]\w*\s*\)+\s*$/i.test(text);
}

export function actionsOf(ctx: RuleContext, r: ReviewedOp, statement: ReviewedOp[], session: DdlSession, typeChanges: Map<ReviewedOp, ReviewedTypeChange>): Action[] {
  const op = r.op;
  const t = shown(alteredTable(r)!);
  const addsPrimary = statement.some((o) => (o.op.kind === 'add_constraint' && o.op.constraint.kind === 'primary') || (o.op.kind === 'add_column' && o.op.column.constraints.some((c) => c.kind === 'primary')));
  const dropsPrimary = statement.some((o) => o.op.kind === 'drop_constraint' && o.op.constraintKind === 'primary');
  switch (op.kind) {
    case 'add_column': {
      const col = op.column;
      if (op.ifNotExists && columnBefore(r, op.table, col.name)) return [];
      const what = `adding column ${t}.${col.name}`;
      const owner = 'add-stored-generated-or-serial';
      const column: Action = col.identity
        ? { op: 'add_auto_increment_column', what, owner }
        : col.generated?.stored
          ? { op: 'add_stored_column', what, owner }
          : col.generated
            ? { op: 'add_virtual_column', what }
            : expressionDefault(col.default?.text, ctx.target.dialect)
              ? { op: 'add_column_expression_default', what: `adding column ${t}.${col.name} with the expression default ${col.default!.text}`, fix: EXPRESSION_DEFAULT_FIX }
              : { op: /\b(first|after)\b/i.test(op.stmt.text) ? 'add_column' : 'add_column_last', what };
      return [column, ...col.constraints.flatMap((c) => constraintAction(ctx, r, { ...c, columns: c.columns.length ? c.columns : [col.name] }, session, dropsPrimary, true))];
    }
    case 'drop_column': {
      const col = columnBefore(r, op.table, op.column);
      if (!col && op.ifExists) return [];
      const kind: DdlOperation = col?.generated ? (col.generated.stored ? 'drop_stored_column' : 'drop_virtual_column') : 'drop_column';
      return [{ op: kind, what: `dropping column ${t}.${op.column}` }];
    }
    case 'rename_column':
      return [{ op: 'rename_column', what: `renaming column ${t}.${op.column}` }];
    case 'alter_column_type': {
      const tc = typeChanges.get(r);
      if (!tc) return [];
      const from = tc.column.type;
      const to = op.type;
      const what = `changing ${t}.${op.column} from ${showType(from)} to ${showType(to)}`;
      const varchar = from.name === 'varchar' && to.name === 'varchar';
      const list = !!from.values && !!to.values;
      if (tc.change.rewrite) {
        const kind: DdlOperation = varchar && to.args[0] >= from.args[0] ? 'varchar_length_prefix' : list ? 'enum_reorder' : 'change_column_type';
        return [{ op: kind, what, owner: tc.tableExisted ? 'table-rewrite-type-change' : undefined }];
      }
      if (varchar && to.args[0] !== from.args[0]) return [{ op: 'extend_varchar', what }];
      if (list && to.values!.length !== from.values!.length) return [{ op: 'enum_append', what }];
      return [];
    }
    case 'set_not_null':
    case 'drop_not_null': {
      const col = columnBefore(r, op.table, op.column);
      const makesNotNull = op.kind === 'set_not_null';
      // MODIFY restates the nullability every time: only a real change counts.
      if (!col || col.nullable === !makesNotNull) return [];
      return [{ op: makesNotNull ? 'make_not_null' : 'make_null', what: `making ${t}.${op.column} ${makesNotNull ? 'NOT NULL' : 'nullable'}`, owner: makesNotNull ? 'set-not-null-scan' : undefined }];
    }
    case 'set_default':
    case 'drop_default':
      return [{ op: op.kind, what: `changing the default of ${t}.${op.column}` }];
    case 'add_constraint':
      return constraintAction(ctx, r, op.constraint, session, dropsPrimary, false);
    case 'drop_constraint':
      return dropConstraintAction(r, op.table, op.name, op.constraintKind, op.ifExists, addsPrimary);
    case 'create_index': {
      const before = tableBefore(r, op.table);
      if (op.ifNotExists && op.name && before?.indexes.some((i) => i.name.toLowerCase() === op.name!.toLowerCase())) return [];
      const method = op.method?.toLowerCase();
      const what = `adding ${method === 'fulltext' || method === 'spatial' ? `${method.toUpperCase()} ` : ''}index ${op.name ? `${op.name} ` : ''}on ${t}(${op.elems.map((e) => e.column ?? `(${e.expr})`).join(', ')})`;
      if (method === 'spatial') return [{ op: 'add_spatial_index', what, fix: indexFix('SPATIAL') }];
      if (method !== 'fulltext') return [{ op: 'add_index', what }];
      // "Adding the first FULLTEXT index rebuilds the table if there is no user-defined FTS_DOC_ID column."
      const first = !!before && !before.partial && !before.indexes.some((i) => i.method === 'fulltext') && !findColumn(before, 'FTS_DOC_ID', 'mysql');
      return [first
        ? { op: 'add_first_fulltext_index', what: `adding the first FULLTEXT index of ${t} (${op.name ? `${op.name} on ` : ''}${op.elems.map((e) => e.column ?? `(${e.expr})`).join(', ')})`, fix: indexFix('FULLTEXT') }
        : { op: 'add_fulltext_index', what, fix: indexFix('FULLTEXT') }];
    }
    case 'drop_index':
      return [{ op: 'drop_index', what: `dropping index ${op.name.name}` }];
    case 'rename_index':
      return [{ op: 'rename_index', what: `renaming index ${op.name.name}` }];
    case 'rename_table':
      return [{ op: 'rename_table', what: `renaming ${t}` }];
    case 'alter_table_options':
      return optionActions(ctx, r, op);
    default:
      return [];
  }
}

function constraintAction(ctx: RuleContext, r: ReviewedOp, c: Constraint, session: DdlSession, dropsPrimary: boolean, inline: boolean): Action[] {
  const table = alteredTable(r)!;
  const t = shown(table);
  switch (c.kind) {
    case 'primary':
      return [{ op: dropsPrimary ? 'replace_primary_key' : 'add_primary_key', what: `adding a primary key to ${t}` }];
    case 'unique':
      return [{ op: 'add_index', what: `adding a unique key on ${t}(${c.columns.join(', ')})` }];
    case 'check': {
      if (notEnforced(r.op.stmt.text, c.expr ?? '')) return [];
      const expr = (c.expr ?? '').replace(/\s+/g, ' ').trim();
      return [{ op: 'add_check', what: `adding CHECK (${expr.length > 60 ? `${expr.slice(0, 57)}…` : expr}) to ${t}` }];
    }
    case 'foreign': {
      // MySQL and MariaDB parse and ignore REFERENCES written in a column definition; Django and Alembic add a real constraint.
      if (inline && r.file.language === 'sql') return [];
      if (!c.references) return [];
      const ref = `${shown(c.references.table)}(${c.references.columns.join(', ')})`;
      const what = `adding foreign key ${c.name ? `${c.name} ` : ''}on ${t}(${c.columns.join(', ')}) → ${ref}`;
      if (!session.foreignKeyChecks) return [{ op: 'add_foreign_key_unchecked', what }];
      return [{ op: 'add_foreign_key', what: `${what} while foreign_key_checks is on`, fix: foreignKeyFix(ctx, r, table, c) }];
    }
    default:
      return [];
  }
}

function dropConstraintAction(r: ReviewedOp, table: QName, name: string, kind: Constraint['kind'] | undefined, ifExists: boolean, addsPrimary: boolean): Action[] {
  const t = shown(table);
  const before = tableBefore(r, table);
  const found = before?.constraints.find((c) => (kind === 'primary' ? c.kind === 'primary' : c.name.toLowerCase() === name.toLowerCase()));
  if (!found && ifExists) return [];
  const k = kind ?? found?.kind;
  if (k === 'primary') {
    if (addsPrimary) return [{ op: 'replace_primary_key', what: `replacing the primary key of ${t}` }];
    return [{
      op: 'drop_primary_key',
      what: `dropping the primary key of ${t} without adding another in the same statement`,
      fix: `Drop and add the primary key in one statement (ALTER TABLE ${qnameSql(table, 'mysql')} DROP PRIMARY KEY, ADD PRIMARY KEY (…), ALGORITHM=INPLACE, LOCK=NONE), which is rebuilt in place while writes go on. A table is never without a primary key that way, which InnoDB, replication and online schema change tools all need.`,
    }];
  }
  if (k === 'foreign') return [{ op: 'drop_foreign_key', what: `dropping foreign key ${name}` }];
  if (k === 'check') return [{ op: 'drop_check', what: `dropping CHECK ${name}` }];
  return [{ op: 'drop_index', what: `dropping ${name}` }];
}

function optionActions(ctx: RuleContext, r: ReviewedOp, op: Extract<ReviewedOp['op'], { kind: 'alter_table_options' }>): Action[] {
  const t = shown(op.table);
  const d = ctx.target.dialect;
  const before = tableBefore(r, op.table);
  const fulltext = !!before?.indexes.some((i) => i.method === 'fulltext');
  const out: Action[] = [];
  const nullRebuild = (how: string): Action => (fulltext
    ? { op: 'null_rebuild_fulltext', what: `rebuilding ${t} (${how}) while it has a FULLTEXT index, which cannot be rebuilt in place`, fix: `Drop the FULLTEXT index before the rebuild and add it again after, or ${lowerFirst(OSC)}` }
    : { op: 'null_rebuild', what: `rebuilding ${t} (${how})` });
  if (op.convert && nothingToConvert(before, op.collation ?? op.charset)) {
    out.push({ op: 'table_charset', what: `changing the default character set of ${t}` });
  } else if (op.convert) {
    const to = `${op.charset}${op.collation ? ` (${op.collation})` : ''}`;
    const nocopy = d === 'mariadb' && seriesAtLeast(ctx.target.version, '10.4')
      ? ' On MariaDB 10.4+ you can add ALGORITHM=NOCOPY instead: columns in utf8mb3 (or ascii) are converted to utf8mb4 without copying, and the server refuses rather than copies when any column needs it.'
      : '';
    out.push({ op: 'convert_charset', what: `converting ${t} to ${to}`, fix: `${OSC} Or convert the columns one at a time, the small tables first.${nocopy}` });
  } else if (op.charset !== undefined || op.collation !== undefined) {
    out.push({ op: 'table_charset', what: `changing the default character set of ${t}` });
  }
  if (op.engine !== undefined) {
    if (op.engine.toLowerCase() !== 'innodb') {
      out.push({ op: 'change_engine', what: `changing the engine of ${t} to ${op.engine}` });
    } else {
      const from = engineBefore(ctx, r, op.table);
      if (from && from.toLowerCase() !== 'innodb') out.push({ op: 'change_engine', what: `changing the engine of ${t} from ${from} to InnoDB` });
      else if (!from && unknownTable(r, op.table)) out.push({ op: 'change_engine', what: `changing the engine of ${t} to InnoDB`, guess: `The migration history does not show the engine of ${t}: if it is InnoDB already, this is an in-place rebuild and writes go on.` });
      else out.push(nullRebuild('ENGINE=InnoDB'));
    }
  }
  for (const [name, value] of Object.entries(op.options)) {
    const kind = OPTION_ROWS[name];
    if (name === 'FORCE') out.push(nullRebuild('FORCE'));
    else if (name === 'PARTITION BY') out.push({ op: 'partition_by', what: `partitioning ${t} (PARTITION BY ${value.length > 40 ? `${value.slice(0, 37)}…` : value})` });
    else if (name === 'REMOVE PARTITIONING') out.push({ op: 'remove_partitioning', what: `removing the partitioning of ${t}` });
    else if (name === 'ENCRYPTION') out.push({ op: 'encryption', what: `changing the encryption of ${t} (ENCRYPTION='${value}')` });
    else if (kind) out.push({ op: kind, what: `setting ${name} of ${t}` });
  }
  return out;
}

const TEXT_TYPES = new Set(['char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext']);

/** Every text column of the table is known to be in that collation already (or there is none): CONVERT TO only changes the default. */
function nothingToConvert(table: Table | undefined, to: string | undefined): boolean {
  if (!table || table.partial || !to) return false;
  return table.columns.every((c) => !(TEXT_TYPES.has(c.type.name) || c.type.values) || c.collation?.toLowerCase() === to.toLowerCase());
}

/** Table options and their rows; options not listed make no claim. */
const OPTION_ROWS: Record<string, DdlOperation> = {
  ROW_FORMAT: 'row_format',
  KEY_BLOCK_SIZE: 'key_block_size',
  STATS_PERSISTENT: 'table_metadata',
  STATS_AUTO_RECALC: 'table_metadata',
  STATS_SAMPLE_PAGES: 'table_metadata',
  COMMENT: 'table_metadata',
  AUTO_INCREMENT: 'table_metadata',
  PAGE_COMPRESSED: 'table_metadata',
  PAGE_COMPRESSION_LEVEL: 'table_metadata',
};

/** CHECK (expr) NOT ENFORCED: nothing is checked, so nothing is copied. */
function notEnforced(text: string, expr: string): boolean {
  const at = expr ? text.indexOf(expr) : -1;
  if (at < 0) return false;
  return /^\s*\)\s*NOT\s+ENFORCED\b/i.test(text.slice(at + expr.length));
}

function indexFix(kind: string): string {
  return `There is no LOCK=NONE for a ${kind} index: build it with gh-ost or pt-online-schema-change, which add it to a shadow copy while writes go on, or at a time when writes to the table can wait.`;
}

/** foreign_key_checks off makes the ADD in place and metadata only, but leaves the rows unchecked: look for orphans first. */
function foreignKeyFix(ctx: RuleContext, r: ReviewedOp, table: QName, c: Constraint): string {
  const d = ctx.target.dialect;
  const ref = c.references!;
  const on = c.columns.map((col, i) => `p.${quoteIdent(ref.columns[i] ?? col, d)} = c.${quoteIdent(col, d)}`).join(' AND ');
  const orphans = `SELECT COUNT(*) FROM ${qnameSql(table, d)} c LEFT JOIN ${qnameSql(ref.table, d)} p ON ${on} WHERE c.${quoteIdent(c.columns[0], d)} IS NOT NULL AND p.${quoteIdent(ref.columns[0] ?? c.columns[0], d)} IS NULL;`;
  const single = r.file.language === 'sql' && r.fileOps.filter((o) => o.stmt.index === r.op.stmt.index).length === 1 && !r.op.stmt.algorithm && !r.op.stmt.lock;
  const cols = (names: string[]) => names.map((n) => quoteIdent(n, d)).join(', ');
  const actions = `${ref.onDelete ? ` ON DELETE ${ref.onDelete}` : ''}${ref.onUpdate ? ` ON UPDATE ${ref.onUpdate}` : ''}`;
  const add = single
    ? `${withClause(r.op.stmt.text, 'ALGORITHM=INPLACE, LOCK=NONE')};`
    : `ALTER TABLE ${qnameSql(table, d)} ADD ${c.name ? `CONSTRAINT ${quoteIdent(c.name, d)} ` : ''}FOREIGN KEY (${cols(c.columns)}) REFERENCES ${qnameSql(ref.table, d)} (${cols(ref.columns)})${actions}, ALGORITHM=INPLACE, LOCK=NONE;`;
  return [
    'Look for rows that would violate it first (this must return 0):',
    orphans,
    `Then add it with foreign_key_checks off for the session, which ${d === 'mariadb' ? 'MariaDB' : 'MySQL'} does in place as a metadata change, without checking the rows:`,
    'SET foreign_key_checks = 0;',
    add,
    'SET foreign_key_checks = 1;',
  ].join('\n');
}

/** `ALTER TABLE … , clause`, on a new line when the statement ends in a `--` comment. */
function withClause(text: string, clause: string): string {
  const last = text.slice(text.lastIndexOf('\n') + 1);
  return `${text}${last.includes('--') ? '\n' : ''}, ${clause}`;
}

