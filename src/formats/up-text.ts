import { sha256Hex } from '../model/sha256.js';
import type { MigrationFile, TreeView } from '../model/migration.js';

/*
 * A migration file's text (`up`) read only when something asks for it. A warm review finds its
 * sets in the detection cache (detect-cache.ts) and starts replay from a snapshot that stands
 * for most of the history: the text of the files the snapshot covers is never needed, so it is
 * never read. What does need it (the parser, for the files after the snapshot) reads it ahead
 * in one batch (`readUps`); anything else that asks gets every missing text of the set at once,
 * read synchronously, so a forgotten reader costs time, never a different answer.
 */

/** sha256 of `up`, for keys that depend on the text (replay snapshots, the parse cache). */
const digests = new WeakMap<MigrationFile, string>();

/**
 * A hash of the file's `up`: known without reading it when the detection cache kept it. `byText`:
 * hashes of texts made before (another commit's file of the same text).
 */
export function upDigest(f: MigrationFile, byText?: Map<string, string>): string {
  let d = digests.get(f);
  if (d === undefined) {
    const up = f.up;
    d = byText?.get(up);
    if (d === undefined) {
      d = digestOf(up);
      byText?.set(up, d);
    }
    digests.set(f, d);
  }
  return d;
}

export function digestOf(text: string): string {
  return sha256Hex(text);
}

/** The texts of a set's files not read yet, and how to read them. */
interface Pending {
  tree: TreeView;
  /** Files of the set whose `up` is still unread, by path. */
  unread: Map<string, MigrationFile>;
}

const pendingOf = new WeakMap<MigrationFile, Pending>();

/**
 * Make `files` (built without their text; `up` is each file's whole text) read it on demand from
 * `tree`, which must read synchronously too. `digest`: each file's known upDigest.
 */
export function deferUps(files: readonly MigrationFile[], tree: TreeView & { readSync(paths: string[]): Map<string, string> }, digest: (f: MigrationFile) => string): void {
  const pending: Pending = { tree, unread: new Map(files.map((f) => [f.path, f])) };
  for (const f of files) {
    digests.set(f, digest(f));
    pendingOf.set(f, pending);
    Object.defineProperty(f, 'up', {
      configurable: true,
      enumerable: true,
      get(this: MigrationFile) {
        // Everything still unread in the set at once: whoever reads one text usually reads them all.
        const p = pendingOf.get(this);
        if (p) settle(p, tree.readSync([...p.unread.keys()]));
        return this.up;
      },
      set(this: MigrationFile, value: string) {
        fix(this, value, false);
      },
    });
  }
}

/** Read ahead, in one batch, the texts of those of `files` not read yet. */
export async function readUps(files: readonly MigrationFile[]): Promise<void> {
  const byPending = new Map<Pending, string[]>();
  for (const f of files) {
    const p = pendingOf.get(f);
    if (!p) continue;
    const paths = byPending.get(p);
    if (paths) paths.push(f.path);
    else byPending.set(p, [f.path]);
  }
  for (const [p, paths] of byPending) settle(p, await p.tree.read(paths), paths);
}

function settle(p: Pending, texts: Map<string, string>, paths: readonly string[] = [...p.unread.keys()]): void {
  for (const path of paths) {
    const f = p.unread.get(path);
    if (!f) continue;
    const text = texts.get(path);
    // The tree lists the path with this blob id: a text missing now is a broken repository.
    if (text === undefined) throw new Error(`cannot read ${path} (blob ${f.blobId})`);
    fix(f, text, true);
  }
}

/** `read`: the file's own text, which the digest is of; else a new text someone set. */
function fix(f: MigrationFile, text: string, read: boolean): void {
  pendingOf.get(f)?.unread.delete(f.path);
  pendingOf.delete(f);
  Object.defineProperty(f, 'up', { value: text, writable: true, enumerable: true, configurable: true });
  if (!read) digests.delete(f);
}
