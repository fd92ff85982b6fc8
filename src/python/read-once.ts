import { readPython, type PyModule } from './reader.js';

/*
 * The same Python text is read several times in a run: a migration by its format to order the set
 * at base and again at head (Django's dependencies, Alembic's down_revision), then by the front
 * end to map its operations; a models module by the drift rules for its classes and again for
 * their signatures. Reading (Lezer's parse and our tree) is most of a Django or Alembic review's
 * time (NetBox: 277 migrations, 750 KB), so every read after the first reuses it. Trees are never
 * changed by their readers. The memo is bounded by text size for long-lived processes (tests,
 * `npm run noise`): the oldest entries go first. Keyed by the text itself: the same text always
 * reads the same.
 */

const MAX_CHARS = 32 * 1024 * 1024;
const memo = new Map<string, PyModule>();
let chars = 0;

export function readPythonOnce(text: string): PyModule {
  const hit = memo.get(text);
  if (hit) return hit;
  const mod = readPython(text);
  memo.set(text, mod);
  chars += text.length;
  for (const k of memo.keys()) {
    if (chars <= MAX_CHARS) break;
    memo.delete(k);
    chars -= k.length;
  }
  return mod;
}
