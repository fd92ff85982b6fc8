/**
 * Growth of the statement splitter on adversarial inputs (what a pull request's author may write):
 *   npm run bench:split [-- --max-kib 4096] [-- --only <case>]
 * For every shape, the input is built at 1 KiB, 4 KiB … up to 4 MiB and split (template masking,
 * then splitStatements, then for MySQL the tokenizer of the statement mapper over each statement).
 * Prints the time per size and the ratio between consecutive sizes: ×4 input should cost about ×4
 * (linear); ×16 would be quadratic. The last column is the growth exponent over the whole range.
 */
import { splitStatements } from '../frontends/sql/split.js';
import { tokenize } from '../frontends/sql/mysql-lexer.js';
import { maskTemplates } from '../frontends/sql/templates.js';
import { isMysqlFamily, type Dialect } from '../model/dialect.js';

interface Shape {
  name: string;
  dialect: Dialect;
  /** The input of at least `size` characters (a repeated unit after an optional head). */
  build(size: number): string;
}

function repeat(head: string, unit: string, size: number): string {
  return head + unit.repeat(Math.max(1, Math.ceil((size - head.length) / unit.length)));
}

const SHAPES: Shape[] = [
  { name: 'mysql DELIMITER // never closed', dialect: 'mysql', build: (s) => repeat('DELIMITER //\n', 'CREATE PROCEDURE p() BEGIN SELECT 1; END\n', s) },
  { name: 'mysql DELIMITER $$, words glued', dialect: 'mysql', build: (s) => repeat('DELIMITER $$\n', 'abc$def ', s) },
  { name: 'pg COPY … FROM STDIN; on one line', dialect: 'postgresql', build: (s) => repeat('', 'COPY t (a) FROM STDIN; ', s) },
  { name: 'pg COPY … FROM STDIN; data never ended', dialect: 'postgresql', build: (s) => repeat('COPY t (a) FROM STDIN;\n', '1\t2\n', s) },
  { name: 'pg unterminated string', dialect: 'postgresql', build: (s) => repeat("SELECT '", "a;b ", s) },
  { name: 'pg unterminated E-string, backslashes', dialect: 'postgresql', build: (s) => repeat("SELECT E'", '\\\\\\;', s) },
  { name: 'pg unterminated dollar quote', dialect: 'postgresql', build: (s) => repeat('DO $body$ ', 'BEGIN; END; ', s) },
  { name: 'pg many $a$ openers', dialect: 'postgresql', build: (s) => repeat('', ' $a$ x; $b', s) },
  { name: 'pg nested comments never closed', dialect: 'postgresql', build: (s) => repeat('', '/* /* ;', s) },
  { name: 'pg backslash after ; on one line', dialect: 'postgresql', build: (s) => repeat('', 'x;\\', s) },
  { name: 'pg BEGIN ATOMIC without END', dialect: 'postgresql', build: (s) => repeat('CREATE FUNCTION f() RETURNS int BEGIN ATOMIC ', 'SELECT 1; BEGIN ', s) },
  { name: 'pg psql variables', dialect: 'postgresql', build: (s) => repeat('', ':ABCDEFGHIJ:ABCDEFGHIJa ', s) },
  { name: 'mysql CREATE TRIGGER, BEGIN without END', dialect: 'mysql', build: (s) => repeat('CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW ', 'BEGIN SET @a = 1; ', s) },
  { name: 'mysql END followed by unclosed comment', dialect: 'mysql', build: (s) => repeat('CREATE PROCEDURE p() BEGIN ', 'END /* ', s) },
  { name: 'mysql unterminated backtick', dialect: 'mysql', build: (s) => repeat('SELECT `', 'a;b ', s) },
  { name: 'mysql unterminated string, backslashes', dialect: 'mysql', build: (s) => repeat("INSERT INTO t VALUES ('", "\\';", s) },
  { name: 'mysql long statement, doubled quotes', dialect: 'mysql', build: (s) => repeat("INSERT INTO t VALUES ('", "''", s) },
  { name: 'mysql executable comments', dialect: 'mysql', build: (s) => repeat('', '/*!40101 SET @a = 1 */;', s) },
  { name: 'mysql runs of ;', dialect: 'mysql', build: (s) => repeat('', ';', s) },
  { name: 'sqlite unterminated [name', dialect: 'sqlite', build: (s) => repeat('CREATE TABLE [', 'a;b ', s) },
  { name: 'sqlite CREATE TRIGGER, CASE without END', dialect: 'sqlite', build: (s) => repeat('CREATE TRIGGER t AFTER INSERT ON x BEGIN ', 'SELECT CASE; ', s) },
  { name: 'template {{ never closed', dialect: 'postgresql', build: (s) => repeat('', '{{ .X {{ $y ', s) },
  { name: 'template ${ never closed', dialect: 'mysql', build: (s) => repeat('', '${abc ${d', s) },
  { name: 'control characters', dialect: 'mysql', build: (s) => repeat('', '\r\u0000\u000b;\u001b\u0085\u2028', s) },
];

function splitOnce(shape: Shape, text: string): number {
  const masked = maskTemplates(text, shape.dialect);
  const raws = splitStatements(masked, shape.dialect);
  let work = raws.length;
  if (isMysqlFamily(shape.dialect)) {
    for (const r of raws) {
      try {
        work += tokenize(r.text).length;
      } catch {
        // An unterminated string or comment: the mapper reports it as unparsed.
      }
    }
  }
  return work;
}

/** Median of a few runs, in milliseconds (small inputs are run more often to rise above timer noise). */
function time(shape: Shape, text: string): number {
  const runs = text.length <= 64 * 1024 ? 9 : 3;
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const inner = Math.max(1, Math.floor(65536 / text.length));
    for (let k = 0; k < inner; k++) splitOnce(shape, text);
    samples.push((performance.now() - t0) / inner);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const args = process.argv.slice(2);
const maxKib = Number(args[args.indexOf('--max-kib') + 1] || 0) || 4096;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const sizes: number[] = [];
for (let kib = 1; kib <= maxKib; kib *= 4) sizes.push(kib * 1024);

console.log(`sizes: ${sizes.map((s) => `${s / 1024} KiB`).join(', ')}; ×4 per step (linear ≈ ×4, quadratic ≈ ×16)`);
let worst = 0;
for (const shape of SHAPES) {
  if (only && !shape.name.includes(only)) continue;
  splitOnce(shape, shape.build(64 * 1024)); // warm up the JIT
  const ms = sizes.map((s) => time(shape, shape.build(s)));
  const steps = ms.slice(1).map((m, k) => m / Math.max(ms[k], 1e-3));
  // Exponent of time over size from 256 KiB up (below that, fixed costs, JIT and GC warm-up dominate).
  const from = sizes.findIndex((s) => s >= 256 * 1024);
  const last = ms.length - 1;
  const exponent = from >= 0 && from < last ? Math.log(ms[last] / ms[from]) / Math.log(sizes[last] / sizes[from]) : NaN;
  worst = Math.max(worst, Number.isNaN(exponent) ? 0 : exponent);
  const cells = ms.map((m) => (m < 10 ? m.toFixed(2) : m.toFixed(0)).padStart(7)).join(' ');
  console.log(`${shape.name.padEnd(44)} ms:${cells}  steps: ${steps.map((x) => `×${x.toFixed(1)}`).join(' ')}  exponent ${exponent.toFixed(2)}`);
}
console.log(`worst growth exponent (256 KiB → ${maxKib} KiB): ${worst.toFixed(2)} (1 = linear, 2 = quadratic)`);
