import type { Dialect } from '../../src/model/dialect.js';
import { makeType, type SqlType } from '../../src/model/sql-type.js';
import { bytesPerChar, classifyTypeChange, sameColumnType, showType } from '../../src/knowledge/type-change.js';

const target = (dialect: Dialect) => ({ dialect, version: dialect === 'postgresql' ? '16' : dialect === 'sqlite' ? '3.45' : '8.0' });

/** `varchar(20)`, `numeric(12,2)`, `int unsigned`, `text[]`, `enum('a','b')` → SqlType, the way the front end builds it. */
function t(dialect: Dialect, spec: string): SqlType {
  const enumMatch = /^(enum|set)\((.*)\)$/i.exec(spec);
  if (enumMatch) {
    const values = [...enumMatch[2].matchAll(/'([^']*)'/g)].map((m) => m[1]);
    return makeType(dialect, enumMatch[1], [], { values, raw: spec });
  }
  const m = /^([a-z0-9 ]+?)\s*(?:\(([\d,\s]+)\))?(\s+unsigned)?((?:\[\])*)$/i.exec(spec)!;
  const args = m[2] ? m[2].split(',').map((x) => Number(x.trim())) : [];
  return makeType(dialect, m[1], args, { unsigned: !!m[3], array: (m[4] ?? '').length / 2, raw: spec });
}

type Expect = 'narrowing' | 'lossy' | 'none';
type Row = [Dialect, string, string, Expect, boolean /* rewrite */, RegExp?];

const PG: Dialect = 'postgresql';
const MY: Dialect = 'mysql';

const rows: Row[] = [
  // integers
  [PG, 'smallint', 'integer', 'none', true],
  [PG, 'integer', 'bigint', 'none', true],
  [PG, 'bigint', 'integer', 'narrowing', true, /integer holds -2147483648 to 2147483647: values outside that range do not fit/],
  [PG, 'integer', 'smallint', 'narrowing', true, /-32768 to 32767/],
  [PG, 'int4', 'integer', 'none', false],
  [MY, 'tinyint', 'smallint', 'none', true],
  [MY, 'mediumint', 'integer', 'none', true],
  [MY, 'integer', 'mediumint', 'narrowing', true, /-8388608 to 8388607/],
  [MY, 'int(11)', 'int', 'none', false],
  [MY, 'tinyint unsigned', 'smallint', 'none', true],
  [MY, 'smallint unsigned', 'smallint', 'narrowing', true, /values above 32767 do not fit/],
  [MY, 'integer', 'integer unsigned', 'narrowing', true, /negative values do not fit/],
  [MY, 'bigint', 'integer unsigned', 'narrowing', true, /negative values and values above 4294967295 do not fit/],
  [MY, 'integer unsigned', 'bigint', 'none', true],
  [MY, 'boolean', 'tinyint(1)', 'none', false],
  // text lengths
  [PG, 'varchar(50)', 'varchar(20)', 'narrowing', true, /values longer than 20 characters do not fit/],
  [PG, 'varchar(20)', 'varchar(50)', 'none', false],
  [PG, 'varchar(20)', 'varchar', 'none', false],
  [PG, 'varchar(20)', 'text', 'none', false],
  [PG, 'text', 'varchar', 'none', false],
  [PG, 'varchar', 'varchar(20)', 'narrowing', true, /no length limit/],
  [PG, 'text', 'varchar(255)', 'narrowing', true, /text has no length limit: values longer than 255 characters/],
  [PG, 'text', 'citext', 'none', false],
  [PG, 'char(10)', 'char(5)', 'narrowing', true, /longer than 5/],
  [PG, 'char(5)', 'char(10)', 'none', true],
  [PG, 'char(5)', 'varchar(10)', 'none', true],
  [PG, 'text', 'char(2)', 'narrowing', true],
  [MY, 'varchar(50)', 'varchar(60)', 'none', false],
  [MY, 'varchar(63)', 'varchar(64)', 'none', true],
  [MY, 'varchar(100)', 'varchar(200)', 'none', false],
  [MY, 'varchar(50)', 'varchar(100)', 'none', true],
  [MY, 'varchar(100)', 'varchar(50)', 'narrowing', true],
  [MY, 'varchar(100)', 'text', 'none', true],
  [MY, 'text', 'varchar(255)', 'narrowing', true, /longer than 255 characters/],
  [MY, 'varchar(100)', 'tinytext', 'narrowing', true, /tinytext holds at most 255 bytes, and varchar\(100\) values can take up to 400 bytes in utf8mb4/],
  [MY, 'mediumtext', 'text', 'narrowing', true],
  [MY, 'text', 'mediumtext', 'none', true],
  [PG, 'integer', 'varchar(5)', 'narrowing', true, /integer values need up to 11 characters/],
  [PG, 'integer', 'varchar(20)', 'none', true],
  [PG, 'uuid', 'text', 'none', true],
  [PG, 'uuid', 'varchar(32)', 'narrowing', true, /36 characters/],
  // numeric precision and scale
  [PG, 'numeric(10,2)', 'numeric(12,2)', 'none', false],
  [PG, 'numeric(10,2)', 'numeric', 'none', false],
  [PG, 'numeric(12,2)', 'numeric(10,2)', 'narrowing', true, /more than 8 digits before the decimal point/],
  [PG, 'numeric(10,4)', 'numeric(12,2)', 'narrowing', true, /decimals beyond 2 places are rounded away/],
  [PG, 'numeric(10,2)', 'numeric(12,3)', 'none', true],
  [PG, 'numeric', 'numeric(10,2)', 'narrowing', true, /unconstrained/],
  [PG, 'numeric(10,2)', 'integer', 'narrowing', true, /fractions are rounded/],
  [PG, 'numeric(12,0)', 'integer', 'narrowing', true, /values beyond -2147483648\.\.2147483647 do not fit/],
  [PG, 'numeric(9,0)', 'integer', 'none', true],
  [PG, 'integer', 'numeric(12,2)', 'none', true],
  [PG, 'bigint', 'numeric(12,2)', 'narrowing', true, /keeps 10 digits before the decimal point and bigint values have up to 19/],
  [MY, 'decimal(10,2)', 'decimal(12,2)', 'none', true],
  [MY, 'decimal', 'decimal(10,0)', 'none', false],
  // FLOAT(M,D) keeps its modifiers in the model; the verdict reads the storage size, as before.
  [MY, 'float(7,2)', 'float(10,2)', 'none', false],
  [MY, 'float(7,2)', 'double', 'none', true],
  // floating point
  [PG, 'double precision', 'integer', 'lossy', true, /fractions are rounded to whole numbers/],
  [PG, 'real', 'bigint', 'lossy', true],
  [PG, 'double precision', 'real', 'narrowing', true, /15 to 6 significant digits/],
  [PG, 'real', 'double precision', 'none', true],
  [PG, 'double precision', 'numeric(10,2)', 'lossy', true, /rounded to 2 decimal places/],
  [PG, 'double precision', 'numeric', 'none', true],
  [PG, 'numeric(20,2)', 'double precision', 'lossy', true, /15 significant digits/],
  [PG, 'numeric(10,2)', 'double precision', 'none', true],
  [PG, 'integer', 'double precision', 'none', true],
  [PG, 'bigint', 'double precision', 'lossy', true, /2\^53/],
  [PG, 'integer', 'real', 'lossy', true, /2\^24/],
  [PG, 'integer', 'boolean', 'lossy', true, /non-zero value becomes true/],
  // text to other kinds
  [PG, 'text', 'integer', 'lossy', true, /must parse as a valid integer.*USING/],
  [PG, 'varchar(10)', 'boolean', 'lossy', true, /boolean/],
  [PG, 'text', 'uuid', 'lossy', true, /valid uuid/],
  [PG, 'text', 'jsonb', 'lossy', true, /valid JSON/],
  [PG, 'text', 'json', 'lossy', true, /valid JSON/],
  [PG, 'text', 'date', 'lossy', true],
  [MY, 'text', 'json', 'lossy', true],
  [MY, 'varchar(20)', 'integer', 'lossy', true],
  // time
  [PG, 'timestamptz', 'timestamp', 'narrowing', true, /time zone is dropped/],
  [PG, 'timestamptz', 'date', 'narrowing', true, /time of day is dropped/],
  [PG, 'timestamp', 'date', 'narrowing', true, /time of day is dropped/],
  [PG, 'timestamp', 'time', 'narrowing', true, /date is dropped/],
  [PG, 'timestamp', 'timestamptz', 'none', true],
  [PG, 'date', 'timestamp', 'none', true],
  [PG, 'date', 'timestamptz', 'none', true],
  [PG, 'date', 'time', 'lossy', true],
  [PG, 'timetz', 'time', 'narrowing', true],
  [PG, 'timestamp(3)', 'timestamp(6)', 'none', false],
  [PG, 'timestamp(3)', 'timestamp', 'none', false],
  [PG, 'timestamp', 'timestamp(6)', 'none', false],
  [PG, 'timestamp', 'timestamp(0)', 'narrowing', true, /fractional seconds are rounded away/],
  [PG, 'timestamptz(6)', 'timestamptz(3)', 'narrowing', true, /rounded to 3 digits/],
  [MY, 'datetime', 'date', 'narrowing', true],
  [MY, 'datetime', 'timestamp', 'narrowing', true, /2038/],
  [MY, 'timestamp', 'datetime', 'none', true],
  [MY, 'datetime(6)', 'datetime', 'narrowing', true],
  [MY, 'datetime', 'datetime(0)', 'none', false],
  // json
  [PG, 'json', 'jsonb', 'none', true],
  [PG, 'jsonb', 'json', 'none', true],
  [PG, 'jsonb', 'text', 'none', true],
  [MY, 'json', 'longtext', 'none', true],
  // enums (MySQL inline)
  [MY, "enum('a','b')", "enum('a','b','c')", 'none', false],
  [MY, "enum('a','b')", "enum('c','a','b')", 'none', true],
  [MY, "enum('a','b')", "enum('a')", 'lossy', true, /'b' is no longer allowed.*strict mode/],
  [MY, "enum('a','b','c')", "enum('a')", 'lossy', true, /'b', 'c' are no longer allowed/],
  [MY, "enum('open','closed')", 'varchar(4)', 'narrowing', true, /longest label \(6 characters\)/],
  [MY, "enum('open','closed')", 'varchar(20)', 'none', true],
  [MY, 'varchar(20)', "enum('open','closed')", 'lossy', true, /only 'open', 'closed' are allowed/],
  [MY, "set('a','b')", "set('a','b','c')", 'none', false],
  // arrays
  [PG, 'integer[]', 'bigint[]', 'none', true],
  [PG, 'bigint[]', 'integer[]', 'narrowing', true, /in each array element, integer holds/],
  [PG, 'text[]', 'integer[]', 'lossy', true, /in each array element/],
  [PG, 'text[]', 'text', 'lossy', true, /array \(text\[\]\) becomes a single value/],
  [PG, 'text', 'text[]', 'lossy', true, /single value becomes an array/],
  [PG, 'varchar(10)[]', 'varchar(20)[]', 'none', true],
  // other kinds
  [PG, 'cidr', 'inet', 'none', false], // binary coercible in pg_cast (issue 10)
  [PG, 'integer', 'timestamp', 'lossy', true, /no exact conversion from integer to timestamp/],
  [PG, 'bytea', 'uuid', 'lossy', true],
  [MY, 'varbinary(100)', 'varbinary(50)', 'narrowing', true, /longer than 50 bytes/],
  [MY, 'blob', 'tinyblob', 'narrowing', true, /255 bytes/],
  [PG, 'bytea', 'bytea', 'none', false],
];

describe('classifyTypeChange', () => {
  // A rest parameter: jest treats a callback with more parameters than the row as one taking `done`.
  it.each(rows)('%s: %s → %s is %s (rewrite %s)', (...row: Row) => {
    const [dialect, from, to, kind, rewrite, reason] = row;
    const c = classifyTypeChange(t(dialect, from), t(dialect, to), target(dialect));
    expect(c.rewrite).toBe(rewrite);
    if (kind === 'none') {
      expect(c.narrowing).toBeUndefined();
      expect(c.lossy).toBeUndefined();
    } else {
      const other = kind === 'narrowing' ? 'lossy' : 'narrowing';
      expect(c[kind]).toEqual(expect.any(String));
      expect(c[other]).toBeUndefined();
      if (reason) expect(c[kind]).toMatch(reason);
    }
  });

  it('mariadb follows the MySQL rules', () => {
    expect(classifyTypeChange(t('mariadb', 'varchar(20)'), t('mariadb', 'varchar(60)'), target('mariadb')).rewrite).toBe(false);
    expect(classifyTypeChange(t('mariadb', 'decimal(10,2)'), t('mariadb', 'decimal(12,2)'), target('mariadb')).rewrite).toBe(true);
  });

  describe('PostgreSQL enum types', () => {
    const enums: Record<string, string[]> = { mood: ['sad', 'ok', 'happy'], mood2: ['sad', 'happy'], mood3: ['sad', 'ok', 'happy', 'ecstatic'] };
    const opts = { enumValues: (n: string) => enums[n] };
    const c = (from: string, to: string) => classifyTypeChange(t(PG, from), t(PG, to), target(PG), opts);
    it('text to an enum can fail', () => expect(c('text', 'mood').lossy).toMatch(/only 'sad', 'ok', 'happy' are allowed/));
    it('an enum to text keeps every value', () => expect(c('mood', 'text')).toEqual({ rewrite: true }));
    it('an enum without some labels loses them', () => expect(c('mood', 'mood2').lossy).toMatch(/'ok' is no longer allowed/));
    it('an enum with every label and more is fine', () => expect(c('mood', 'mood3').lossy).toBeUndefined());
    it('without the enum lookup, an unknown type from text is a lossy parse', () => {
      expect(classifyTypeChange(t(PG, 'text'), t(PG, 'mood'), target(PG)).lossy).toMatch(/valid mood/);
    });
  });

  describe('MySQL character sets', () => {
    it('a 1-byte charset keeps varchar(200) → varchar(255) in place', () => {
      expect(classifyTypeChange(t(MY, 'varchar(200)'), t(MY, 'varchar(255)'), target(MY), { bytesPerChar: 1 }).rewrite).toBe(false);
      expect(classifyTypeChange(t(MY, 'varchar(200)'), t(MY, 'varchar(255)'), target(MY)).rewrite).toBe(false);
      expect(classifyTypeChange(t(MY, 'varchar(200)'), t(MY, 'varchar(256)'), target(MY), { bytesPerChar: 1 }).rewrite).toBe(true);
    });
    it('reads the bytes per character from the collation', () => {
      expect(bytesPerChar('latin1_swedish_ci')).toBe(1);
      expect(bytesPerChar('utf8mb3_general_ci')).toBe(3);
      expect(bytesPerChar('utf8_general_ci')).toBe(3);
      expect(bytesPerChar('utf8mb4_0900_ai_ci')).toBe(4);
      expect(bytesPerChar(undefined)).toBe(4);
    });
  });

  describe('SQLite', () => {
    const lite = (from: string, to: string) => classifyTypeChange(t('sqlite', from), t('sqlite', to), target('sqlite'));
    it('enforces no lengths, so shorter varchar is not narrowing', () => expect(lite('varchar(50)', 'varchar(10)')).toEqual({ rewrite: false }));
    it('text to integer affinity converts numeric-looking text', () => expect(lite('text', 'integer').lossy).toMatch(/'007' becomes 7/));
    it('integer to text keeps values', () => expect(lite('integer', 'text')).toEqual({ rewrite: false }));
  });

  it('same type spelled differently is no change at all', () => {
    expect(classifyTypeChange(t(PG, 'character varying(20)'), t(PG, 'varchar(20)'), target(PG))).toEqual({ rewrite: false });
    expect(sameColumnType(t(MY, 'int(11)'), t(MY, 'integer'), target(MY))).toBe(true);
    expect(sameColumnType(t(PG, 'varchar(10)'), t(PG, 'varchar(11)'), target(PG))).toBe(false);
  });

  it('shows types compactly for messages', () => {
    expect(showType(t(PG, 'numeric(12,2)'))).toBe('numeric(12,2)');
    expect(showType(t(MY, 'int unsigned'))).toBe('integer unsigned');
    expect(showType(t(PG, 'text[]'))).toBe('text[]');
    expect(showType(t(MY, "enum('a','b')"))).toBe("enum('a','b')");
  });
});
