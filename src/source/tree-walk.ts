import type { CatFileBatch } from './cat-file.js';
import type { TreeEntry } from './git-tree.js';
import { isRegularFile, type RawChange } from './raw-diff.js';

/**
 * Listings and diffs of commits read from tree objects through the cat-file process that is
 * running anyway, instead of a `git ls-tree` and a `git diff` process each (a process costs this
 * one 5–10 ms to start, as much as the whole walk of Lemmy's 553 trees). Trees are asked for a
 * level at a time, in one write each, and a tree both commits share is read once and not compared.
 */

/** One entry of a tree object: `<mode> <name>\0<id bytes>`. */
interface RawEntry {
  name: string;
  mode: string;
  id: string;
}

const TREE_MODE = '40000';

/** Tree objects read and parsed once each, by id, for every walk over one repository. */
export class TreeReader {
  private readonly trees = new Map<string, RawEntry[]>();

  constructor(private readonly batch: CatFileBatch) {}

  /** Every tree in `ids` read (those already known are not asked for again). */
  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.trees.has(id));
    if (missing.length === 0) return;
    const bodies = await this.batch.read(missing);
    for (const id of missing) {
      const body = bodies.get(id);
      if (!body) throw new Error(`git cat-file has no tree ${id}`);
      this.trees.set(id, parseTree(body, id.length / 2));
    }
  }

  entries(id: string): RawEntry[] {
    const t = this.trees.get(id);
    if (!t) throw new Error(`tree ${id} was not read`);
    return t;
  }

  /** Every tree under `roots`, level by level (one round trip to cat-file a level). */
  async loadAll(roots: readonly string[]): Promise<void> {
    let level = [...roots];
    while (level.length) {
      await this.load(level);
      level = level.flatMap((id) => this.entries(id).flatMap((e) => (e.mode === TREE_MODE ? [e.id] : [])));
    }
  }

  /**
   * Every regular file under a tree, as `git ls-tree -r` lists them: depth first in the tree's
   * own order (git sorts a directory as if its name ended in '/').
   */
  async list(root: string): Promise<TreeEntry[]> {
    await this.loadAll([root]);
    const out: TreeEntry[] = [];
    const walk = (id: string, prefix: string) => {
      for (const e of this.entries(id)) {
        if (e.mode === TREE_MODE) walk(e.id, `${prefix}${e.name}/`);
        // Symlinks hold a target path, not SQL; submodules are other repositories.
        else if (isRegularFile(e.mode)) out.push({ path: prefix + e.name, blobId: e.id, mode: e.mode });
      }
    };
    walk(root, '');
    return out;
  }

  /**
   * What `git diff --raw` reports between two trees, without rename detection, or undefined when
   * the answer might hold a rename (a path went and another came): then `git diff -M` is asked,
   * whose similarity scoring is git's own. Statuses: A, D, M (content or mode) and T (a file
   * became a symlink or submodule, or back); a file that became a directory is a D and As.
   */
  async diff(before: string, after: string): Promise<RawChange[] | undefined> {
    const zero = '0'.repeat(before.length);
    const out: RawChange[] = [];
    const gone = (e: RawEntry, path: string) => out.push({ status: 'D', oldPath: path, path, oldMode: pad(e.mode), oldBlobId: e.id, newMode: '000000', newBlobId: zero });
    const came = (e: RawEntry, path: string) => out.push({ status: 'A', oldPath: path, path, oldMode: '000000', oldBlobId: zero, newMode: pad(e.mode), newBlobId: e.id });
    // Trees that exist on one side only: every file in them went, or came.
    const whole: { id: string; prefix: string; side: 'gone' | 'came' }[] = [];
    let level: { a: string; b: string; prefix: string }[] = before === after ? [] : [{ a: before, b: after, prefix: '' }];
    while (level.length) {
      await this.load(level.flatMap((p) => [p.a, p.b]));
      const next: typeof level = [];
      for (const { a, b, prefix } of level) {
        const old = new Map(this.entries(a).map((e) => [e.name, e]));
        for (const e of this.entries(b)) {
          const path = prefix + e.name;
          const o = old.get(e.name);
          old.delete(e.name);
          const isTree = e.mode === TREE_MODE;
          if (!o) (isTree ? whole.push({ id: e.id, prefix: `${path}/`, side: 'came' }) : came(e, path));
          else if (o.mode === e.mode && o.id === e.id) continue;
          else if (isTree && o.mode === TREE_MODE) next.push({ a: o.id, b: e.id, prefix: `${path}/` });
          else if (isTree || o.mode === TREE_MODE) {
            // A directory where a file was, or the reverse: the file goes or comes whole.
            if (o.mode === TREE_MODE) whole.push({ id: o.id, prefix: `${path}/`, side: 'gone' });
            else gone(o, path);
            if (isTree) whole.push({ id: e.id, prefix: `${path}/`, side: 'came' });
            else came(e, path);
          } else out.push({ status: kind(o.mode) === kind(e.mode) ? 'M' : 'T', oldPath: path, path, oldMode: pad(o.mode), oldBlobId: o.id, newMode: pad(e.mode), newBlobId: e.id });
        }
        for (const [name, o] of old) (o.mode === TREE_MODE ? whole.push({ id: o.id, prefix: `${prefix}${name}/`, side: 'gone' }) : gone(o, prefix + name));
      }
      level = next;
    }
    if (whole.length) await this.loadAll(whole.map((w) => w.id));
    const expand = (id: string, prefix: string, side: 'gone' | 'came') => {
      for (const e of this.entries(id)) {
        if (e.mode === TREE_MODE) expand(e.id, `${prefix}${e.name}/`, side);
        else (side === 'gone' ? gone : came)(e, prefix + e.name);
      }
    };
    for (const w of whole) expand(w.id, w.prefix, w.side);
    if (out.some((c) => c.status === 'D') && out.some((c) => c.status === 'A')) return undefined;
    return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  }
}

/** `<mode> <name>\0` then the id's raw bytes, entry after entry. */
function parseTree(body: Buffer, idBytes: number): RawEntry[] {
  const out: RawEntry[] = [];
  let off = 0;
  while (off < body.length) {
    const space = body.indexOf(0x20, off);
    const nul = body.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + idBytes > body.length) throw new Error('malformed git tree object');
    out.push({ mode: body.toString('latin1', off, space), name: body.toString('utf8', space + 1, nul), id: body.toString('hex', nul + 1, nul + 1 + idBytes) });
    off = nul + 1 + idBytes;
  }
  return out;
}

/** Modes as git prints them in diffs (six digits). */
function pad(mode: string): string {
  return mode.padStart(6, '0');
}

/** The file type part of a mode: regular files (either permission), symlinks, submodules. */
function kind(mode: string): string {
  return isRegularFile(mode) ? 'file' : mode;
}
