import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationFile } from '../../src/model/migration.js';
import type { LocatedOp } from '../../src/model/operation.js';
import { verifySet, type SetToVerify } from '../../src/verify/index.js';
import { openPglite } from '../../src/verify/pglite.js';

/** A set of two files: the history (one file) and the pull request's file. */
function job(dialect: 'postgresql' | 'sqlite', cacheDir: string): SetToVerify {
  const file = (path: string, texts: string[]): [MigrationFile, LocatedOp[]] => {
    const f = { path, version: path, name: path, language: 'sql', up: texts.join(';\n'), hasDown: false, transaction: 'per-file', blobId: path } as MigrationFile;
    const ops = texts.map((text, index) => ({ kind: 'other', stmt: { file: path, line: index + 1, endLine: index + 1, column: 1, text, index, inTransaction: true } }) as unknown as LocatedOp);
    return [f, ops];
  };
  const base = file('m/001.sql', ['CREATE TABLE items (id integer PRIMARY KEY, name text)', 'CREATE INDEX items_name ON items (name)']);
  const pr = file('m/002.sql', ['ALTER TABLE items ADD COLUMN price integer']);
  return { name: 'm', dialect, files: [base[0], pr[0]], ops: new Map([base, pr]), reviewed: (s) => s.file === 'm/002.sql', cacheDir };
}

describe('the cache of the base history', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'migra-verify-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('PostgreSQL: a second run starts from the cached data directory and observes the same', async () => {
    const first = await verifySet(job('postgresql', dir));
    expect(first.timings.cached).toBe(false);
    // Two images: PGlite's freshly initialised data directory, and the base history's.
    expect(readdirSync(dir).filter((f) => f.endsWith('.img'))).toHaveLength(2);
    const second = await verifySet(job('postgresql', dir));
    expect(second.timings.cached).toBe(true);
    expect(second.verified?.statements.map((s) => s.status)).toEqual(['applied']);
    expect(second.verified?.statements).toEqual(first.verified?.statements);
  });

  it('PostgreSQL: a new base history starts from the initialised data directory kept in the cache, not from initdb', async () => {
    const systemId = async () => {
      const db = await openPglite({ cacheDir: dir });
      const [row] = await db.query<{ id: string }>('SELECT system_identifier::text AS id FROM pg_control_system()');
      await db.close();
      return row.id;
    };
    const first = await systemId();
    // initdb gives every cluster a new identifier: the same one means the data directory was restored.
    expect(await systemId()).toBe(first);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.img'))) writeFileSync(join(dir, f), 'corrupt');
    const rebuilt = await systemId();
    expect(rebuilt).not.toBe(first);
    expect(await systemId()).toBe(rebuilt);
  });

  it('a corrupt entry is ignored and rewritten', async () => {
    await verifySet(job('sqlite', dir));
    const img = readdirSync(dir).find((f) => f.endsWith('.img'))!;
    writeFileSync(join(dir, img), 'not a database');
    const again = await verifySet(job('sqlite', dir));
    expect(again.timings.cached).toBe(false);
    expect(again.verified?.statements.map((s) => s.status)).toEqual(['applied']);
    expect((await verifySet(job('sqlite', dir))).timings.cached).toBe(true);
  });
});
