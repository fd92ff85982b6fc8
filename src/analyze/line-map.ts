/**
 * Where a line of the old text is in the new one. A line that survived maps to its new line; a
 * removed line maps to the first new line after the last line that survived before it: the place
 * where a diff view shows the removal (and the line replacing it, when one does).
 */
export function lineMapper(before: string, after: string): (line: number) => number {
  const a = before.split('\n');
  const b = after.split('\n');
  const lastB = Math.max(1, after.endsWith('\n') ? b.length - 1 : b.length);
  // newOf[i]: 0-based new line of old line i, or -1 when it was removed.
  const newOf = new Int32Array(a.length).fill(-1);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) newOf[pre] = pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) {
    newOf[a.length - 1 - suf] = b.length - 1 - suf;
    suf++;
  }
  const pairs = myersMatches(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf));
  for (const [i, j] of pairs) newOf[pre + i] = pre + j;
  return (line) => {
    let i = Math.min(Math.max(line - 1, 0), a.length - 1);
    if (newOf[i] >= 0) return Math.min(newOf[i] + 1, lastB);
    while (i >= 0 && newOf[i] < 0) i--;
    return Math.min((i < 0 ? 0 : newOf[i] + 1) + 1, lastB);
  };
}

/** Past this many edits the middle of the texts is left unmatched: a rewrite has no better answer. */
const MAX_EDITS = 2000;

/** Matching line pairs of a shortest edit script (Myers 1986), or none when the texts differ too much. */
function myersMatches(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d]: v for diagonals -d..d as it stood before step d.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, MAX_EDITS) && found < 0; d++) {
    trace.push(v.slice(off - d, off + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return [];
  const out: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d];
    const at = (k: number) => prev[k + d];
    const k = x - y;
    const pk = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const px = at(pk);
    // One line inserted (from diagonal k+1) or removed (from k-1), then a run of equal lines.
    const midX = pk === k + 1 ? px : px + 1;
    while (x > midX) {
      out.push([x - 1, y - 1]);
      x--;
      y--;
    }
    x = px;
    y = px - pk;
  }
  while (x > 0 && y > 0) {
    out.push([x - 1, y - 1]);
    x--;
    y--;
  }
  return out;
}
