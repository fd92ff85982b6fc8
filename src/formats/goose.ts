import type { MigrationFile } from '../model/migration.js';
import { sortMigrations } from './order.js';
import { baseName, dirOf } from './paths.js';
import type { FormatSpec } from './spec.js';
import { blankLines, hasStatements, splitLines } from './text.js';

/** goose reads the version as the integer before the first '_'. */
export const GOOSE_NAME = /^(\d+)_(.+)\.sql$/s;

/** A `-- +goose Up` line; goose matches annotations case-insensitively. */
export const GOOSE_MARKER = /^--\s*\+goose\s+up\s*$/im;

export interface GooseSections {
  /** The file with the Down section (marker included) blanked out. */
  up: string;
  noTransaction: boolean;
  /** Whether the Down section holds any statement. */
  hasDown: boolean;
}

/**
 * Split a goose file. Annotations are comment lines containing '+goose': Up, Down,
 * StatementBegin/End (kept: they are comments and the SQL between them is still SQL) and
 * NO TRANSACTION, which applies to the whole file wherever it appears.
 */
export function gooseSections(text: string): GooseSections {
  const lines = splitLines(text);
  const down = new Set<number>();
  let state: 'before' | 'up' | 'down' = 'before';
  let noTransaction = false;
  const downText: string[] = [];
  lines.forEach((l, i) => {
    const a = annotation(l.text);
    if (a === 'up') state = 'up';
    else if (a === 'down') state = 'down';
    else if (a === 'no transaction') noTransaction = true;
    if (state === 'down') {
      down.add(i);
      if (a === undefined) downText.push(l.text);
    }
  });
  return { up: blankLines(text, (i) => down.has(i)), noTransaction, hasDown: hasStatements(downText.join('\n')) };
}

function annotation(line: string): string | undefined {
  const t = line.trim();
  if (!t.startsWith('--') || !t.includes('+goose')) return undefined;
  return t.replace(/--/g, '').replace('+goose', '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * goose (SQL migrations). Each file runs in one transaction unless it says
 * `-- +goose NO TRANSACTION`; ordered by the integer version.
 */
export const goose: FormatSpec = {
  id: 'goose',
  supportsDown: true,
  owns: (dir, path) => dirOf(path) === dir && GOOSE_NAME.test(baseName(path)),
  build(_dir, files) {
    const out: MigrationFile[] = [];
    for (const f of files) {
      const m = GOOSE_NAME.exec(baseName(f.path));
      if (!m) continue;
      const s = gooseSections(f.text);
      out.push({
        path: f.path,
        version: m[1],
        name: m[2],
        language: 'sql',
        up: s.up,
        hasDown: s.hasDown,
        transaction: s.noTransaction ? 'none' : 'per-file',
        blobId: f.blobId,
      });
    }
    return sortMigrations('goose', out);
  },
};
