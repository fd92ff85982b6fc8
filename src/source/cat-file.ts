import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { Socket } from 'node:net';
import { ANSWER_HEADER, AnswerReader, type GitObject } from './cat-file-answers.js';
import { takeEarlyCatFile } from './early-cat-file.js';
import { SAFE_CONFIG, firstLine, gitEnv } from './run-git.js';

export type { GitObject } from './cat-file-answers.js';

/**
 * One write's names and the answers that have come back for them so far, in order. One record a
 * request rather than a promise an object: a review asks for hundreds of objects at once (Lemmy's
 * 673 migration texts), and a promise, a closure and a microtask each were work for nothing.
 */
interface Pending {
  names: string[];
  found: (GitObject | undefined)[];
  resolve: (found: (GitObject | undefined)[]) => void;
  reject: (e: Error) => void;
}

// An object id, or a commit id and how many first parents back (`<id>~3`: src/source/ancestry.ts).
const OBJECT_ID = /^[0-9a-f]{4,64}(~\d{1,5})?$/;
// Any name rev-parse understands (a branch, `main~1^{commit}`): one line, so the stream stays in step.
const OBJECT_NAME = /^[^\0\n\r]+$/;

/**
 * One long-lived `git cat-file --batch` process. Object ids are written to its stdin and the
 * answers (`<id> <type> <size>\n<content>\n`, or `<id> missing\n`) come back in the same order,
 * so a FIFO of pending requests is enough to match them up (cat-file-answers.ts reads them).
 *
 * The process is started on first use and started again after close() or a crash, so closing
 * is always safe. While nothing is pending it is unref'd: a caller that forgets close() does
 * not keep Node alive.
 */
export class CatFileBatch {
  private proc?: ChildProcessWithoutNullStreams;
  private readonly pending: Pending[] = [];
  private stderr = '';
  private readonly answers = new AnswerReader(
    (found) => this.settle(found),
    (header) => {
      this.fail(new Error(`unexpected output from git cat-file: ${JSON.stringify(header.slice(0, 200))}`));
      this.close();
    },
  );

  constructor(private readonly cwd: string) {}

  /** Contents by object id (or `<id>~N`); ids git does not have are left out. */
  async read(ids: readonly string[]): Promise<Map<string, Buffer>> {
    for (const id of ids) {
      // A newline or space in an id would desynchronise the stream for every later request.
      if (!OBJECT_ID.test(id)) throw new Error(`not a git object id: ${JSON.stringify(id)}`);
    }
    const result = new Map<string, Buffer>();
    for (const [id, o] of await this.ask(ids)) result.set(id, o.content);
    return result;
  }

  /**
   * Objects by any name git understands (`main^{commit}`, `v1.2^{tree}`), with the id each name
   * resolved to: refs resolve here instead of in a `git rev-parse` of their own. Names git does
   * not know, or finds ambiguous, are left out.
   */
  objects(names: readonly string[]): Promise<Map<string, GitObject>> {
    for (const name of names) if (!OBJECT_NAME.test(name) || name.trim() !== name) throw new Error(`not a git object name: ${JSON.stringify(name)}`);
    return this.ask(names);
  }

  private async ask(names: readonly string[]): Promise<Map<string, GitObject>> {
    const unique = [...new Set(names)];
    const result = new Map<string, GitObject>();
    if (unique.length === 0) return result;
    const proc = this.start();
    const answered = new Promise<(GitObject | undefined)[]>((resolve, reject) => {
      this.pending.push({ names: unique, found: [], resolve, reject });
    });
    this.ref(proc);
    proc.stdin.write(unique.join('\n') + '\n');
    const found = await answered;
    for (let i = 0; i < unique.length; i++) {
      const o = found[i];
      if (o) result.set(unique[i], o);
    }
    return result;
  }

  /**
   * Contents by object id, read synchronously by a `git cat-file --batch` of its own: for a text
   * asked for where nothing can wait (a migration's text that detection left unread, up-text.ts).
   */
  readSync(ids: readonly string[]): Map<string, Buffer> {
    const unique = [...new Set(ids)];
    const result = new Map<string, Buffer>();
    if (unique.length === 0) return result;
    for (const id of unique) if (!OBJECT_ID.test(id)) throw new Error(`not a git object id: ${JSON.stringify(id)}`);
    const out = execFileSync('git', [...SAFE_CONFIG, 'cat-file', '--batch'], { cwd: this.cwd, env: gitEnv(), input: unique.join('\n') + '\n', maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
    let off = 0;
    for (const id of unique) {
      const nl = out.indexOf(10, off);
      if (nl < 0) break;
      const m = ANSWER_HEADER.exec(out.toString('latin1', off, nl));
      off = nl + 1;
      if (!m) continue;
      const size = Number(m[3]);
      result.set(id, out.subarray(off, off + size));
      off += size + 1;
    }
    return result;
  }

  /**
   * Stop the process. The promise settles once git has exited, so a caller that awaits it leaves
   * no process behind; one that does not still gets it stopped.
   */
  close(): Promise<void> {
    const proc = this.proc;
    if (!proc) return Promise.resolve();
    this.proc = undefined;
    this.fail(new Error('git cat-file was closed while reading'));
    const exited = proc.exitCode !== null || proc.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => proc.once('close', () => resolve()));
    // Held while git exits: an unref'd child would let Node quit first and leave it running.
    this.ref(proc);
    proc.stdin.end();
    // Closing stdin makes cat-file exit; the kill is for a process stuck writing to us.
    const kill = setTimeout(() => proc.exitCode === null && proc.kill(), 1000);
    return exited.finally(() => clearTimeout(kill));
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.proc) return this.proc;
    // The CLI's launcher may have started it already (early-cat-file.ts).
    const proc = takeEarlyCatFile(this.cwd) ?? spawn('git', [...SAFE_CONFIG, 'cat-file', '--batch'], { cwd: this.cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc = proc;
    this.stderr = '';
    this.answers.reset();
    proc.stdout.on('data', (chunk: Buffer) => this.answers.push(chunk));
    proc.stderr.on('data', (b: Buffer) => (this.stderr += b.toString('utf8')));
    // EPIPE after the process died is reported through 'close' below.
    proc.stdin.on('error', () => undefined);
    proc.on('error', (e) => this.onExit(proc, e));
    proc.on('close', (code) => this.onExit(proc, new Error(`git cat-file --batch exited (${code ?? 'signal'}): ${firstLine(this.stderr) || 'no message'}`)));
    return proc;
  }

  private onExit(proc: ChildProcessWithoutNullStreams, e: Error): void {
    if (this.proc !== proc) return;
    this.proc = undefined;
    this.fail(e);
  }

  private fail(e: Error): void {
    const waiting = this.pending.splice(0);
    for (const p of waiting) p.reject(e);
    this.answers.reset();
  }

  private settle(found: GitObject | undefined): void {
    const p = this.pending[0];
    if (!p) return;
    p.found.push(found);
    if (p.found.length < p.names.length) return;
    this.pending.shift();
    p.resolve(p.found);
    if (this.pending.length === 0 && this.proc) this.unref(this.proc);
  }

  private ref(proc: ChildProcessWithoutNullStreams): void {
    proc.ref();
    (proc.stdout as Socket).ref?.();
    (proc.stderr as Socket).ref?.();
    (proc.stdin as unknown as Socket).ref?.();
  }

  private unref(proc: ChildProcessWithoutNullStreams): void {
    proc.unref();
    (proc.stdout as Socket).unref?.();
    (proc.stderr as Socket).unref?.();
    (proc.stdin as unknown as Socket).unref?.();
  }
}
