import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { TreeView } from '../model/migration.js';
import { MigraError } from '../model/errors.js';
import { memoryTree } from './memory-tree.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', 'dist', 'build', '.venv', 'venv', '__pycache__']);
const KEEP = /\.(sql|py|toml|json|conf|plan|ini|ya?ml)$/i;

/** A directory on disk as a tree (for `migra coverage` and the bench), reading only files migrations can be. */
export async function diskTree(dir: string): Promise<TreeView> {
  const files: Record<string, string> = {};
  async function walk(d: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      throw new MigraError(`cannot read directory ${d}`);
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(p);
      } else if (e.isFile() && KEEP.test(e.name)) {
        files[relative(dir, p).split(sep).join('/')] = await readFile(p, 'utf8');
      }
    }
  }
  await walk(dir);
  return memoryTree(files, 'disk');
}
