import { escapeRegExp } from '../model/regex.js';
import { isMysqlFamily, type Dialect } from '../model/dialect.js';
import { quoteIdent, type IndexElem } from '../model/operation.js';
import type { Index, Table } from '../model/schema.js';
import type { ReviewedOp, Rule, RuleContext, RuleHit } from './rule.js';
import { baseTableOf, tableAtHead } from './lib/head-table.js';
import { addedConstraints, elemList, keysOf, redundantGiven, sameDefinition } from './lib/index-coverage.js';
import { sameColumn } from './lib/origin.js';
import { positionOf } from './lib/op-positions.js';
import { opsOf, shown, tableBefore } from './lib/reviewed.js';
import { sqlName } from './lib/statement-text.js';

/** An index a statement of this pull request created, as it stands at head. */
interface Created {
  r: ReviewedOp;
  table: Table;
  idx: Index;
}

export const redundantIndex: Rule = {
  id: 'redundant-index',
  category: 'integrity',
  severity: 'low',
  dialects: 'all',
  docs: {
    summary: 'An index this pull request creates duplicates another index of the table, or is a leading prefix of it (or makes an existing one so).',
    why: 'Every index is written on every INSERT, every UPDATE of its columns and every DELETE, and takes disk and cache. A B-tree whose columns are the leading columns of another index on the same table, with the same method and predicate, serves no query the longer index cannot, so it costs writes and memory for nothing. A unique index is never redundant next to a longer one: it enforces something.',
    fix: 'Do not create the redundant index. When the new index is the longer one, it makes the existing shorter index redundant: drop that one in a separate change once the new index is in place (DROP INDEX CONCURRENTLY on PostgreSQL), after checking that no query hint or constraint relies on it by name.',
    bad: [
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, created_at timestamptz);\nCREATE INDEX orders_customer_id_created_at_idx ON orders (customer_id, created_at);',
        sql: 'CREATE INDEX CONCURRENTLY orders_customer_id_idx ON orders (customer_id);',
      },
      {
        sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);\nCREATE INDEX users_email_idx ON users (email);',
        note: 'The UNIQUE constraint already has an index on email.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, created_at timestamptz);\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);',
        sql: 'CREATE INDEX CONCURRENTLY orders_customer_id_created_at_idx ON orders (customer_id, created_at);',
        note: 'The new index makes the existing orders_customer_id_idx redundant.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, tenant_id bigint NOT NULL);\nCREATE INDEX users_email_tenant_id_idx ON users (email, tenant_id);',
        sql: 'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);',
        note: 'The shorter index is unique: it enforces something the longer one does not.',
      },
      {
        before: 'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, status text);\nCREATE INDEX orders_customer_id_status_idx ON orders (customer_id, status);',
        sql: "CREATE INDEX CONCURRENTLY orders_open_customer_id_idx ON orders (customer_id) WHERE status = 'open';",
        note: 'A partial index with its own predicate is smaller and serves other queries.',
      },
      {
        before: 'CREATE TABLE docs (id bigint PRIMARY KEY, tags text[], title text);\nCREATE INDEX docs_title_idx ON docs (title);',
        sql: 'CREATE INDEX CONCURRENTLY docs_title_pattern_idx ON docs (title text_pattern_ops);\nCREATE INDEX CONCURRENTLY docs_lower_title_idx ON docs (lower(title));',
        note: 'Another operator class, or an expression instead of the column: different keys.',
      },
    ],
  },
  check(ctx) {
    const created = createdIndexes(ctx);
    const hits: RuleHit[] = [];
    // An existing index is named as made redundant once, by the first new index that covers it.
    const named = new Set<Index>();
    const byIndex = new Map<Index, Created[]>();
    for (const c of created) {
      const same = byIndex.get(c.idx);
      if (same) same.push(c);
      else byIndex.set(c.idx, [c]);
    }
    for (const c of created) {
      const createdHere = (j: Index) => byIndex.get(j)?.find((o) => o.table === c.table);
      const d = ctx.target.dialect;
      // An index that code Migra cannot follow names (CALL drop_index('t', 'name'), a DO block) may be gone.
      const keys = keysOf(c.table, d).filter((j) => j !== c.idx && !namedByOpaqueCode(ctx, j));
      const base = baseTableOf(ctx, c.table);
      const oldDebt = (a: Index, b: Index) => !!base && pairAt(base, a, b, d);
      // This index adds nothing another one does not.
      const cover = keys.find((j) => {
        if (!redundantGiven(c.idx, j, d) || oldDebt(c.idx, j) || frameworkIndex(ctx, c.idx)) return false;
        if (!redundantGiven(j, c.idx, d)) return true;
        // Exact duplicates: report the one that came later (the constraint's index stays).
        const other = createdHere(j);
        if (!other) return true;
        if (!!j.constraint !== !!c.idx.constraint) return !c.idx.constraint;
        return positionOf(ctx, other.r) < positionOf(ctx, c.r) || (other.r === c.r && c.table.indexes.indexOf(j) < c.table.indexes.indexOf(c.idx));
      });
      if (cover) {
        hits.push(redundantHit(ctx, c, cover));
        continue;
      }
      // This index makes an existing one redundant.
      const obsolete = keys.filter((j) => !createdHere(j) && !named.has(j) && redundantGiven(j, c.idx, d) && !redundantGiven(c.idx, j, d)
        && !oldDebt(j, c.idx) && !(base && redundantAt(base, j, d)) && !mysqlForeignKeyIndex(c.table, j, d) && !frameworkIndex(ctx, j));
      for (const j of obsolete) named.add(j);
      if (obsolete.length) hits.push(obsoleteHit(ctx, c, obsolete));
    }
    return hits;
  },
};

/** The indexes statements of this pull request created that are still there at head. */
function createdIndexes(ctx: RuleContext): Created[] {
  const out: Created[] = [];
  const taken = new Set<Index>();
  const d = ctx.target.dialect;
  for (const r of opsOf(ctx, 'create_index', 'add_constraint', 'create_table', 'add_column')) {
    const op = r.op;
    const head = tableAtHead(ctx, r, op.table);
    if (!head) continue;
    const wanted: { name?: string; elems: IndexElem[]; unique: boolean; where?: string; method?: string }[] = [];
    if (op.kind === 'create_index') {
      // IF NOT EXISTS of an index that is already there creates nothing.
      if (op.ifNotExists && op.name && tableBefore(r, op.table)?.indexes.some((i) => sameColumn(i.name, op.name!, d))) continue;
      wanted.push({ name: op.name, elems: op.elems, unique: op.unique, where: op.where, method: op.method });
    } else {
      for (const c of addedConstraints(op)) {
        // USING INDEX builds nothing: the index was created before (and reported then).
        if ((c.kind === 'primary' || c.kind === 'unique') && !c.usingIndex) wanted.push({ name: c.name, elems: c.columns.map((column) => ({ column })), unique: true });
      }
    }
    for (const w of wanted) {
      const probe: Index = { name: w.name ?? '', elems: w.elems, unique: w.unique, ...(w.where !== undefined ? { where: w.where } : {}), ...(w.method !== undefined ? { method: w.method } : {}) };
      // The index of that name (or constraint) with this definition; unnamed, the first such index not taken yet. Names first: they are cheap to compare.
      const name = w.name;
      const idx = name !== undefined
        ? head.indexes.find((i) => (sameColumn(i.name, name, d) || (i.constraint !== undefined && sameColumn(i.constraint, name, d))) && sameDefinition(i, probe, d))
        : head.indexes.find((i) => !taken.has(i) && sameDefinition(i, probe, d));
      if (idx && !taken.has(idx)) {
        out.push({ r, table: head, idx });
        taken.add(idx);
      }
    }
  }
  return out;
}

/** Both indexes were there at base already: an old redundancy, not this pull request's. */
function pairAt(base: Table, a: Index, b: Index, d: Dialect): boolean {
  const keys = keysOf(base, d);
  const ka = keys.find((k) => sameDefinition(k, a, d));
  return !!ka && keys.some((k) => k !== ka && sameDefinition(k, b, d));
}

/** The index was redundant at base already, beside another index of the table: old debt the new index does not change. */
function redundantAt(base: Table, j: Index, d: Dialect): boolean {
  const keys = keysOf(base, d);
  const at = keys.find((k) => sameDefinition(k, j, d));
  return !!at && keys.some((k) => k !== at && redundantGiven(at, k, d));
}

/**
 * Whether code Migra cannot follow (a DO block, CALL, an unparsed statement) names the index.
 * Asked for every index of every table a new index lands on: the texts are read once per
 * context, into the set of words they contain, and each name is answered once.
 */
function namedByOpaqueCode(ctx: RuleContext, j: Index): boolean {
  let seen = OPAQUE_NAMES.get(ctx.ops);
  if (!seen || seen.length !== ctx.ops.length) OPAQUE_NAMES.set(ctx.ops, (seen = opaqueNames(ctx.ops)));
  let named = seen.answers.get(j.name);
  if (named === undefined) {
    // A name of word characters is named where it is a whole word (the same as the pattern below, case ignored).
    if (WORD.test(j.name)) named = seen.words.has(j.name.toLowerCase());
    else {
      const name = new RegExp(`(^|[^\\w$])${escapeRegExp(j.name)}([^\\w$]|$)`, 'i');
      named = seen.texts.some((t) => name.test(t));
    }
    seen.answers.set(j.name, named);
  }
  return named;
}

interface OpaqueNames {
  /** ctx.ops.length when read: a longer list is read again. */
  length: number;
  texts: string[];
  /** Every maximal run of word characters (and $) of the texts, lower case. */
  words: Set<string>;
  answers: Map<string, boolean>;
}

const OPAQUE_NAMES = new WeakMap<readonly ReviewedOp[], OpaqueNames>();
const WORD = /^[\w$]+$/;

function opaqueNames(ops: readonly ReviewedOp[]): OpaqueNames {
  const texts = ops.filter(({ op }) => op.kind === 'other' || op.kind === 'opaque_code' || op.kind === 'unparsed').map(({ op }) => op.stmt.text);
  const words = new Set<string>();
  // Words are cut, then lower-cased: lower-casing the whole text first would turn a few non-ASCII letters (the Kelvin sign) into word characters.
  for (const t of texts) for (const w of t.match(/[\w$]+/g) ?? []) words.add(w.toLowerCase());
  return { length: ops.length, texts, words, answers: new Map() };
}

/** InnoDB made this index for a foreign key and needs it (it drops it by itself once another index serves the key). */
function mysqlForeignKeyIndex(t: Table, j: Index, d: Dialect): boolean {
  return isMysqlFamily(d) && j.constraint !== undefined && t.constraints.some((c) => c.kind === 'foreign' && sameColumn(c.name, j.constraint!, d));
}

/**
 * An index Django creates by itself for a field (ForeignKey, db_index=True): dropping it means
 * changing the field, and Django keeps creating it for every such field; not a review matter.
 */
function frameworkIndex(ctx: RuleContext, i: Index): boolean {
  return ctx.set.format === 'django' && !i.constraint && /_[0-9a-f]{8}(_like)?$/.test(i.name);
}

function describe(i: Index): string {
  const kind = i.constraint ? `the index of constraint ${i.constraint}` : `${i.unique ? 'unique index' : 'index'} ${i.name}`;
  return `${kind} ${elemList(i.elems)}`;
}

function redundantHit(ctx: RuleContext, c: Created, cover: Index): RuleHit {
  const d = ctx.target.dialect;
  const t = shown(c.table.name);
  const exact = cover.elems.length === c.idx.elems.length;
  const what = c.idx.constraint ? `The index of constraint ${c.idx.constraint}` : `Index ${c.idx.name}`;
  const message = exact
    ? `${what} on ${t} ${elemList(c.idx.elems)} duplicates ${describe(cover)}, which already serves every lookup on those columns.`
    : `Index ${c.idx.name} on ${t} ${elemList(c.idx.elems)} is redundant: ${describe(cover)} starts with the same columns and serves every lookup it can.`;
  const promote = exact && c.idx.unique && cover.unique && c.idx.constraint && !cover.constraint && d === 'postgresql'
    ? ` To make the existing unique index a constraint instead, write \`ALTER TABLE ${sqlName(c.table.name)} ADD CONSTRAINT ${quoteIdent(c.idx.constraint)} UNIQUE USING INDEX ${quoteIdent(cover.name)};\`.`
    : '';
  return {
    at: c.r.op.stmt,
    op: c.r,
    message,
    fix: `Leave this index out: ${cover.name} already serves its queries, and each extra index slows every write to ${t}.${promote}${ctx.set.format === 'prisma' ? ' In schema.prisma, remove the @unique, @@unique or @@index that produces it (an @id is unique already) and regenerate the migration.' : ''}`,
  };
}

function obsoleteHit(ctx: RuleContext, c: Created, obsolete: Index[]): RuleHit {
  const d = ctx.target.dialect;
  const t = shown(c.table.name);
  const names = obsolete.map((j) => j.name);
  const tbl = sqlName(c.table.name, d);
  const drops = obsolete.map((j) => (d === 'postgresql' ? `DROP INDEX CONCURRENTLY ${quoteIdent(j.name, d)};` : isMysqlFamily(d) ? `ALTER TABLE ${tbl} DROP INDEX ${quoteIdent(j.name, d)};` : `DROP INDEX ${quoteIdent(j.name, d)};`));
  const what = c.idx.constraint ? `the index of constraint ${c.idx.constraint}` : `index ${c.idx.name}`;
  return {
    at: c.r.op.stmt,
    op: c.r,
    message: `The new ${what} on ${t} ${elemList(c.idx.elems)} makes existing ${obsolete.map(describe).join(' and ')} redundant: ${names.length > 1 ? 'they can' : 'it can'} be dropped.`,
    fix: `Keep this change as it is, and drop ${names.join(', ')} in a separate change once the new index is deployed and valid (check first that no query hint or tool names ${names.length > 1 ? 'them' : 'it'}):\n${drops.join('\n')}`,
  };
}
