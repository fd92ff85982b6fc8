import type { Dialect } from '../../model/dialect.js';

/**
 * Template placeholders that migration tools substitute before the SQL reaches the database:
 * Go text/template actions (`{{ index .Options "Namespace" }}.users`, gobuffalo/pop, Supabase
 * Auth), Jinja / Helm style `{{ schema }}`, Flyway / Liquibase `${schema}`, and in PostgreSQL
 * upper-case psql variables (`:GRAPHILE_WORKER_SCHEMA.jobs`, graphile-migrate's
 * `:DATABASE_OWNER`). As written they are not SQL, so every statement holding one would be
 * unparsed.
 *
 * Each placeholder is replaced by an identifier of exactly its own length, so every offset,
 * line and column of the file stays where it was; the statement text shown to the user is
 * taken from the original file. The identifier is lower case (PostgreSQL folds unquoted names)
 * and derived from the placeholder's content, so `{{ .Schema }}.t` in one file and in the
 * next name the same table.
 */

/** `{{ … }}` on one line; the content decides whether it is a template action (see isAction). */
const MUSTACHE = /\{\{-?([^{}\n]*?)-?\}\}/g;
/** `${name}`, `${flyway:defaultSchema}`: `${` starts nothing in SQL. */
const DOLLAR_BRACE = /\$\{([A-Za-z_][\w.:-]*)\}/g;

/**
 * psql variable `:NAME` in upper case, not part of a `::` cast, a name (`a:B`) or a quoted run;
 * lower-case ones are left alone, they read like array slices (`a[1:n]`).
 */
const PSQL_VARIABLE = /(?<![:\w$'"])(:[A-Z][A-Z0-9_]+)(?![\w$])/g;

/** Go template keywords and builtin functions an action may start with. */
const GO_WORDS = new Set([
  'index', 'printf', 'print', 'println', 'if', 'else', 'end', 'range', 'with', 'template', 'block', 'define',
  'len', 'not', 'and', 'or', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'call', 'html', 'js', 'urlquery', 'slice',
]);

/**
 * Whether the content of `{{ … }}` is a template action rather than, say, the inside of a
 * PostgreSQL array literal (`'{{1,2},{3,4}}'`, `'{{a}}'`): a Go pipeline (`.X`, `$x`, a Go
 * keyword or builtin followed by arguments), or a spaced name (`{{ schema }}`, `{{ var.x }}`).
 */
function isAction(content: string): boolean {
  const c = content.trim();
  if (c === '') return false;
  if (c.startsWith('.') || c.startsWith('$')) return true;
  const word = /^[A-Za-z_]\w*/.exec(c)?.[0];
  if (word && GO_WORDS.has(word) && (c.length === word.length || /\s/.test(c[word.length]))) return true;
  return /^\s+[A-Za-z_][\w.]*\s+$/.test(content);
}

/** FNV-1a over the content with spaces dropped, in base 36: `{{.X}}` and `{{ .X }}` agree. */
function hash(content: string): string {
  let h = 0x811c9dc5;
  const s = content.replace(/\s+/g, '');
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * Placeholder → the template text it stands for. The mapping is a pure function of the text
 * (same content, same placeholder), so one table for the process is safe to share.
 */
const ORIGINALS = new Map<string, string>();

function placeholder(written: string, content: string): string {
  const id = `tpl${hash(content)}${'_'.repeat(written.length)}`.slice(0, written.length);
  ORIGINALS.set(id, written);
  return id;
}

/** The text with every template placeholder replaced by an identifier of the same length. */
export function maskTemplates(text: string, dialect: Dialect): string {
  let out = text;
  if (out.includes('{{')) out = out.replace(MUSTACHE, (m: string, content: string) => (isAction(content) ? placeholder(m, content) : m));
  if (out.includes('${')) out = out.replace(DOLLAR_BRACE, (m: string, name: string) => placeholder(m, name));
  if (dialect === 'postgresql' && out.includes(':')) out = out.replace(PSQL_VARIABLE, (m: string) => placeholder(m, m));
  return out;
}

const PLACEHOLDER = /tpl[0-9a-z]+_*/g;

/**
 * Text meant for people (messages, rollback SQL) with the placeholders of masked names turned
 * back into the templates the author wrote: `{{ index .Options "Namespace" }}.users`, not `tpl3kx…_.users`.
 * `encode` escapes the template for the context it goes into (JSON strings).
 */
export function unmaskTemplates(text: string, encode: (original: string) => string = (o) => o): string {
  if (!ORIGINALS.size || !text.includes('tpl')) return text;
  return text.replace(PLACEHOLDER, (id) => {
    const original = ORIGINALS.get(id);
    return original === undefined ? id : encode(original);
  });
}
