import { createHash } from 'node:crypto';
import type { TreeView } from '../model/migration.js';

/**
 * Git's blob id for some content (`sha1("blob <size>\0" + content)`), so a file has the same id
 * in a memory tree as in a git tree and parse caches keyed by blob id work across both.
 */
export function gitBlobId(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export interface MemoryTree extends TreeView {
  /** read(), synchronously: a memory tree can, so texts may be read only when asked for (formats/up-text.ts). */
  readSync(paths: string[]): Map<string, string>;
  /** Nothing to release; present so callers can treat every tree the same way. */
  close(): void;
}

/** A tree held in memory: for tests and for `migra diff`, where files come from disk or arguments. */
export function memoryTree(files: Record<string, string>, commit = 'memory'): MemoryTree {
  const contents = new Map(Object.entries(files).map(([path, text]) => [normalizePath(path), text]));
  const ids = new Map([...contents].map(([path, text]) => [path, gitBlobId(text)]));
  const paths = [...contents.keys()].sort();
  const readSync = (wanted: string[]) => {
    const out = new Map<string, string>();
    for (const p of wanted) {
      const text = contents.get(p);
      if (text !== undefined) out.set(p, text);
    }
    return out;
  };
  return {
    commit,
    paths,
    blobId: (path) => ids.get(path),
    read: async (wanted) => readSync(wanted),
    readSync,
    close: () => undefined,
  };
}

/** Repo-relative with '/' separators and no leading './', as TreeView promises. */
function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
