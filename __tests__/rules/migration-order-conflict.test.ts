import { runExample } from '../../src/analyze/run-example.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';

const of = (r: Report) => r.findings.filter((f) => f.rule === 'migration-order-conflict');
const run = (before: Record<string, string>, added: Record<string, string>) => runExample({ sql: '', files: { before, head: { ...before, ...added } } }, RULES);

const T = (name: string) => `CREATE TABLE ${name} (id bigint PRIMARY KEY);\n`;

describe('migration-order-conflict', () => {
  describe('a new migration that sorts before the newest one at base', () => {
    it('is high for plain numbered files, at line 1 of the new file', async () => {
      const report = await run({ 'migrations/20240101_a.sql': T('a'), 'migrations/20240301_b.sql': T('b') }, { 'migrations/20240215_c.sql': T('c') });
      const [f, ...rest] = of(report);
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high', category: 'process', file: 'migrations/20240215_c.sql', line: 1, endLine: 1 });
      expect(f.message).toBe('New migration migrations/20240215_c.sql (version 20240215) sorts before migrations/20240301_b.sql, which is already on the base branch: on databases that already ran it, most migration tools either never run it (they track only the latest version applied) or refuse to run at all.');
    });

    it('counts every newer migration at base', async () => {
      const [f] = of(await run({ 'migrations/001_a.sql': T('a'), 'migrations/003_b.sql': T('b'), 'migrations/004_c.sql': T('c') }, { 'migrations/002_d.sql': T('d') }));
      expect(f.message).toMatch(/sorts before migrations\/004_c.sql, which is already on the base branch \(with 1 more\): on databases that already ran those/);
    });

    it('names what golang-migrate does', async () => {
      const [f] = of(await run({ 'migrations/1_a.up.sql': T('a'), 'migrations/3_b.up.sql': T('b') }, { 'migrations/2_c.up.sql': T('c') }));
      expect(f.message).toMatch(/golang-migrate never runs it: it records only the latest version applied/);
    });

    it('names what Flyway does', async () => {
      const [f] = of(await run({ 'db/migration/V1__a.sql': T('a'), 'db/migration/V3__b.sql': T('b') }, { 'db/migration/V2__c.sql': T('c') }));
      expect(f.message).toMatch(/Detected resolved migration not applied to database/);
    });

    it('names what goose does', async () => {
      const goose = (sql: string) => `-- +goose Up\n${sql}`;
      const [f] = of(await run({ 'migrations/00001_a.sql': goose(T('a')), 'migrations/00003_b.sql': goose(T('b')) }, { 'migrations/00002_c.sql': goose(T('c')) }));
      expect(f.message).toMatch(/goose up` stops with a missing-migration error/);
    });

    it('is medium for dbmate, which applies it out of order', async () => {
      const dbmate = (sql: string) => `-- migrate:up\n${sql}\n-- migrate:down\n`;
      const report = await run({ 'db/migrations/20240101000000_a.sql': dbmate(T('a')), 'db/migrations/20240301000000_b.sql': dbmate(T('b')) }, { 'db/migrations/20240201000000_c.sql': dbmate(T('c')) });
      expect(report.sets.map((s) => s.format)).toEqual(['dbmate']);
      expect(of(report).map((f) => [f.severity, /dbmate applies it after the newer ones/.test(f.message)])).toEqual([['medium', true]]);
    });
  });

  describe('two migrations that share a version', () => {
    it('reports the new one, naming the existing one', async () => {
      const [f, ...rest] = of(await run({ 'migrations/001_a.sql': T('a'), 'migrations/002_b.sql': T('b') }, { 'migrations/002_c.sql': T('c') }));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high', file: 'migrations/002_c.sql', line: 1 });
      expect(f.message).toBe('New migration migrations/002_c.sql has version 002, the same as migrations/002_b.sql: most migration tools refuse to run with two migrations of one version, or run only one of them.');
    });

    it('compares versions as numbers', async () => {
      const found = of(await run({ 'migrations/1_a.up.sql': T('a'), 'migrations/2_b.up.sql': T('b') }, { 'migrations/0002_c.up.sql': T('c') }));
      expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/version 0002, the same as migrations\/2_b.up.sql: golang-migrate fails/)]);
    });

    it('reports a pair added by the same pull request once', async () => {
      const found = of(await run({ 'migrations/001_a.sql': T('a') }, { 'migrations/002_b.sql': T('b'), 'migrations/002_c.sql': T('c') }));
      expect(found).toHaveLength(1);
    });
  });

  describe('quiet', () => {
    it('for a migration added after the newest one', async () => {
      expect(of(await run({ 'migrations/001_a.sql': T('a'), 'migrations/002_b.sql': T('b') }, { 'migrations/003_c.sql': T('c'), 'migrations/004_d.sql': T('d') }))).toEqual([]);
    });
    it('for a new Flyway repeatable migration, whatever its name', async () => {
      expect(of(await run({ 'db/migration/V1__a.sql': T('a'), 'db/migration/V2__b.sql': T('b') }, { 'db/migration/R__a_view.sql': 'CREATE OR REPLACE VIEW v AS SELECT 1;\n' }))).toEqual([]);
    });
    it('for a whole new set of migrations', async () => {
      const report = await run({ 'README.md': '# app\n' }, { 'migrations/001_a.sql': T('a'), 'migrations/002_b.sql': T('b') });
      expect(of(report)).toEqual([]);
    });
    it('for an existing pair of shared versions the pull request does not touch', async () => {
      expect(of(await run({ 'migrations/001_a.sql': T('a'), 'migrations/001_b.sql': T('b') }, { 'migrations/002_c.sql': T('c') }))).toEqual([]);
    });
  });
});
