import type { Constraint, LocatedOp } from '../model/operation.js';
import type { Rule, RuleHit } from './rule.js';

/** PostgreSQL's NAMEDATALEN - 1. */
const MAX_BYTES = 63;

export const identifierTooLong: Rule = {
  id: 'identifier-too-long',
  category: 'hygiene',
  severity: 'low',
  dialects: ['postgresql'],
  docs: {
    summary: 'An identifier is longer than the 63 bytes PostgreSQL keeps, so it is silently truncated.',
    why: 'PostgreSQL cuts every identifier to 63 bytes with only a NOTICE. The object gets a different name than the one written: a later migration, ORM or query that uses the full name does not find it, and two long names that share their first 63 bytes collide.',
    fix: 'Shorten the name to at most 63 bytes (characters outside ASCII take 2 to 4 bytes each), and use that exact name everywhere.',
    bad: [
      {
        before: 'CREATE TABLE customer_subscriptions (id bigint PRIMARY KEY, billing_period_started_at timestamptz);',
        sql: 'CREATE INDEX customer_subscriptions_billing_period_started_at_for_reporting_idx ON customer_subscriptions (billing_period_started_at);',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE customer_subscriptions (id bigint PRIMARY KEY, billing_period_started_at timestamptz);',
        sql: 'CREATE INDEX customer_subscriptions_billing_period_idx ON customer_subscriptions (billing_period_started_at);',
      },
      {
        sql: 'CREATE TABLE abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefgh (id bigint PRIMARY KEY);',
        note: 'Exactly 63 bytes: PostgreSQL keeps the whole name.',
      },
    ],
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const r of ctx.ops) {
      // The front end already holds names cut to 63 bytes: find the written ones in the statement text.
      if (r.file.language !== 'sql') continue;
      const defined = identifiers(r.op);
      // A name cut from a longer one keeps at least 60 of its bytes (a character takes at most 4):
      // with no such name defined here no written word can have been cut to one, and the text is not read.
      if (!defined.some((n) => byteLength(n.name) > MAX_BYTES - 4)) continue;
      const seen = new Set<string>();
      for (const word of writtenIdentifiers(r.op.stmt.text)) {
        if (byteLength(word) <= MAX_BYTES || seen.has(word)) continue;
        const cut = truncated(word);
        const named = defined.find((d) => d.name === cut);
        if (!named) continue;
        seen.add(word);
        hits.push({
          at: r.op.stmt,
          message: `The ${named.what} name "${word}" is ${byteLength(word)} bytes; PostgreSQL silently truncates it to "${cut}" (${byteLength(cut)} bytes).`,
          fix: `Choose a name of at most ${MAX_BYTES} bytes and write it out in full wherever the object is referred to; as it stands the object is called "${cut}".`,
        });
      }
    }
    return hits;
  },
};

/**
 * Every identifier written in a statement: quoted ones as they are, unquoted ones folded to
 * lower case. String literals, dollar-quoted bodies and comments are skipped.
 */
// Sticky: matched where the scan stands, without copying the rest of the text for each word.
const DOLLAR_TAG = /\$[A-Za-z_]*\$/y;
const WORD = /[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/y;

export function writtenIdentifiers(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (ch === "'") {
      i++;
      while (i < text.length) {
        if (text[i] === "'" && text[i + 1] === "'") i += 2;
        else if (text[i] === "'") break;
        else i++;
      }
      i++;
    } else if (ch === '"') {
      let name = '';
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          name += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else name += text[i++];
      }
      i++;
      out.push(name);
    } else if (ch === '$') {
      DOLLAR_TAG.lastIndex = i;
      const tag = DOLLAR_TAG.exec(text);
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        i = close < 0 ? text.length : close + tag[0].length;
      } else i++;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
      WORD.lastIndex = i;
      const m = WORD.exec(text);
      const word = m ? m[0] : ch;
      out.push(word.toLowerCase());
      i += word.length;
    } else i++;
  }
  return out;
}

interface Named {
  what: string;
  name: string;
}

/** The names a statement gives to objects, as written (unquoted ones already folded). */
function identifiers(op: LocatedOp): Named[] {
  const out: Named[] = [];
  const constraints = (cs: Constraint[]) => cs.forEach((c) => c.name && out.push({ what: 'constraint', name: c.name }));
  switch (op.kind) {
    case 'create_table':
      out.push({ what: 'table', name: op.table.name });
      for (const c of op.columns) {
        out.push({ what: 'column', name: c.name });
        constraints(c.constraints);
      }
      constraints(op.constraints);
      break;
    case 'add_column':
      out.push({ what: 'column', name: op.column.name });
      constraints(op.column.constraints);
      break;
    case 'rename_table':
      out.push({ what: 'table', name: op.newName.name });
      break;
    case 'rename_column':
      out.push({ what: 'column', name: op.newName });
      break;
    case 'add_constraint':
      constraints([op.constraint]);
      break;
    case 'rename_constraint':
      out.push({ what: 'constraint', name: op.newName });
      break;
    case 'create_index':
      if (op.name) out.push({ what: 'index', name: op.name });
      break;
    case 'rename_index':
      out.push({ what: 'index', name: op.newName });
      break;
    case 'create_view':
      out.push({ what: op.materialized ? 'materialized view' : 'view', name: op.name.name });
      break;
    case 'create_enum':
      out.push({ what: 'type', name: op.name.name });
      break;
    case 'create_schema':
      out.push({ what: 'schema', name: op.name });
      break;
    default:
      break;
  }
  return out;
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** The first 63 bytes, never splitting a multibyte character (as PostgreSQL's truncate_identifier does). */
export function truncated(name: string): string {
  let out = '';
  for (const ch of name) {
    if (byteLength(out + ch) > MAX_BYTES) break;
    out += ch;
  }
  return out;
}

