import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'ban-char-type';
const COUNTRIES = 'CREATE TABLE countries (id bigint PRIMARY KEY, code char(2) NOT NULL, name text);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES, { rules: { [ID]: 'low' } });
  return report.findings.filter((f) => f.rule === ID);
}

describe('ban-char-type', () => {
  it('reports char(n) of a new table, naming it, with varchar(n) as the rewrite', async () => {
    const [f, ...rest] = await hits({ sql: 'CREATE TABLE countries (id bigint PRIMARY KEY, code char(2) NOT NULL);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 1, severity: 'low', category: 'hygiene' });
    expect(f.message).toContain('countries.code is blank-padded `char(2)`');
    expect(f.replacement).toBe('CREATE TABLE countries (id bigint PRIMARY KEY, code varchar(2) NOT NULL);');
  });

  it('reports character, character(n), bare char (= char(1)) and bpchar', async () => {
    const [f] = await hits({ sql: 'CREATE TABLE t (a CHARACTER(3), b char, c bpchar, d character);' });
    expect(f.message).toContain('t.a, t.b, t.c and t.d are');
    expect(f.replacement).toBe('CREATE TABLE t (a VARCHAR(3), b varchar(1), c text, d varchar(1));');
  });

  it('reports ADD COLUMN and ALTER COLUMN TYPE on an existing table', async () => {
    const [add] = await hits({ before: COUNTRIES, sql: 'ALTER TABLE countries ADD COLUMN currency character(3);' });
    expect(add.message).toContain('countries.currency');
    const [alter] = await hits({ before: COUNTRIES, sql: 'ALTER TABLE countries ALTER COLUMN name TYPE char(60);' });
    expect(alter.message).toContain('countries.name');
    expect(alter.replacement).toBeUndefined();
  });

  describe('stays quiet', () => {
    it('for varchar in all its spellings (character varying, char varying)', async () => {
      expect(await hits({ sql: 'CREATE TABLE t (a varchar(2), b character varying(3), c char varying(4), d varchar, e text);' })).toEqual([]);
    });

    it('for the internal one-byte type "char"', async () => {
      expect(await hits({ sql: 'CREATE TABLE t (id bigint PRIMARY KEY, kind "char" NOT NULL, k2 pg_catalog."char");' })).toEqual([]);
    });

    it('for old char columns the pull request does not touch', async () => {
      expect(await hits({ before: COUNTRIES, sql: "ALTER TABLE countries ADD COLUMN region text;\nALTER TABLE countries ALTER COLUMN code SET DEFAULT 'XX';" })).toEqual([]);
    });

    it('for a char column moved to text', async () => {
      expect(await hits({ before: COUNTRIES, sql: 'ALTER TABLE countries ALTER COLUMN code TYPE text;' })).toEqual([]);
    });

    it('on MySQL and SQLite, where CHAR is a sound type for fixed-length codes', async () => {
      expect(await hits({ dialect: 'mysql', sql: 'CREATE TABLE countries (id bigint PRIMARY KEY, code char(2) NOT NULL);' })).toEqual([]);
      expect(await hits({ dialect: 'sqlite', sql: 'CREATE TABLE countries (id integer PRIMARY KEY, code char(2) NOT NULL);' })).toEqual([]);
    });
  });
});
