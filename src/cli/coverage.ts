import { resolve } from 'node:path';
import { detectSets } from '../formats/index.js';
import { parseMigrationFile } from '../frontends/index.js';
import { DIALECTS, type Dialect } from '../model/dialect.js';
import { MigraError } from '../model/errors.js';
import { diskTree } from '../source/disk-tree.js';
import type { CliArgs } from './args.js';

/**
 * Statement coverage of a directory of migrations: how many statements the front ends turn
 * into operations, and each one they cannot parse, so anyone can measure Migra on their repository.
 */
export async function runCoverage(args: CliArgs, write: (s: string) => void): Promise<number> {
  const dir = args.positionals[0];
  if (!dir) throw new MigraError('coverage: give the directory to measure, e.g. `migra coverage ./db/migrations`');
  const dialect = parseDialect(args.dialect);
  const tree = await diskTree(resolve(dir));
  let sets = await detectSets(tree, { config: { dialect, ignorePaths: [] } });
  // A directory that is itself a set of plain numbered files has no folder name to recognise it by.
  if (!sets.length) sets = await detectSets(tree, { config: { dialect, ignorePaths: [], sets: [{ path: '' }] } }).catch(() => []);
  if (!sets.length) throw new MigraError(`coverage: no migration sets found under ${dir}`);
  let total = 0;
  let parsed = 0;
  const failures: string[] = [];
  const rows: unknown[] = [];
  for (const set of sets) {
    let setTotal = 0;
    let setParsed = 0;
    for (const file of set.files) {
      const ops = await parseMigrationFile(file, set.dialect);
      const statements = new Map<number, boolean>();
      for (const op of ops) statements.set(op.stmt.index, (statements.get(op.stmt.index) ?? true) && op.kind !== 'unparsed');
      for (const [, ok] of statements) {
        setTotal++;
        if (ok) setParsed++;
      }
      for (const op of ops) if (op.kind === 'unparsed') failures.push(`${file.path}:${op.stmt.line}: ${op.message}`);
    }
    total += setTotal;
    parsed += setParsed;
    rows.push({ set: set.dir || '.', format: set.format, dialect: set.dialect, files: set.files.length, statements: setTotal, parsed: setParsed });
    if (args.format !== 'json') write(`${set.dir || '.'}: ${set.format}, ${set.dialect}, ${set.files.length} files, ${setParsed}/${setTotal} statements parsed (${pct(setParsed, setTotal)})\n`);
  }
  if (args.format === 'json') {
    write(JSON.stringify({ statements: total, parsed, coverage: total ? parsed / total : 1, sets: rows, unparsed: failures }, null, 2) + '\n');
    return 0;
  }
  write(`total: ${parsed}/${total} statements parsed (${pct(parsed, total)})\n`);
  for (const f of failures.slice(0, 50)) write(`  unparsed ${f}\n`);
  if (failures.length > 50) write(`  … ${failures.length - 50} more\n`);
  return 0;
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(2)} %` : 'n/a';
}

export function parseDialect(value: string | undefined): Dialect | undefined {
  if (value === undefined) return undefined;
  if (!(DIALECTS as readonly string[]).includes(value)) throw new MigraError(`--dialect: "${value}" is not allowed; use one of ${DIALECTS.join(', ')}`);
  return value as Dialect;
}
