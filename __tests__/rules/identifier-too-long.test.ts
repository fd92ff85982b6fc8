import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import { truncated, writtenIdentifiers } from '../../src/rules/identifier-too-long.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'identifier-too-long';
const LONG = 'a_very_long_identifier_that_goes_on_and_on_past_the_postgres_limit_of_63';
const CUT = LONG.slice(0, 63);

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('identifier-too-long', () => {
  it('reports a long table name with its truncated form', async () => {
    const [f, ...rest] = await hits({ sql: `CREATE TABLE ${LONG} (id bigint PRIMARY KEY);` });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'low', category: 'hygiene' });
    expect(f.message).toContain(`The table name "${LONG}" is ${LONG.length} bytes`);
    expect(f.message).toContain(`"${CUT}"`);
  });

  it('reports long column, index and constraint names, and folds unquoted names', async () => {
    const before = 'CREATE TABLE t (id bigint PRIMARY KEY);';
    expect((await hits({ before, sql: `ALTER TABLE t ADD COLUMN ${LONG.toUpperCase()} text;` }))[0].message).toContain(`column name "${LONG}"`);
    expect((await hits({ before, sql: `CREATE INDEX ${LONG} ON t (id);` }))[0].message).toContain('index name');
    expect((await hits({ before, sql: `ALTER TABLE t ADD CONSTRAINT "${LONG}" CHECK (id > 0);` }))[0].message).toContain('constraint name');
    expect((await hits({ before, sql: `ALTER TABLE t RENAME COLUMN id TO ${LONG};` }))[0].message).toContain('column name');
  });

  it('counts bytes, not characters, and never splits a character', async () => {
    const name = 'é'.repeat(40); // 80 bytes
    const [f] = await hits({ sql: `CREATE TABLE "${name}" (id bigint PRIMARY KEY);` });
    expect(f.message).toContain(`"${'é'.repeat(31)}" (62 bytes)`);
    expect(truncated(name)).toBe('é'.repeat(31));
  });

  it('reports each long name once per statement', async () => {
    const found = await hits({ sql: `CREATE TABLE t (${LONG} text, CONSTRAINT c CHECK (${LONG} <> ''));` });
    expect(found).toHaveLength(1);
  });

  describe('stays quiet', () => {
    it('for names of 63 bytes or less', async () => {
      expect(await hits({ sql: `CREATE TABLE ${CUT} (id bigint PRIMARY KEY);` })).toEqual([]);
    });

    it('for long words in strings, comments and function bodies', async () => {
      const sql = `CREATE TABLE t (id bigint PRIMARY KEY, note text DEFAULT '${LONG}'); -- ${LONG}`;
      expect(await hits({ sql })).toEqual([]);
    });

    it('for a long name that only refers to an object and names nothing new', async () => {
      const before = `CREATE TABLE ${LONG} (id bigint PRIMARY KEY);`;
      expect(await hits({ before, sql: `INSERT INTO ${LONG} (id) VALUES (1);` })).toEqual([]);
    });
  });

  it('tokenizes quoted, unquoted and dollar-quoted text', () => {
    expect(writtenIdentifiers('SELECT "A""b", Foo FROM x WHERE y = \'z\' AND $$ w $$ /* c */')).toEqual(['select', 'A"b', 'foo', 'from', 'x', 'where', 'y', 'and']);
  });
});
