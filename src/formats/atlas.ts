import type { MigrationFile, TransactionMode } from '../model/migration.js';
import { sortMigrations } from './order.js';
import { baseName, dirOf } from './paths.js';
import type { FormatSpec } from './spec.js';

/** Atlas's integrity file (`atlas migrate hash`), in every Atlas migration directory. */
export const ATLAS_SUM = 'atlas.sum';

/** sql/migrate reDirective: any printable prefix, `atlas:<name>`, then the arguments. */
const DIRECTIVE = /^([ -~]*)atlas:(\w+)(?: +(.+))*/;

/**
 * The file's directive comments, as sql/migrate LocalFile.comments() reads them: the `--` / `#`
 * lines at the very top, which count only when an empty line separates them from the first
 * statement (otherwise they are that statement's comment). Only a line that is empty or holds
 * spaces and tabs ends the block, so a CRLF file's directives are not seen, as in Atlas.
 */
function atlasFileComments(text: string): string[] {
  const comments: string[] = [];
  let content = text;
  while (content.startsWith('#') || content.startsWith('--')) {
    const idx = content.indexOf('\n');
    if (idx === -1) {
      comments.push(content);
      break;
    }
    comments.push(content.slice(0, idx).trim());
    content = content.slice(idx + 1);
  }
  if (!content.replace(/^[ \t]+/, '').startsWith('\n') && content !== '') return [];
  return comments;
}

/** The arguments of every `atlas:<name>` file directive. */
export function atlasDirective(text: string, name: string): string[] {
  return atlasFileComments(text).flatMap((c) => {
    const m = DIRECTIVE.exec(c);
    return m && m[2] === name ? [m[3] ?? ''] : [];
  });
}

/**
 * How `atlas migrate apply` runs the file with its default `--tx-mode file`: in a transaction of
 * its own, unless a `-- atlas:txmode none` file directive turns it off; then Atlas executes the
 * statements one by one. Two txmode directives, or a value other than none / file, make Atlas
 * refuse the file, so the default stands.
 */
export function atlasTransaction(text: string): TransactionMode {
  const modes = atlasDirective(text, 'txmode');
  return modes.length === 1 && modes[0] === 'none' ? 'none' : 'per-file';
}

/**
 * Atlas versioned migrations (`atlas migrate diff` / `apply`, and ent's migrate directories): the
 * `.sql` files of a folder holding an atlas.sum, applied in file-name order. The version is the
 * name up to its first `_`, compared as text.
 */
export const atlas: FormatSpec = {
  id: 'atlas',
  supportsDown: false,
  owns: (dir, path) => dirOf(path) === dir && path.endsWith('.sql'),
  build(_dir, files) {
    const out: MigrationFile[] = files.map((f) => {
      const stem = baseName(f.path).slice(0, -'.sql'.length);
      const at = stem.indexOf('_');
      return {
        path: f.path,
        version: at < 0 ? stem : stem.slice(0, at),
        name: at < 0 ? '' : stem.slice(at + 1),
        language: 'sql',
        up: f.text,
        hasDown: false,
        transaction: atlasTransaction(f.text),
        blobId: f.blobId,
      };
    });
    return sortMigrations('atlas', out);
  },
};
