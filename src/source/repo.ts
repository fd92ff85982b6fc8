import { existsSync, realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MigraError } from '../model/errors.js';
import type { FileChange } from '../model/migration.js';
import { CatFileBatch } from './cat-file.js';
import { GitTree, type TreeEntry } from './git-tree.js';
import { fileChanges, parseRawDiff, type RawChange } from './raw-diff.js';
import { GitError, firstLine, runGit } from './run-git.js';
import { TreeReader } from './tree-walk.js';

/**
 * Read-only access to a local git repository through plumbing commands. Nothing here checks
 * anything out or touches the work tree; the only writes are fetches (see shallow.ts).
 */
export class GitRepo {
  /** One cat-file process for every tree of this repository. */
  readonly batch: CatFileBatch;
  /** Tree objects read through `batch`, shared by every listing and diff of this repository. */
  private readonly trees: TreeReader;
  /** Root trees by commit id. */
  private readonly roots = new Map<string, Promise<string>>();

  constructor(
    /** Directory git commands run in (the work tree top, or the git dir of a bare repository). */
    readonly dir: string,
  ) {
    this.batch = new CatFileBatch(dir);
    this.trees = new TreeReader(this.batch);
  }

  git(args: readonly string[], okCodes?: readonly number[]) {
    return runGit(this.dir, args, okCodes);
  }

  /**
   * The commit each ref names (undefined where the repository has none), asked of the cat-file
   * process in one write. Rejects when cat-file cannot run here (not a repository, unsafe
   * ownership): the caller then asks rev-parse, whose errors say what is wrong.
   */
  async resolveRefs(refs: readonly string[]): Promise<(string | undefined)[]> {
    refs.forEach(checkRef);
    const names = refs.map((ref) => `${ref}^{commit}`);
    const found = await this.batch.objects(names);
    if (![...found.values()].every((o) => o.type === 'commit' && COMMIT_ID.test(o.id))) throw new Error('cat-file answered with something other than a commit');
    return names.map((n) => found.get(n)?.id);
  }

  /** resolveRefs, or one rev-parse a ref where the cat-file process cannot run (whose errors then say what is wrong). */
  commitsOf(refs: readonly string[]): Promise<(string | undefined)[]> {
    return this.resolveRefs(refs).catch(() => Promise.all(refs.map((ref) => this.tryResolveRef(ref))));
  }

  /** The commit a ref names, or undefined when the repository does not have it. */
  async tryResolveRef(ref: string): Promise<string | undefined> {
    checkRef(ref);
    const r = await this.git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], [0, 1, 128]);
    const sha = r.stdout.toString('utf8').trim();
    return r.code === 0 && sha ? sha : undefined;
  }

  async resolveRef(ref: string): Promise<string> {
    const sha = await this.tryResolveRef(ref);
    if (!sha) throw new MigraError(`Unknown git ref '${ref}': no such branch, tag or commit in ${this.dir}`);
    return sha;
  }

  /** The best common ancestor of two commits, or undefined when git finds none in the history it has. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    checkRef(a);
    checkRef(b);
    const r = await this.git(['merge-base', '--end-of-options', a, b], [0, 1]);
    const sha = r.stdout.toString('utf8').trim();
    return r.code === 0 && sha ? sha : undefined;
  }

  /** Every regular file of a commit with its blob id, as `git ls-tree -r` lists them. */
  async listTree(commit: string): Promise<TreeEntry[]> {
    return this.trees.list(await this.treeOf(commit));
  }

  /**
   * The root tree of a commit, looked up through the cat-file process; once a commit id (a review
   * asks for head's in its listing and in its diff, and names both trees by them).
   */
  treeOf(commit: string): Promise<string> {
    checkRef(commit);
    const known = this.roots.get(commit);
    if (known) return known;
    const found = this.lookUpTree(commit);
    // A name that is not an id may name another commit later (a fetch moves a branch).
    if (COMMIT_ID.test(commit)) this.roots.set(commit, found);
    return found;
  }

  private async lookUpTree(commit: string): Promise<string> {
    const name = `${commit}^{tree}`;
    const tree = (await this.batch.objects([name])).get(name);
    if (tree?.type !== 'tree') throw new MigraError(`Unknown git ref '${commit}': no such commit in ${this.dir}`);
    return tree.id;
  }

  /** Files that differ between two commits, with renames detected (`git diff -M`). */
  async diffFiles(before: string, head: string): Promise<FileChange[]> {
    return fileChanges(await this.diffRaw(before, head));
  }

  /**
   * The same diff with both sides' blob ids and modes, from which one listing rebuilds the other:
   * compared tree by tree through the cat-file process, and by `git diff -M` only when a path
   * went and another came (a rename, which git's similarity scoring decides).
   */
  async diffRaw(before: string, head: string): Promise<RawChange[]> {
    const [a, b] = await Promise.all([this.treeOf(before), this.treeOf(head)]);
    return (await this.trees.diff(a, b)) ?? this.gitDiffRaw(before, head);
  }

  /** `git diff --raw -M` itself. */
  async gitDiffRaw(before: string, head: string): Promise<RawChange[]> {
    checkRef(before);
    checkRef(head);
    // --no-relative and --no-ext-diff keep user config (diff.relative, diff.external) out of the answer.
    const r = await this.git(['diff', '--raw', '--no-abbrev', '-z', '-M', '--no-relative', '--no-ext-diff', before, head, '--']);
    return parseRawDiff(splitNul(r.stdout));
  }

  async isShallow(): Promise<boolean> {
    const r = await this.git(['rev-parse', '--is-shallow-repository']);
    return r.stdout.toString('utf8').trim() === 'true';
  }

  async remotes(): Promise<string[]> {
    const r = await this.git(['remote']);
    return r.stdout
      .toString('utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  }

  /** The files of a commit (or of anything that names one). */
  async tree(ref: string): Promise<GitTree> {
    const commit = await this.resolveRef(ref);
    return new GitTree(commit, await this.listTree(commit), this.batch, await this.treeOf(commit));
  }

  /** Contents by blob id through the shared cat-file process; unknown ids are left out. */
  readBlobs(ids: readonly string[]): Promise<Map<string, Buffer>> {
    return this.batch.read(ids);
  }

  /** Stops the cat-file process; settles once it has exited. */
  close(): Promise<void> {
    return this.batch.close();
  }
}

/**
 * The repository whose work tree `dir` is the top of, opened without a process (git itself finds
 * `dir/.git` first when it runs there); undefined anywhere else, where rev-parse has to look.
 */
function workTreeTop(dir: string): GitRepo | undefined {
  return existsSync(join(dir, '.git')) ? new GitRepo(realpathSync(dir)) : undefined;
}

/** Open the repository that contains `dir`, without starting a process when `dir` is its top. */
export async function openRepoQuickly(dir: string): Promise<GitRepo> {
  const info = await stat(dir).catch(() => undefined);
  return (info?.isDirectory() && workTreeTop(dir)) || openRepo(dir);
}

/** Open the repository that contains `dir`. */
export async function openRepo(dir: string): Promise<GitRepo> {
  // Checked first: spawning in a missing directory fails like a missing git binary would.
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new MigraError(`${dir} is not a directory`);
  let r;
  try {
    r = await runGit(dir, ['rev-parse', '--is-bare-repository', '--show-toplevel']);
  } catch (e) {
    if (e instanceof GitError) throw new MigraError(`${dir} is not a git repository (${firstLine(e.stderr)})`);
    throw e;
  }
  const [bare, top] = r.stdout.toString('utf8').split('\n');
  return new GitRepo(bare === 'true' || !top ? dir : top);
}

/**
 * Open the repository and resolve refs to commits with one `git rev-parse` (a process is 8–10 ms of
 * this one's time to start). Anything unusual (not a repository, a ref git does not know, a ref
 * that names more than one commit) goes the long way, openRepo then one lookup per ref, whose
 * errors say exactly what is wrong; undefined stands for a ref the repository does not have.
 */
export async function openRepoResolving(dir: string, refs: readonly string[]): Promise<{ repo: GitRepo; commits: (string | undefined)[] }> {
  const info = await stat(dir).catch(() => undefined);
  // The top of a work tree (what the action and most users pass): the cat-file process every
  // review starts anyway resolves the refs, and no rev-parse is needed at all.
  const top = info?.isDirectory() && refs.every(isPlainRef) ? workTreeTop(dir) : undefined;
  if (top) {
    const commits = await top.resolveRefs(refs).catch(() => undefined);
    if (commits) return { repo: top, commits };
    await top.close();
  }
  if (info?.isDirectory() && refs.every(isPlainRef)) {
    // Without --verify rev-parse takes several revisions; the trailing -- makes each one a revision, never a path.
    const r = await runGit(dir, ['rev-parse', '--is-bare-repository', '--show-toplevel', ...refs.map((ref) => `${ref}^{commit}`), '--'], [0, 1, 128]).catch(() => undefined);
    const lines = r?.code === 0 ? r.stdout.toString('utf8').split('\n') : [];
    const [bare, top, ...rest] = lines;
    const commits = rest.slice(0, refs.length);
    if (bare === 'false' && top && rest.length === refs.length + 2 && rest[refs.length] === '--' && commits.every((c) => COMMIT_ID.test(c))) return { repo: new GitRepo(top), commits };
  }
  const repo = await openRepo(dir);
  return { repo, commits: await Promise.all(refs.map((ref) => repo.tryResolveRef(ref))) };
}

const COMMIT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function isPlainRef(ref: string): boolean {
  try {
    checkRef(ref);
    return true;
  } catch {
    return false;
  }
}

/** Refs come from users and events; one starting with '-' would be read by git as an option. */
function checkRef(ref: string): void {
  if (!ref || ref.startsWith('-') || /[\0\n]/.test(ref)) throw new MigraError(`Invalid git ref '${ref}'`);
}

function splitNul(buf: Buffer): string[] {
  const s = buf.toString('utf8');
  const parts = s.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
