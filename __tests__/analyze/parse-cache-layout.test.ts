import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskParseCache, packKind, PARSE_PACKS } from '../../src/analyze/parse-cache.js';
import { openPacks, writePack } from '../../src/analyze/pack-store.js';
import { parseMigrationFile } from '../../src/frontends/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { MigrationFile } from '../../src/model/migration.js';
import type { LocatedOp } from '../../src/model/operation.js';

/*
 * The parse cache keeps a statement's text as its length when the text stands in the file at the
 * statement's line and column (issue 11: texts were most of an entry's bytes): what it reads back
 * must be exactly what the front end made.
 */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function cacheDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'migra-parse-layout-'));
  dirs.push(d);
  return d;
}

function sqlFile(path: string, up: string): MigrationFile {
  return { path, version: path, name: path, language: 'sql', up, hasDown: false, transaction: 'per-file', blobId: `blob-${path}` } as MigrationFile;
}

/** Entries of a folder, by key. */
function entries(dir: string): Map<string, string> {
  const set = openPacks(join(dir, PARSE_PACKS), packKind('test-parser'));
  const out = new Map<string, string>();
  for (const key of set.keys()) out.set(key, set.get(key)!.value.toString('utf8'));
  set.close();
  return out;
}

/** Written by one run, read by the next (a fresh file object of the same text, as a later run has). */
function roundTrip(f: MigrationFile, dialect: Dialect, ops: LocatedOp[]): { read: LocatedOp[] | undefined; entry: string; dir: string } {
  const dir = cacheDir();
  const cold = diskParseCache(dir, 'test-parser');
  cold.set(f, dialect, ops);
  cold.flush();
  const [entry] = entries(dir).values();
  return { read: diskParseCache(dir, 'test-parser').get({ ...f }, dialect), entry, dir };
}

/** Each statement's fields in order, and which operations share one. */
function shape(ops: LocatedOp[]): unknown {
  return ops.map((o) => [Object.keys(o.stmt), ops.indexOf(ops.find((p) => p.stmt === o.stmt)!)]);
}

const POSTGRES = [
  '\ufeff-- migra:ignore drop-column reason: archived first',
  'ALTER TABLE users DROP COLUMN legacy, ADD COLUMN note text;\r',
  "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 'é;' $$;",
  '  CREATE TABLE {{ .Schema }}.t (id int); SELECT 1;',
  'COPY t (id) FROM stdin;',
  '1',
  '\\.',
  'CREATE INDEX CONCURRENTLY t_id ON t (id)',
].join('\n');

describe('parse cache entry layout', () => {
  it('keeps texts found in the file by position, and gives back the statements the front end made', async () => {
    const f = sqlFile('db/001_a.sql', POSTGRES);
    const ops = await parseMigrationFile(f, 'postgresql');
    const { read, entry } = roundTrip(f, 'postgresql', ops);
    expect(read).toStrictEqual(ops);
    expect(shape(read!)).toEqual(shape(ops));
    // Two operations, one statement: one object, as parsed.
    expect(read![0].stmt).toBe(read![1].stmt);
    expect(read![0].stmt.ignored).toHaveLength(1);
    // No statement's text is in the entry.
    for (const o of ops) expect(entry).not.toContain(JSON.stringify(o.stmt.text).slice(1, -1));
  });

  it('keeps MySQL algorithm and lock, and statements of other dialects', async () => {
    const f = sqlFile('db/002_m.sql', 'ALTER TABLE users ADD INDEX idx_name (name), ALGORITHM=INPLACE, LOCK=NONE;\nDELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;\n');
    const ops = await parseMigrationFile(f, 'mysql');
    expect(ops[0].stmt.algorithm).toBe('inplace');
    const { read } = roundTrip(f, 'mysql', ops);
    expect(read).toStrictEqual(ops);
    expect(shape(read!)).toEqual(shape(ops));
  });

  it('keeps a text that is not where its line and column say, and a statement without a transaction mode, as they are', () => {
    const f = sqlFile('db/003_x.sql', 'CREATE TABLE a (id int);\n');
    const ops = [
      { kind: 'other', description: 'x', stmt: { file: f.path, line: 1, endLine: 1, column: 1, text: 'CREATE TABLE a (id int);', index: 0 } },
      { kind: 'other', description: 'y', stmt: { file: '(other)', line: 9, endLine: 9, column: 4, text: 'SELECT 2', index: 1, inTransaction: false } },
    ] as unknown as LocatedOp[];
    const { read, entry } = roundTrip(f, 'postgresql', ops);
    expect(read).toStrictEqual(ops);
    expect(entry).toContain('"SELECT 2"');
    expect(entry).not.toContain('CREATE TABLE a');
  });

  it('ignores an entry whose statement lies outside the file', async () => {
    const f = sqlFile('db/004_b.sql', 'CREATE TABLE b (id int);\nCREATE TABLE c (id int);\n');
    const { dir, entry } = roundTrip(f, 'postgresql', await parseMigrationFile(f, 'postgresql'));
    const [key] = entries(dir).keys();
    const good = JSON.parse(entry) as { stmts: unknown[] };
    expect(good.stmts).toEqual([[1, 1, 1, 0, 1, 23], [2, 2, 1, 1, 1, 23]]);
    // The second statement made to lie past the end, before the start, or to be of another shape.
    for (const row of ['[2,2,1,1,1,999]', '[7,7,1,1,1,5]', '[0,0,1,1,1,5]', '[2,2,0,1,1,5]', '[2,2,1,1,2,5]', '[2,2,1,1,1,-1]', '[2,2,1,1,1,5,[]]', '[2,2,1,1,1]']) {
      const bad = entry.replace('[2,2,1,1,1,23]', row);
      expect(bad).not.toBe(entry);
      const other = cacheDir();
      writePack(join(other, PARSE_PACKS), packKind('test-parser'), new Map([[key, Buffer.from(bad)]]));
      expect(diskParseCache(other, 'test-parser').get({ ...f }, 'postgresql')).toBeUndefined();
    }
    // The same entry unchanged is read.
    const same = cacheDir();
    writePack(join(same, PARSE_PACKS), packKind('test-parser'), new Map([[key, Buffer.from(entry)]]));
    expect(diskParseCache(same, 'test-parser').get({ ...f }, 'postgresql')).toHaveLength(2);
  });
});
