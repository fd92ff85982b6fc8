import { parseConfig, parseFailOn } from '../../src/config/config.js';
import { MigraError } from '../../src/model/errors.js';

const RULE_IDS = ['drop-table', 'drop-column', 'lock-timeout-missing'];
const parse = (text: string) => parseConfig(text, '.github/migra.yml', RULE_IDS);

describe('config', () => {
  it('reads deploy: online | offline, and names the key and its values when it is wrong (issue 10)', () => {
    expect(parse('deploy: offline').deploy).toBe('offline');
    expect(parse('deploy: online').deploy).toBe('online');
    expect(parse('dialect: mysql').deploy).toBeUndefined();
    expect(() => parse('deploy: stopped')).toThrow(/deploy: "stopped" is not allowed; use one of online, offline/);
  });

  it('reads every documented key', () => {
    const c = parse(`
dialect: mysql
version: "8.0"
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
      version: '8.0',
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
    ['dialect: oracle', /^\.github\/migra\.yml: dialect: "oracle" is not allowed; use one of postgresql, mysql, mariadb, sqlite$/],
    ['dialekt: mysql', /\.github\/migra\.yml: dialekt: unknown key; allowed keys are dialect, version/],
    ['rules:\n  drop-tabel: off', /rules\.drop-tabel: unknown rule \(did you mean drop-table\?\)/],
    ['rules:\n  drop-table: severe', /rules\.drop-table: "severe" is not allowed; use off or a severity: info, low, medium, high, critical$/],
    ['sets:\n  - path: db\n    formats: flyway', /sets\.0\.formats: unknown key; allowed keys are path, format, dialect/],
    ['fail-on: 101', /^\.github\/migra\.yml: fail-on: 101 is not allowed; use a level \(none, low, medium, high, critical\), a score from 0 to 100, or never$/],
    ['fail-on: severe', /fail-on: "severe" is not allowed; use a level/],
    ['rules: [drop-table]', /^\.github\/migra\.yml: rules: a list is not allowed; use a mapping of rule ids to off or a severity, e\.g\. drop-column: critical$/],
    ['sets:\n  - format: flyway', /sets\.0\.path: missing; use a folder relative to the repository root/],
    ['ignore-paths: vendor/**', /ignore-paths: "vendor\/\*\*" is not allowed; use a list of path globs/],
    ['version: [16]', /version: a list is not allowed; use the database version as a quoted string/],
    ['- dialect: mysql', /\(top level\): a list is not allowed; use a mapping of keys/],
    ['a: [', /\.github\/migra\.yml:\d+: not valid YAML/],
  ])('rejects %j with a message naming the key', (text, message) => {
    expect(() => parse(text)).toThrow(MigraError);
    expect(() => parse(text)).toThrow(message);
  });

  // YAML reads these as numbers and drops the trailing zero: Migra would judge against 8.1, not 8.10.
  it.each([
    ['version: 8.10', '.github/migra.yml: version: 8.10 is read by YAML as the number 8.1; quote it: version: "8.10"'],
    ['dialect: mysql\nversion: 5.70  # the server', '.github/migra.yml: version: 5.70 is read by YAML as the number 5.7; quote it: version: "5.70"'],
    ['version: 16.0', '.github/migra.yml: version: 16.0 is read by YAML as the number 16; quote it: version: "16.0"'],
  ])('asks to quote a version YAML would change (%j)', (text, message) => {
    expect(() => parse(text)).toThrow(message);
  });

  it('takes a version YAML reads exactly, quoted or not', () => {
    expect(parse('version: "8.10"').version).toBe('8.10');
    expect(parse('version: 16').version).toBe('16');
    expect(parse('version: 8.4').version).toBe('8.4');
  });

  it('says no error in the words of the schema library', () => {
    for (const text of ['fail-on: true', 'rules: 3', 'sets: {path: x}', 'sets: [{path: ""}]', 'sets: [{path: a, after: 3}]', 'ignore-paths: [1]', 'approve-label: 3', 'version: {a: 1}']) {
      expect(() => parse(text)).toThrow(/ is not allowed; use |: missing; use /);
      expect(() => parse(text)).not.toThrow(/Invalid input|Too (big|small)|expected/);
    }
  });

  it('parses fail-on values', () => {
    expect(parseFailOn('never')).toBe('never');
    expect(parseFailOn('HIGH')).toEqual({ level: 'high' });
    expect(parseFailOn('40')).toEqual({ score: 40 });
    expect(() => parseFailOn('severe', '--fail-on')).toThrow('--fail-on: "severe" is not allowed');
  });
});
