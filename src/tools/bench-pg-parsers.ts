/**
 * sql-parser-cst against libpg-query on real PostgreSQL migrations, per statement and per file:
 *   node --import tsx src/tools/bench-pg-parsers.ts FILE.sql…
 * Prints the time each front end takes over all statements (twice: the second pass is what a
 * long run sees once V8 has optimized), how many statements each accepts, and how many of the
 * statements both accept map to different operations (with the first few shown).
 */
import { readFileSync } from 'node:fs';
import { mapCstStatements } from '../frontends/sql/cst-batch.js';
import { loadCstParser } from '../frontends/sql/cst-parser.js';
import { loadPgParser, mapPgStatementSync } from '../frontends/sql/pg-fallback.js';
import { splitStatements, withoutCopyData } from '../frontends/sql/split.js';
import { maskTemplates } from '../frontends/sql/templates.js';
import type { Operation } from '../model/operation.js';

await Promise.all([loadPgParser(), loadCstParser()]);
const files = process.argv.slice(2).map((p) => ({ p, texts: splitStatements(maskTemplates(readFileSync(p, 'utf8'), 'postgresql'), 'postgresql').map((r) => withoutCopyData(r.text)) }));
const statements = files.reduce((n, f) => n + f.texts.length, 0);

function cst(texts: string[]): (Operation[] | undefined)[] {
  return mapCstStatements(texts, 'postgresql').map((r) => ('ops' in r ? r.ops : undefined));
}

function pg(texts: string[]): (Operation[] | undefined)[] {
  return texts.map((t) => {
    try {
      return mapPgStatementSync(t);
    } catch {
      return undefined;
    }
  });
}

/** JSON with keys sorted: the order fields were set in does not matter to anything downstream. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}

for (const pass of [1, 2]) {
  const [a, ta] = time(() => files.map((f) => cst(f.texts)));
  const [b, tb] = time(() => files.map((f) => pg(f.texts)));
  const accepted = (r: (Operation[] | undefined)[][]) => r.flat().filter(Boolean).length;
  console.log(`pass ${pass}: ${files.length} files, ${statements} statements`);
  console.log(`  sql-parser-cst ${ta.toFixed(0)} ms (${((ta / statements) * 1000).toFixed(0)} µs/statement), accepts ${accepted(a)}`);
  console.log(`  libpg-query    ${tb.toFixed(0)} ms (${((tb / statements) * 1000).toFixed(0)} µs/statement), accepts ${accepted(b)}`);
  if (pass === 2) {
    let both = 0;
    const differ: string[] = [];
    files.forEach((f, i) =>
      f.texts.forEach((text, j) => {
        const x = a[i][j];
        const y = b[i][j];
        if (!x || !y) return;
        both++;
        if (canonical(x) !== canonical(y)) differ.push(`${f.p}#${j}: ${text.slice(0, 100).replace(/\s+/g, ' ')}\n    cst: ${canonical(x).slice(0, 600)}\n    pg:  ${canonical(y).slice(0, 600)}`);
      }),
    );
    console.log(`  both accept ${both}; operations differ on ${differ.length}`);
    for (const d of differ.slice(0, 8)) console.log(`  ${d}`);
  }
}
