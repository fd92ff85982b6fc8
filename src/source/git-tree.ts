import type { TreeView } from '../model/migration.js';
import type { CatFileBatch } from './cat-file.js';

export interface TreeEntry {
  path: string;
  blobId: string;
  /** '100644' or '100755'; symlinks and submodules are not listed. */
  mode: string;
}

const UTF8_BOM = '\uFEFF';

/**
 * The files of one commit, listed from its tree objects (tree-walk.ts); contents are read on
 * demand through the repository's shared cat-file process.
 */
export class GitTree implements TreeView {
  readonly paths: string[];
  private readonly ids: Map<string, string>;

  constructor(
    readonly commit: string,
    entries: readonly TreeEntry[],
    private readonly batch: CatFileBatch,
    /**
     * The id of the commit's root tree, when known: it names these paths and blobs (a tree object
     * holds the ids of everything under it), so detection keys what it keeps of the whole tree by it.
     */
    readonly treeId?: string,
  ) {
    this.ids = new Map(entries.map((e) => [e.path, e.blobId]));
    this.paths = [...this.ids.keys()].sort();
  }

  blobId(path: string): string | undefined {
    return this.ids.get(path);
  }

  /**
   * Contents as UTF-8 text. A leading BOM is dropped: editors on Windows add it, and the SQL
   * front ends would otherwise see it as part of the first keyword.
   */
  async read(paths: string[]): Promise<Map<string, string>> {
    const bytes = await this.readBytes(paths);
    const out = new Map<string, string>();
    for (const [path, buf] of bytes) out.set(path, asText(buf));
    return out;
  }

  /** read(), synchronously (a process of its own): for a text asked for where nothing can wait. */
  readSync(paths: string[]): Map<string, string> {
    const wanted = paths.flatMap((p) => {
      const id = this.ids.get(p);
      return id ? [[p, id] as const] : [];
    });
    const blobs = this.batch.readSync(wanted.map(([, id]) => id));
    const out = new Map<string, string>();
    for (const [path, id] of wanted) {
      const b = blobs.get(id);
      if (b) out.set(path, asText(b));
    }
    return out;
  }

  /** Contents exactly as stored. */
  async readBytes(paths: readonly string[]): Promise<Map<string, Buffer>> {
    const wanted = paths.flatMap((p) => {
      const id = this.ids.get(p);
      return id ? [[p, id] as const] : [];
    });
    const blobs = await this.batch.read(wanted.map(([, id]) => id));
    const out = new Map<string, Buffer>();
    for (const [path, id] of wanted) {
      const b = blobs.get(id);
      if (b) out.set(path, b);
    }
    return out;
  }

  /** Stops the cat-file process shared with the other tree of the same repository (restarted if read again). */
  close(): void {
    this.batch.close();
  }
}

function asText(buf: Buffer): string {
  const text = buf.toString('utf8');
  return text.startsWith(UTF8_BOM) ? text.slice(1) : text;
}
