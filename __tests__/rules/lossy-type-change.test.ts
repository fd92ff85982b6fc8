import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const hits = async (ex: RuleExample, rule = 'lossy-type-change') => (await runExample(ex, RULES)).findings.filter((f) => f.rule === rule);

const PROFILES = 'CREATE TABLE profiles (id bigint PRIMARY KEY, age text, score double precision, prefs text, rating integer, tags text[]);';

describe('lossy-type-change', () => {
  it('reports text to integer on its line, naming the parse failure', async () => {
    const [f, ...rest] = await hits({ before: PROFILES, sql: 'SELECT 1;\nALTER TABLE profiles\n  ALTER COLUMN age TYPE integer USING age::integer;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'data-loss', line: 2, endLine: 3 });
    expect(f.message).toBe('Changing profiles.age from text to integer converts every value: every value must parse as a valid integer; the conversion fails on the first one that does not.');
    expect(f.why).toMatch(/ACCESS EXCLUSIVE on profiles/);
  });

  it('reports float to integer rounding', async () => {
    const [f] = await hits({ before: PROFILES, sql: 'ALTER TABLE profiles ALTER COLUMN score TYPE integer;' });
    expect(f.message).toMatch(/from double precision to integer converts every value: fractions are rounded to whole numbers/);
  });

  it('reports text to jsonb', async () => {
    const [f] = await hits({ before: PROFILES, sql: 'ALTER TABLE profiles ALTER COLUMN prefs TYPE jsonb USING prefs::jsonb;' });
    expect(f.message).toMatch(/valid JSON/);
  });

  it('reports integer to boolean', async () => {
    const [f] = await hits({ before: PROFILES, sql: 'ALTER TABLE profiles ALTER COLUMN rating TYPE boolean USING rating <> 0;' });
    expect(f.message).toMatch(/every non-zero value becomes true/);
  });

  it('reports an array column becoming a scalar', async () => {
    const [f] = await hits({ before: PROFILES, sql: "ALTER TABLE profiles ALTER COLUMN tags TYPE text USING array_to_string(tags, ',');" });
    expect(f.message).toMatch(/an array \(text\[\]\) becomes a single value/);
  });

  // One finding per risk: an enum losing values is drop-enum-value's.
  it('leaves a PostgreSQL enum swapped for one without some labels to drop-enum-value', async () => {
    const before = "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\nCREATE TYPE mood_v2 AS ENUM ('sad', 'happy');\nCREATE TABLE people (id bigint PRIMARY KEY, m mood);";
    const ex = { before, sql: 'ALTER TABLE people ALTER COLUMN m TYPE mood_v2 USING m::text::mood_v2;' };
    expect(await hits(ex)).toEqual([]);
    const [f] = await hits(ex, 'drop-enum-value');
    expect(f.message).toBe("Changing people.m to mood_v2 drops the enum value 'ok', which production rows may hold: every row holding it makes the conversion fail, and the migration aborts.");
  });

  it('leaves a MySQL ENUM losing a value to drop-enum-value', async () => {
    const ex: RuleExample = { before: "CREATE TABLE tickets (id bigint PRIMARY KEY, state enum('open','pending','closed'));", sql: "ALTER TABLE tickets MODIFY state enum('open','closed');", dialect: 'mysql' };
    expect(await hits(ex)).toEqual([]);
    const [f] = await hits(ex, 'drop-enum-value');
    expect(f.message).toMatch(/tickets\.state to enum\('open','closed'\) drops the enum value 'pending'/);
    expect(f.why).toMatch(/MySQL copies tickets to change the ENUM/);
  });

  it('reports varchar to int on MySQL', async () => {
    const found = await hits({ before: 'CREATE TABLE t (id bigint PRIMARY KEY, zip varchar(10));', sql: 'ALTER TABLE t MODIFY zip int;', dialect: 'mysql' });
    expect(found.map((f) => f.line)).toEqual([1]);
  });

  it('follows a column rename made earlier in the pull request', async () => {
    const found = await hits({ before: PROFILES, sql: 'ALTER TABLE profiles RENAME COLUMN age TO age_text;\nALTER TABLE profiles ALTER COLUMN age_text TYPE integer USING age_text::integer;' });
    expect(found.map((f) => f.line)).toEqual([2]);
  });

  describe('USING clauses (issue 10)', () => {
    const T = 'CREATE TABLE profiles (id bigint PRIMARY KEY, age text, flag text);';
    it('never says "without a USING clause" when the statement has one', async () => {
      const [f] = await hits({ before: T, sql: 'ALTER TABLE profiles ALTER COLUMN age TYPE integer USING age::integer;' });
      expect(f.message).toBe('Changing profiles.age from text to integer converts every value: every value must parse as a valid integer; the conversion fails on the first one that does not.');
    });
    it('describes a USING expression that is not a cast as replacing the values, not as parsing them', async () => {
      const [f] = await hits({ before: T, sql: "ALTER TABLE profiles ALTER COLUMN flag TYPE boolean USING (flag = 'yes');" });
      expect(f.message).toBe("Changing profiles.flag from text to boolean converts every value: every value is replaced by the result of USING (flag = 'yes'), and the old values are gone once the migration commits.");
    });
    it('describes a USING function converting to an enum as replacing the values, not as a cast that fails (Lemmy)', async () => {
      const before = "CREATE TABLE follows (id bigint PRIMARY KEY, pending boolean NOT NULL);\nCREATE TYPE follow_state AS ENUM ('Accepted', 'Pending');";
      const [f] = await hits({ before, sql: 'ALTER TABLE follows ALTER COLUMN pending TYPE follow_state USING convert_follow_state(pending);' });
      expect(f.message).toBe('Changing follows.pending from boolean to follow_state converts every value: every value is replaced by the result of USING convert_follow_state(pending), and the old values are gone once the migration commits.');
    });
    it('stays quiet for USING CASE … ELSE …, which gives every value (NULL included) a result the author chose', async () => {
      expect(await hits({ before: T, sql: "ALTER TABLE profiles ALTER COLUMN age TYPE integer USING CASE WHEN age ~ '^[0-9]{1,6}$' THEN age::integer ELSE NULL END;" })).toEqual([]);
      expect(await hits({ before: T, sql: "ALTER TABLE profiles ALTER COLUMN flag TYPE boolean USING (CASE flag WHEN 'yes' THEN true ELSE false END);" })).toEqual([]);
    });
    it('still reports a CASE without ELSE, whose unmatched values become NULL', async () => {
      expect(await hits({ before: T, sql: "ALTER TABLE profiles ALTER COLUMN flag TYPE boolean USING CASE flag WHEN 'yes' THEN true WHEN 'no' THEN false END;" })).toHaveLength(1);
    });
  });

  describe('quiet', () => {
    it('for a binary-coercible cast that keeps every value (oid → regclass, cidr → inet; issue 10)', async () => {
      const before = 'CREATE TABLE hosts (id bigint PRIMARY KEY, rel oid, net cidr);';
      expect(await hits({ before, sql: 'ALTER TABLE hosts ALTER COLUMN rel TYPE regclass;\nALTER TABLE hosts ALTER COLUMN net TYPE inet;' })).toEqual([]);
    });

    it.each([
      ['integer to text', 'rating TYPE text'],
      ['integer to bigint', 'rating TYPE bigint'],
      ['integer to double precision', 'rating TYPE double precision'],
      ['text to varchar', 'prefs TYPE varchar'],
    ])('for %s', async (_what, change) => {
      expect(await hits({ before: PROFILES, sql: `ALTER TABLE profiles ALTER COLUMN ${change};` })).toEqual([]);
    });
    it('for json to jsonb', async () => {
      expect(await hits({ before: 'CREATE TABLE t (id bigint PRIMARY KEY, doc json);', sql: 'ALTER TABLE t ALTER COLUMN doc TYPE jsonb;' })).toEqual([]);
    });
    it('for an enum swapped for one with every label and more', async () => {
      const before = "CREATE TYPE mood AS ENUM ('sad', 'happy');\nCREATE TYPE mood_v2 AS ENUM ('sad', 'meh', 'happy');\nCREATE TABLE people (id bigint PRIMARY KEY, m mood);";
      expect(await hits({ before, sql: 'ALTER TABLE people ALTER COLUMN m TYPE mood_v2 USING m::text::mood_v2;' })).toEqual([]);
    });
    it('for a MySQL ENUM with a value appended', async () => {
      expect(await hits({ before: "CREATE TABLE tickets (id bigint PRIMARY KEY, state enum('open','closed'));", sql: "ALTER TABLE tickets MODIFY state enum('open','closed','archived');", dialect: 'mysql' })).toEqual([]);
    });
    it('for a narrowing change, which narrowing-type-change reports instead', async () => {
      expect(await hits({ before: PROFILES, sql: 'ALTER TABLE profiles ALTER COLUMN rating TYPE smallint;' })).toEqual([]);
    });
    it('for a column added in the same pull request', async () => {
      expect(await hits({ before: PROFILES, sql: "ALTER TABLE profiles ADD COLUMN extra text DEFAULT '{}';\nALTER TABLE profiles ALTER COLUMN extra TYPE jsonb USING extra::jsonb;" })).toEqual([]);
    });
    it('for a table created in the same pull request', async () => {
      expect(await hits({ sql: 'CREATE TABLE t (v text);\nALTER TABLE t ALTER COLUMN v TYPE integer USING v::integer;' })).toEqual([]);
    });
  });
});
