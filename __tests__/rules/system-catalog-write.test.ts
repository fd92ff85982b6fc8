import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'system-catalog-write';
const BASE = 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);\nCREATE INDEX orders_note_idx ON orders (note);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  return (await runExample(ex, RULES)).findings.filter((f) => f.rule === ID);
}

describe('system-catalog-write', () => {
  it('reports UPDATE pg_index with the DDL to use instead', async () => {
    const [f, ...rest] = await hits({ before: BASE, sql: "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'orders_note_idx'::regclass;" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'integrity', line: 1 });
    expect(f.message).toBe("UPDATE pg_index writes PostgreSQL's system catalog directly: it bypasses the checks, locks and cache invalidation of the DDL that makes this change, can leave the database inconsistent, and needs superuser (it fails on a managed database).");
    expect(f.fix).toMatch(/^Use DROP INDEX CONCURRENTLY and CREATE INDEX CONCURRENTLY, or REINDEX INDEX CONCURRENTLY/);
  });

  it('reports pg_catalog-qualified writes, DELETE and INSERT', async () => {
    const sql = [
      "UPDATE pg_catalog.pg_attribute SET attnotnull = true WHERE attrelid = 'orders'::regclass AND attname = 'note';",
      'DELETE FROM pg_depend WHERE objid = 1;',
      "INSERT INTO pg_enum (enumtypid, enumsortorder, enumlabel) VALUES (1, 3, 'x');",
    ].join('\n');
    expect((await hits({ before: BASE, sql })).map((f) => `${f.line} ${f.severity} ${f.message.split(' writes')[0]}`)).toEqual(['1 high UPDATE pg_attribute', '2 high DELETE FROM pg_depend', '3 high INSERT INTO pg_enum']);
  });

  it('regression_lemmy_indisready: one finding per file and catalog, medium when a REINDEX in the same transaction rebuilds the indexes', async () => {
    const flip = (v: string) => `UPDATE pg_index SET indisready = ${v} WHERE indrelid = (SELECT oid FROM pg_class WHERE relname = 'orders');`;
    const sql = [flip('FALSE'), "UPDATE orders SET note = upper(note) WHERE id > 0;", flip('TRUE'), 'REINDEX TABLE orders;'].join('\n');
    const [f, ...rest] = await hits({ before: BASE, sql, format: 'golang-migrate' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'medium', line: 1 });
    expect(f.message).toContain('writes PostgreSQL\'s system catalog directly (so does line 3)');
    expect(f.message).toContain('The REINDEX on line 4 rebuilds the indexes afterwards');
    // Outside a transaction other sessions see the flags between the statements: high.
    const [g] = await hits({ before: BASE, sql });
    expect(g.severity).toBe('high');
  });

  describe('stays quiet', () => {
    it('for UPDATE pg_settings (a view made to SET parameters)', async () => {
      expect(await hits({ sql: "UPDATE pg_settings SET setting = '5s' WHERE name = 'lock_timeout';" })).toEqual([]);
    });

    it('for an application table in another schema with a catalog name, and for one that only starts with pg_', async () => {
      const before = 'CREATE TABLE app.pg_index (id bigint PRIMARY KEY, n int);\nCREATE TABLE pg_index_stats (id bigint PRIMARY KEY, n int);';
      expect(await hits({ before, sql: 'UPDATE app.pg_index SET n = 1 WHERE id = 1;\nUPDATE pg_index_stats SET n = 1 WHERE id = 1;' })).toEqual([]);
    });
  });
});
