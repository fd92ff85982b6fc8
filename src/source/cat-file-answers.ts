/** An object as cat-file answered for a name: its id, its type and its content. */
export interface GitObject {
  id: string;
  type: string;
  content: Buffer;
}

export const ANSWER_HEADER = /^([0-9a-f]+) (\S+) (\d+)$/;

/**
 * Reads `git cat-file --batch` output as it arrives, in chunks cut anywhere: each answer
 * (`<id> <type> <size>\n<content>\n`, or `<name> missing\n`) is handed on in order. Content is
 * read by byte count, never by looking for delimiters, because blobs may hold any bytes.
 *
 * A body that lies whole in its chunk is a view of the chunk, not a copy (most objects are a few
 * hundred bytes and arrive dozens to a 64 KiB chunk); only one that spans chunks is copied into a
 * buffer of its own.
 */
export class AnswerReader {
  // The start of a header a chunk ended in, or the body being filled.
  private headerStart?: Buffer;
  private body?: Buffer;
  private bodyFilled = 0;
  private bodyOf?: { id: string; type: string };

  constructor(
    /** An answer: the object, or undefined for a name git does not have (or finds ambiguous). */
    private readonly onAnswer: (found: GitObject | undefined) => void,
    /** Output that is no answer: the stream is out of step and nothing after it can be trusted. */
    private readonly onGarbage: (header: string) => void,
  ) {}

  /** Forget a partial answer (the process it came from is gone). */
  reset(): void {
    this.headerStart = undefined;
    this.body = undefined;
  }

  push(chunk: Buffer): void {
    let off = 0;
    if (this.headerStart) {
      // A header split across chunks (rare): joined once its end has come.
      chunk = Buffer.concat([this.headerStart, chunk]);
      this.headerStart = undefined;
    }
    while (off < chunk.length) {
      if (this.body) {
        const n = Math.min(this.body.length - this.bodyFilled, chunk.length - off);
        chunk.copy(this.body, this.bodyFilled, off, off + n);
        this.bodyFilled += n;
        off += n;
        if (this.bodyFilled === this.body.length) {
          const body = this.body;
          this.body = undefined;
          // The buffer holds the content plus the LF git writes after it.
          this.onAnswer({ ...this.bodyOf!, content: body.subarray(0, body.length - 1) });
        }
        continue;
      }
      const nl = chunk.indexOf(10, off);
      if (nl < 0) {
        this.headerStart = chunk.subarray(off);
        return;
      }
      const header = chunk.toString('latin1', off, nl);
      off = nl + 1;
      const m = ANSWER_HEADER.exec(header);
      if (m) {
        const size = Number(m[3]);
        if (off + size < chunk.length) {
          // The whole body and its LF are here.
          this.onAnswer({ id: m[1], type: m[2], content: chunk.subarray(off, off + size) });
          off += size + 1;
        } else {
          this.body = Buffer.allocUnsafe(size + 1);
          this.bodyFilled = 0;
          this.bodyOf = { id: m[1], type: m[2] };
        }
      } else if (/ (missing|ambiguous)$/.test(header)) {
        this.onAnswer(undefined);
      } else {
        this.reset();
        this.onGarbage(header);
        return;
      }
    }
  }
}
