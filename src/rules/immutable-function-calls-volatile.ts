import type { QName, Statement } from '../model/operation.js';
import type { ReviewedOp, Rule, RuleHit } from './rule.js';
import { shown } from './lib/reviewed.js';
import { callsTo, historyFunctions, userFunctions, type UserFunction } from './lib/user-functions.js';
import { replacedBodies, type ReplacedBody } from './lib/replaced-function.js';
import { DJANGO_BEFORE } from './lib/python-examples.js';

const FIX =
  'Label the function for what it is (STABLE for the clock, VOLATILE for random() and sequences) and keep it out of indexes, stored generated columns and CHECK constraints. To index a value that changes with time, store it in a column that the application or a scheduled job refreshes, and index that column; or make the function truly immutable by passing the changing input as an argument (`hot_rank(score, published, now())` in the query) and index only what does not change.';

/** Where an expression of the statement stores or checks a function's result. */
interface Use {
  r: ReviewedOp;
  what: string;
  expr: string;
  /** What goes wrong, completing "… so …". */
  effect: string;
}

const INDEX_EFFECT = 'each row\'s entry is computed when the row is written and never again: as time passes the index holds values the function no longer returns, and queries that use it return wrong rows (a REINDEX gives a different index)';
const GENERATED_EFFECT = 'the stored value is computed when the row is written and never again: it goes stale, and rows written at different times disagree';
const CHECK_EFFECT = 'each row is judged once, when it is written: rows that passed can fail the same CHECK later, and restoring a dump (which re-checks them) or re-validating the constraint then fails';

export const immutableFunctionCallsVolatile: Rule = {
  id: 'immutable-function-calls-volatile',
  category: 'integrity',
  severity: 'high',
  dialects: ['postgresql'],
  docs: {
    summary: 'A function declared IMMUTABLE calls now(), random(), nextval() or another function whose result changes, and an index, a stored generated column or a CHECK constraint is built on it (or the function is created so); or CREATE OR REPLACE FUNCTION gives an IMMUTABLE function that an index, a stored generated column or a CHECK is built on a new body without a REINDEX.',
    why: 'PostgreSQL trusts the IMMUTABLE label and never checks it: an index, a stored generated column or a CHECK computes the function once per row when the row is written and keeps that result. When the function reads the clock or a random generator, those stored results stop matching what the function returns: index scans return wrong rows, generated values go stale, and rows that passed a CHECK fail it on a dump restore. The planner may also compute an IMMUTABLE call once at plan time and reuse it, so prepared statements keep an old now(). Wrapping now() in an IMMUTABLE function is the usual way around "functions in index expression must be marked IMMUTABLE", which is exactly the error that protected the index. For the same reason, replacing the body of an IMMUTABLE function with CREATE OR REPLACE recomputes nothing: the indexes built on it keep the old body\'s entries (lookups miss rows, a unique index lets duplicates in) until they are rebuilt with REINDEX.',
    fix: FIX,
    bad: [
      {
        before: 'CREATE TABLE posts (id bigint PRIMARY KEY, score integer, published timestamptz);',
        sql: "CREATE FUNCTION hot_rank(score integer, published timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE\n  AS $$ SELECT (score / power(extract(epoch FROM now() - published) / 3600 + 2, 1.8))::integer $$;\nCREATE INDEX posts_hot_idx ON posts (hot_rank(score, published) DESC);",
        note: 'Reported at the index: every entry keeps the rank of the moment its row was written.',
      },
      {
        sql: "CREATE FUNCTION new_token() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT md5(random()::text) $$;",
        note: 'Low at the function itself: nothing is built on it yet, but the label lets the planner fold its calls and lets an index be built on it later.',
      },
      {
        before: "CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(e) $$;\nCREATE UNIQUE INDEX users_email_norm ON users (norm_email(email));",
        sql: "CREATE OR REPLACE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(e)) $$;",
        note: 'High: users_email_norm keeps lower(email) entries; a lookup by norm_email(\' a@b.c \') finds nothing, and the unique index lets a duplicate in until a REINDEX fails on it.',
      },
      {
        sql: '',
        files: {
          before: { ...DJANGO_BEFORE, 'shop/migrations/0002_order_age.py': runSql('0001_initial', 'CREATE FUNCTION order_age(s text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(epoch FROM now())::integer $$;') },
          head: {
            ...DJANGO_BEFORE,
            'shop/migrations/0002_order_age.py': runSql('0001_initial', 'CREATE FUNCTION order_age(s text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT extract(epoch FROM now())::integer $$;'),
            'shop/migrations/0003_order_age_idx.py': runSql('0002_order_age', 'CREATE INDEX shop_order_age ON shop_order (order_age(status));'),
          },
        },
        note: 'Django: the function comes from a RunSQL of the history, read like a SQL migration.',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE posts (id bigint PRIMARY KEY, score integer, published timestamptz);',
        sql: "CREATE FUNCTION hot_rank(score integer, published timestamptz, at timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE\n  AS $$ SELECT (score / power(extract(epoch FROM at - published) / 3600 + 2, 1.8))::integer $$;",
        note: 'The time is an argument: the function is truly immutable.',
      },
      {
        sql: "CREATE FUNCTION age_in_days(born date) RETURNS integer LANGUAGE sql STABLE AS $$ SELECT current_date - born $$;",
        note: 'Declared STABLE, as a function of the clock is: PostgreSQL refuses to index it.',
      },
      {
        before: "CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(e) $$;\nCREATE UNIQUE INDEX users_email_norm ON users (norm_email(email));",
        sql: "CREATE OR REPLACE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(e)) $$;\nREINDEX INDEX users_email_norm;",
        note: 'The index is rebuilt with the new body in the same migration.',
      },
    ],
  },
  check(ctx) {
    // Both read every file of the history: once is enough.
    const history = historyFunctions(ctx);
    const replaced = replacedBodies(ctx, history);
    const hits: RuleHit[] = replaced.map(replacedHit);
    const functions = userFunctions(ctx, history);
    const wrong = new Map([...functions].filter(([, f]) => f.declared === 'immutable' && f.unstable.length));
    if (!wrong.size) return hits;
    const used = new Set<string>();
    for (const use of uses(ctx.ops)) {
      for (const f of callsTo(use.expr, wrong)) {
        used.add(f.name);
        hits.push({
          at: use.r.op.stmt,
          op: use.r,
          message: `${use.what} is built on ${f.name}(), which is declared IMMUTABLE but calls ${calls(f)}: ${use.effect}.${where(f, use.r.op.stmt)}`,
        });
      }
    }
    for (const f of wrong.values()) {
      if (!f.stmt || used.has(f.name) || replaced.some((x) => x.r.op.stmt === f.stmt)) continue;
      const r = ctx.ops.find((o) => o.op.stmt === f.stmt);
      hits.push({
        at: f.stmt,
        op: r,
        // A latent trap: calls with constant arguments may be folded at plan time, and the label invites an index later.
        severity: 'low',
        message: `Function ${f.name}() is declared IMMUTABLE but calls ${calls(f)}, so its result changes for the same arguments: PostgreSQL trusts the label, may compute a call once at plan time and reuse it, and lets an index, a stored generated column or a CHECK be built on it, whose stored results then go stale.`,
      });
    }
    return hits;
  },
};

/** A new body for a function that stored results of the old one: high, the stored results are silently wrong. */
function replacedHit(x: ReplacedBody): RuleHit {
  const idx = x.indexes.map((i) => `index ${i.name} on ${shown(i.table)}`);
  const list = [...idx, ...x.others];
  const named = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
  const effects = [
    idx.length ? `${idx.length > 1 ? 'the indexes keep' : 'the index keeps'} entries computed with the old body, and queries that use ${idx.length > 1 ? 'them' : 'it'} return rows by the old definition until a REINDEX` : '',
    x.others.some((o) => o.startsWith('generated')) ? 'stored generated values keep the old body\'s results until their row is next updated' : '',
    x.others.some((o) => o.startsWith('CHECK')) ? 'rows already stored are never re-checked against the new body' : '',
  ].filter(Boolean);
  const fix = [
    idx.length ? `REINDEX the indexes that use it in the same migration: ${x.indexes.map((i) => `\`REINDEX INDEX ${i.name};\``).join(' ')} (on a large table, \`REINDEX INDEX CONCURRENTLY\` in a migration that runs outside a transaction).` : '',
    x.others.some((o) => o.startsWith('generated')) ? 'Recompute stored generated columns with an UPDATE of their rows (in batches on a large table).' : '',
    x.others.some((o) => o.startsWith('CHECK')) ? 'Look for rows the new body rejects, then drop the CHECK and add it again NOT VALID and VALIDATE it.' : '',
  ].filter(Boolean);
  return {
    at: x.r.op.stmt,
    op: x.r,
    severity: 'high',
    message: `CREATE OR REPLACE FUNCTION ${x.fn}() gives an IMMUTABLE function a new body while ${named} ${list.length > 1 ? 'are' : 'is'} built on it: PostgreSQL trusts IMMUTABLE and recomputes nothing, so ${effects.join('; ')}.`,
    fix: fix.join(' '),
  };
}

/** A Django migration of the example app that runs `sql` with RunSQL. */
function runSql(dependency: string, sql: string): string {
  return `from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    dependencies = [('shop', '${dependency}')]\n\n    operations = [\n        migrations.RunSQL(\n            \"\"\"${sql}\"\"\",\n            reverse_sql=migrations.RunSQL.noop,\n        ),\n    ]\n`;
}

function calls(f: UserFunction): string {
  const list = f.unstable.slice(0, 3);
  return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
}

function where(f: UserFunction, at: Statement): string {
  return f.stmt && f.stmt !== at && f.stmt.file === at.file ? ` (${f.name} is created on line ${f.stmt.line}.)` : '';
}

/** Every expression of the reviewed statements whose result PostgreSQL stores or checks per row. */
function uses(ops: readonly ReviewedOp[]): Use[] {
  const out: Use[] = [];
  const column = (r: ReviewedOp, table: QName, c: { name: string; generated?: { expr: string; stored: boolean }; constraints: { kind: string; expr?: string }[] }) => {
    if (c.generated?.stored) out.push({ r, what: `Generated column ${shown(table)}.${c.name}`, expr: c.generated.expr, effect: GENERATED_EFFECT });
    for (const k of c.constraints) if (k.kind === 'check' && k.expr) out.push({ r, what: `The CHECK on ${shown(table)}.${c.name}`, expr: k.expr, effect: CHECK_EFFECT });
  };
  for (const r of ops) {
    const op = r.op;
    if (op.kind === 'create_index') {
      const what = `Index ${op.name ?? 'on'} ${op.name ? `on ${shown(op.table)}` : shown(op.table)}`;
      for (const e of op.elems) if (e.expr) out.push({ r, what, expr: e.expr, effect: INDEX_EFFECT });
      if (op.where) out.push({ r, what: `The predicate of ${what.charAt(0).toLowerCase()}${what.slice(1)}`, expr: op.where, effect: INDEX_EFFECT });
    } else if (op.kind === 'add_column') column(r, op.table, op.column);
    else if (op.kind === 'create_table') {
      for (const c of op.columns) column(r, op.table, c);
      for (const k of op.constraints) if (k.kind === 'check' && k.expr) out.push({ r, what: `CHECK ${k.name ?? ''} on ${shown(op.table)}`.replace('  ', ' '), expr: k.expr, effect: CHECK_EFFECT });
    } else if (op.kind === 'add_constraint' && op.constraint.kind === 'check' && op.constraint.expr) {
      out.push({ r, what: `CHECK ${op.constraint.name ?? ''} on ${shown(op.table)}`.replace('  ', ' '), expr: op.constraint.expr, effect: CHECK_EFFECT });
    }
  }
  return out;
}
