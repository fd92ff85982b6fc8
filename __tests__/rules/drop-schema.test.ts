import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const hits = async (ex: RuleExample) => (await runExample(ex, RULES)).findings.filter((f) => f.rule === 'drop-schema');

const REPORTING = 'CREATE SCHEMA reporting;\nCREATE TABLE reporting.daily_sales (day date PRIMARY KEY, total numeric(12,2));\nCREATE TABLE reporting.weekly_sales (week date PRIMARY KEY);';

describe('drop-schema', () => {
  it('reports DROP SCHEMA … CASCADE with the tables it takes along, on its line', async () => {
    const [f, ...rest] = await hits({ before: REPORTING, sql: 'SELECT 1;\n\nDROP SCHEMA reporting CASCADE;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'critical', category: 'data-loss', file: 'migrations/002_change.sql', line: 3, endLine: 3 });
    expect(f.message).toBe('Dropping schema reporting deletes every table, view and function in it (2 known from the migrations: reporting.daily_sales, reporting.weekly_sales), including objects created outside the migrations.');
    expect(f.rollback).toEqual(expect.stringContaining('reporting'));
  });

  it('says that PostgreSQL refuses DROP SCHEMA without CASCADE while tables are left', async () => {
    const [f] = await hits({ before: REPORTING, sql: 'DROP SCHEMA reporting;' });
    expect(f.severity).toBe('critical');
    expect(f.message).toMatch(/^Dropping schema reporting fails while it still holds tables \(2 known/);
  });

  it('reports an empty schema that exists in production', async () => {
    const [f] = await hits({ before: 'CREATE SCHEMA archive;', sql: 'DROP SCHEMA archive;' });
    expect(f.message).toMatch(/deletes a schema that exists in production/);
  });

  it('reports a schema the migrations never created (it may exist outside them)', async () => {
    expect(await hits({ before: 'CREATE TABLE users (id int);', sql: 'DROP SCHEMA IF EXISTS legacy CASCADE;' })).toHaveLength(1);
  });

  it('reports DROP DATABASE on MySQL, which never needs CASCADE', async () => {
    const [f] = await hits({ before: 'CREATE DATABASE analytics;\nCREATE TABLE analytics.visits (id bigint PRIMARY KEY);', sql: 'DROP DATABASE analytics;', dialect: 'mysql' });
    expect(f.message).toBe('Dropping database analytics deletes every table, view and function in it (1 known from the migrations: analytics.visits), including objects created outside the migrations.');
  });

  it('reports DROP SCHEMA on MariaDB', async () => {
    const found = await hits({ before: 'CREATE SCHEMA analytics;', sql: 'DROP SCHEMA analytics;', dialect: 'mariadb' });
    expect(found.map((f) => f.line)).toEqual([1]);
  });

  describe('quiet', () => {
    it('for a schema created in the same file', async () => {
      expect(await hits({ sql: 'CREATE SCHEMA scratch;\nCREATE TABLE scratch.t (id int);\nDROP SCHEMA scratch CASCADE;' })).toEqual([]);
    });
    it('for a schema created in an earlier file of the same pull request', async () => {
      const base = { 'migrations/001_init.sql': 'CREATE TABLE users (id int);\n' };
      const found = await hits({
        sql: '',
        files: { before: base, head: { ...base, 'migrations/002_scratch.sql': 'CREATE SCHEMA scratch;\n', 'migrations/003_cleanup.sql': 'DROP SCHEMA scratch;\n' } },
      });
      expect(found).toEqual([]);
    });
    it('for a MySQL database created in the pull request', async () => {
      expect(await hits({ sql: 'CREATE DATABASE tmp;\nCREATE TABLE tmp.staged (id int);\nDROP DATABASE tmp;', dialect: 'mysql' })).toEqual([]);
    });
  });
});
