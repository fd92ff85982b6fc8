import { parseConfig, parseFailOn } from '../../src/config/config.js';
import { MigraError } from '../../src/model/errors.js';

const RULE_IDS = ['drop-table', 'drop-column', 'lock-timeout-missing'];
const parse = (text: string) => parseConfig(text, '.github/migra.yml', RULE_IDS);

describe('config', () => {
  it('reads deploy: online | offline, and names the key and its values when it is wrong (issue 10)', () => {
    expect(parse('deploy: offline').deploy).toBe('offline');
    expect(parse('deploy: online').deploy).toBe('online');
    expect(parse('dialect: mysql').deploy).toBeUndefined();
    expect(() => parse('deploy: stopped')).toThrow(/deploy: not allowed; use one of online, offline/);
  });

  it('reads every documented key', () => {
    const c = parse(`
dialect: mysql
version: 8.0
sets:
  - path: core/migrations
  - path: apps/billing/migrations
    format: flyway
    dialect: postgresql
rules:
  drop-column: critical
  lock-timeout-missing: off
fail-on: medium
ignore-paths: ["legacy/**"]
approve-label: db-approved
`);
    expect(c).toEqual({
      dialect: 'mysql',
      version: '8',
      sets: [{ path: 'core/migrations' }, { path: 'apps/billing/migrations', format: 'flyway', dialect: 'postgresql' }],
      rules: { 'drop-column': 'critical', 'lock-timeout-missing': 'off' },
      failOn: { level: 'medium' },
      ignorePaths: ['legacy/**'],
      approveLabel: 'db-approved',
    });
  });

  it('accepts an empty file', () => {
    expect(parse('')).toEqual({ rules: {}, ignorePaths: [], dialect: undefined, version: undefined, sets: undefined, failOn: undefined, approveLabel: undefined });
  });

  it.each([
    ['dialect: oracle', /\.github\/migra\.yml: dialect: not allowed; use one of postgresql, mysql, mariadb, sqlite/],
    ['dialekt: mysql', /\.github\/migra\.yml: dialekt: unknown key; allowed keys are dialect, version/],
    ['rules:\n  drop-tabel: off', /rules\.drop-tabel: unknown rule \(did you mean drop-table\?\)/],
    ['rules:\n  drop-table: severe', /rules\.drop-table: not allowed; use one of off, info, low, medium, high, critical/],
    ['sets:\n  - path: db\n    formats: flyway', /sets\.0\.formats: unknown key; allowed keys are path, format, dialect/],
    ['fail-on: 101', /fail-on/],
    ['a: [', /\.github\/migra\.yml:\d+: not valid YAML/],
  ])('rejects %j with a message naming the key', (text, message) => {
    expect(() => parse(text)).toThrow(MigraError);
    expect(() => parse(text)).toThrow(message);
  });

  it('parses fail-on values', () => {
    expect(parseFailOn('never')).toBe('never');
    expect(parseFailOn('HIGH')).toEqual({ level: 'high' });
    expect(parseFailOn('40')).toEqual({ score: 40 });
    expect(() => parseFailOn('severe', '--fail-on')).toThrow('--fail-on: "severe" is not allowed');
  });
});
