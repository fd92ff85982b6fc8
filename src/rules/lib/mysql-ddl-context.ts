import { escapeRegExp } from '../../model/regex.js';
import type { QName } from '../../model/operation.js';
import type { ReviewedOp, RuleContext } from '../rule.js';
import { earlierInFile } from './reviewed.js';

/** Session settings that change how MySQL / MariaDB run an ALTER TABLE. */
export interface DdlSession {
  /** foreign_key_checks is on (the default): ADD FOREIGN KEY can only copy the table. */
  foreignKeyChecks: boolean;
  /** An algorithm the session forces: MariaDB's alter_algorithm, or COPY from old_alter_table. */
  algorithm?: string;
  /** The setting that forces it, as shown in messages. */
  algorithmSource?: string;
}

const OFF = new Set(['0', 'off', 'false']);

/**
 * The settings in effect for the statement of `r`: SET statements earlier in the same file (a
 * migration tool may run each file on another connection, so earlier files do not count) and
 * MariaDB's `SET STATEMENT … FOR` prefix.
 */
export function ddlSession(r: ReviewedOp): DdlSession {
  const out: DdlSession = { foreignKeyChecks: true };
  const apply = (rawName: string, rawValue: string): void => {
    const name = rawName.toLowerCase();
    const value = rawValue.trim().replace(/^(['"])(.*)\1$/, '$2').toLowerCase();
    if (name === 'foreign_key_checks') out.foreignKeyChecks = !OFF.has(value);
    else if (name === 'alter_algorithm') {
      delete out.algorithm;
      delete out.algorithmSource;
      if (value !== 'default') Object.assign(out, { algorithm: value, algorithmSource: `SET alter_algorithm = '${value.toUpperCase()}'` });
    } else if (name === 'old_alter_table') {
      if (!OFF.has(value)) Object.assign(out, { algorithm: 'copy', algorithmSource: 'SET old_alter_table = ON' });
      else if (out.algorithmSource?.startsWith('SET old_alter_table')) {
        delete out.algorithm;
        delete out.algorithmSource;
      }
    }
  };
  for (const o of earlierInFile(r)) if (o.kind === 'set_setting') apply(o.name, o.value);
  const prefix = /^\s*SET\s+STATEMENT\s+([\s\S]*?)\s+FOR\s/i.exec(r.op.stmt.text);
  if (prefix) for (const m of prefix[1].matchAll(/(?:@@(?:session\.)?)?(\w+)\s*=\s*('[^']*'|"[^"]*"|\w+)/g)) apply(m[1], m[2]);
  return out;
}

/**
 * The storage engine the table was last given in the migration history before `r` (CREATE
 * TABLE … ENGINE=, ALTER TABLE … ENGINE=), read from the statement texts since the schema model
 * does not keep engines. Undefined when no statement names one: a table created without ENGINE=
 * gets the server's default, InnoDB.
 */
export function engineBefore(ctx: RuleContext, r: ReviewedOp, table: QName): string | undefined {
  const texts: string[] = [];
  for (const f of ctx.set.files) {
    if (f.path === r.file.path) break;
    if (f.language === 'sql') texts.push(f.up);
  }
  texts.push(...new Set(earlierInFile(r).map((o) => o.stmt.text)));
  const esc = escapeRegExp(table.name);
  const statement = new RegExp(`\\b(create\\s+(?:temporary\\s+)?table(?:\\s+if\\s+not\\s+exists)?|alter\\s+(?:online\\s+|ignore\\s+)*table)\\s+(?:[\`"]?\\w+[\`"]?\\s*\\.\\s*)?[\`"]?${esc}[\`"]?(?![\\w$])([^;]*)`, 'gi');
  let engine: string | undefined;
  for (const text of texts) {
    for (const m of text.matchAll(statement)) {
      const tail = m[2];
      if (/^create/i.test(m[1])) {
        // Table options follow the column list; a column may well be named `engine`.
        engine = /\bengine\s*=?\s*[`'"]?(\w+)/i.exec(tail.slice(tail.lastIndexOf(')') + 1))?.[1];
      } else {
        engine = /\bengine\s*=\s*[`'"]?(\w+)/i.exec(tail)?.[1] ?? engine;
      }
    }
  }
  return engine;
}
