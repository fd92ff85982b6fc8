/**
 * One line of progress on stderr while a long review runs (git history read, sets found, files
 * parsed, each set replayed), rewritten in place and erased before the result is printed. Only in
 * a terminal: piped or redirected output, CI logs and tests see nothing of it.
 */
export interface Progress {
  (message: string): void;
  /** Erase the line, so what follows starts on a clean one. */
  done(): void;
}

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export function progressLine(stream: Stream): Progress {
  let shown = false;
  const report = ((message: string) => {
    if (!stream.isTTY) return;
    const width = Math.max(20, (stream.columns || 80) - 1);
    const text = message.length > width ? `${message.slice(0, width - 1)}…` : message;
    stream.write(`\r\x1b[2K${text}`);
    shown = true;
  }) as Progress;
  report.done = () => {
    if (shown) stream.write('\r\x1b[2K');
    shown = false;
  };
  return report;
}
