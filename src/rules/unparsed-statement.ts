import type { Rule } from './rule.js';
import { opsOf } from './lib/reviewed.js';

export const unparsedStatement: Rule = {
  id: 'unparsed-statement',
  category: 'process',
  severity: 'medium',
  dialects: 'all',
  docs: {
    summary: 'A statement the parser could not read, so nothing about it was checked.',
    why: 'Rules only see what the parser understood. Whatever this statement does (take locks, delete data, change the schema) is missing from the review, and the schema replayed after it may be wrong, so findings on later statements can be missing too.',
    fix: 'Review the statement by hand. Check that the configured dialect and version match your database (`dialect` and `version` in .github/migra.yml). If the SQL is valid for your database, it is a gap in Migra\'s parser: report it, and acknowledge the statement with `-- migra:ignore unparsed-statement reason: …` on the line above it.',
    bad: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE users ADD COLUMN email text;\nALTER TABEL users ADD COLUMN name text;',
      },
    ],
    good: [
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE users ADD COLUMN email text;',
      },
      {
        before: 'CREATE TABLE users (id bigint PRIMARY KEY);',
        sql: 'ALTER TABLE users ADD COLUMN email varchar(255);',
        dialect: 'mysql',
      },
    ],
  },
  check(ctx) {
    return opsOf(ctx, 'unparsed').map((r) => ({
      at: r.op.stmt,
      message: `Migra could not parse "${excerpt(r.op.stmt.text)}", so none of its effects were checked. The parser says: ${quote(r.op.message)}`,
    }));
  },
};

/** The start of the statement, on one line, so the message says which statement even without the annotation. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

/** The parser's message on one line, short enough for an annotation title. */
function quote(message: string): string {
  const line = message.split('\n').map((l) => l.trim()).filter(Boolean)[0] ?? 'no message from the parser';
  const short = line.length > 200 ? `${line.slice(0, 199)}…` : line;
  return /[.!?]$/.test(short) ? short : `${short}.`;
}
