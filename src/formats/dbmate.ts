import type { MigrationFile } from '../model/migration.js';
import { sortMigrations } from './order.js';
import { baseName, dirOf } from './paths.js';
import type { FormatSpec } from './spec.js';
import { blankLines, hasStatements, splitLines } from './text.js';

/** dbmate takes any `.sql` file whose name starts with digits; the digits are the version. */
export const DBMATE_NAME = /^(\d+)(?:[_-]?(.*))?\.sql$/s;

/** dbmate's own directive patterns (`-- migrate:up [options]`). */
const UP = /^--\s*migrate:up(\s*$|\s+\S+)/;
const DOWN = /^--\s*migrate:down(\s*$|\s+\S+)/;
export const DBMATE_MARKER = /^--\s*migrate:up(\s*$|\s+\S+)/m;

export interface DbmateSections {
  /** The file with every down block (directive included) blanked out. */
  up: string;
  /** Whether some up block says `transaction:false`. */
  noTransaction: boolean;
  hasDown: boolean;
}

/**
 * Split a dbmate file into its blocks. Recent dbmate allows several up/down pairs per file,
 * each with its own options; a down block runs until the next up directive.
 */
export function dbmateSections(text: string): DbmateSections {
  const lines = splitLines(text);
  const down = new Set<number>();
  const downText: string[] = [];
  let inDown = false;
  let noTransaction = false;
  lines.forEach((l, i) => {
    if (UP.test(l.text)) {
      inDown = false;
      if (/(^|\s)transaction:false(\s|$)/.test(l.text.replace(/^--\s*migrate:up/, ' '))) noTransaction = true;
    } else if (DOWN.test(l.text)) {
      inDown = true;
      down.add(i);
      return;
    }
    if (inDown) {
      down.add(i);
      downText.push(l.text);
    }
  });
  return { up: blankLines(text, (i) => down.has(i)), noTransaction, hasDown: hasStatements(downText.join('\n')) };
}

/**
 * dbmate. Each up block runs in a transaction unless its directive says `transaction:false`.
 * The model has one mode per file, so a file with any non-transactional block is 'none': better
 * to miss a same-transaction hazard than to report CONCURRENTLY in a block that runs outside one.
 * Files are applied in file-name order.
 */
export const dbmate: FormatSpec = {
  id: 'dbmate',
  supportsDown: true,
  owns: (dir, path) => dirOf(path) === dir && DBMATE_NAME.test(baseName(path)),
  build(_dir, files) {
    const out: MigrationFile[] = [];
    for (const f of files) {
      const m = DBMATE_NAME.exec(baseName(f.path));
      if (!m) continue;
      const s = dbmateSections(f.text);
      out.push({
        path: f.path,
        version: m[1],
        name: m[2] ?? '',
        language: 'sql',
        up: s.up,
        hasDown: s.hasDown,
        transaction: s.noTransaction ? 'none' : 'per-file',
        blobId: f.blobId,
      });
    }
    return sortMigrations('dbmate', out);
  },
};
