import type { TreeView } from '../model/migration.js';

/*
 * What detecting the sets of two commits of one repository can do once for both. A review
 * detects base and head side by side (analyze/load.ts), and the two trees hold nearly the same
 * files: reading every migration file from git twice, hashing each text twice and looking for
 * dialect hints in it twice was a third of a cold review's detection. Everything kept here is a
 * function of its key alone (a blob's text, a text's hints, a folder's verdict), so sharing
 * changes no result, only how often it is computed.
 */

export interface DetectShared {
  /** Texts by blob id, per kind of tree (one kind reads a blob the same way every time). */
  readonly blobs: Map<object, Map<string, Read>>;
  /** Whether detection may look at a folder's files (detect.ts candidatePaths). */
  readonly folders: Map<string, boolean>;
  /** Whether detection may look at a file, by path (detect.ts candidatePaths): the two trees list nearly the same paths. */
  readonly files: Map<string, boolean>;
  /** Which dialect hints a text shows (dialect-hints.ts), by text. */
  readonly hints: Map<string, number>;
  /** sha256 of a text (up-text.ts upDigest), by text. */
  readonly digests: Map<string, string>;
}

/** A batch read under way or done, and the path this blob has in it. */
interface Read {
  batch: Promise<Map<string, string>>;
  path: string;
}

/** A fresh share, for the detections of one review. */
export function detectShared(): DetectShared {
  return { blobs: new Map(), folders: new Map(), files: new Map(), hints: new Map(), digests: new Map() };
}

/**
 * tree.read(paths), taking the text of a blob another tree of the same kind read (or is reading)
 * from that read instead of asking git again. Paths the tree does not list are left out, as
 * tree.read leaves them out; the map's order is not the order asked.
 */
export async function readShared(tree: TreeView, paths: readonly string[], shared: DetectShared | undefined): Promise<Map<string, string>> {
  if (!shared) return tree.read([...paths]);
  const kind = Object.getPrototypeOf(tree) as object;
  let byBlob = shared.blobs.get(kind);
  if (!byBlob) shared.blobs.set(kind, (byBlob = new Map()));
  const mine: string[] = [];
  const theirs: [string, Read][] = [];
  for (const p of paths) {
    const id = tree.blobId(p);
    const known = id ? byBlob.get(id) : undefined;
    if (known) theirs.push([p, known]);
    else mine.push(p);
  }
  const batch = mine.length ? tree.read(mine) : Promise.resolve(new Map<string, string>());
  // The other tree may wait on this read: its failure is reported to the reader that made it.
  batch.catch(() => undefined);
  for (const p of mine) {
    const id = tree.blobId(p);
    if (id && !byBlob.has(id)) byBlob.set(id, { batch, path: p });
  }
  const own = await batch;
  if (!theirs.length) return own;
  // Each other read awaited once; the maps of reads are never changed (others hold them too).
  const others = new Map<Promise<Map<string, string>>, Map<string, string>>();
  for (const [, read] of theirs) if (!others.has(read.batch)) others.set(read.batch, await read.batch);
  const out = new Map(own);
  for (const [p, read] of theirs) {
    const text = others.get(read.batch)!.get(read.path);
    if (text !== undefined) out.set(p, text);
  }
  return out;
}
