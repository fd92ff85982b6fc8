import { defaultExpr, functionVolatility, isVolatileExpr } from '../../src/frontends/sql/volatility.js';

describe('default volatility', () => {
  it.each([
    'random()',
    'gen_random_uuid()',
    'uuid_generate_v4()',
    'public.uuid_generate_v4()',
    'clock_timestamp()',
    'timeofday()',
    "nextval('seq'::regclass)",
    'my_function()',
    '"MyFunc"(1)',
    "(now() + random() * interval '1 day')",
    'md5(random()::text)',
  ])('%s is volatile', (expr) => {
    expect(isVolatileExpr(expr, 'postgresql')).toBe(true);
  });

  it.each([
    '0',
    "'pending'",
    'NULL',
    'true',
    'now()',
    'CURRENT_TIMESTAMP',
    'current_date',
    'transaction_timestamp()',
    'txid_current()', // stable in pg_proc: one value per transaction
    "'{}'::jsonb",
    "'x'::character varying(10)",
    'CAST(0 AS numeric(10, 2))',
    'ARRAY[]::text[]',
    "'{a,b}'::text[]",
    "(now() AT TIME ZONE 'utc')",
    "lower('ABC')",
    "'now()'",
    "E'random()'",
  ])('%s is not volatile', (expr) => {
    expect(isVolatileExpr(expr, 'postgresql')).toBe(false);
  });

  it.each(['pi()', "round(pi() * 100)", "to_char(now(), 'YYYY')", 'statement_timestamp()', "jsonb_build_object('a', 1)"])(
    '%s is not volatile: PostgreSQL\'s catalogue says immutable or stable (issue 10)',
    (expr) => {
      expect(isVolatileExpr(expr, 'postgresql')).toBe(false);
    },
  );

  it('takes PostgreSQL built-ins from pg_proc.provolatile, extensions and other dialects from the lists', () => {
    expect(functionVolatility('pi', 'postgresql')).toBe('stable');
    expect(functionVolatility('setseed', 'postgresql')).toBe('volatile');
    expect(functionVolatility('uuid_generate_v4', 'postgresql')).toBe('volatile');
    expect(functionVolatility('random', 'sqlite')).toBe('volatile');
    expect(functionVolatility('pi', 'mysql')).toBe('unknown');
  });

  it('knows the MySQL and SQLite spellings', () => {
    expect(isVolatileExpr('(uuid())', 'mysql')).toBe(true);
    expect(isVolatileExpr('CURRENT_TIMESTAMP(6)', 'mysql')).toBe(false);
    expect(isVolatileExpr("'it\\'s uuid()'", 'mysql')).toBe(false);
    expect(isVolatileExpr('(hex(randomblob(16)))', 'sqlite')).toBe(true);
    expect(isVolatileExpr("(datetime('now'))", 'sqlite')).toBe(false);
  });

  it('classifies function names and builds DefaultExpr', () => {
    expect(functionVolatility('NEXTVAL')).toBe('volatile');
    expect(functionVolatility('now')).toBe('stable');
    expect(functionVolatility('whatever')).toBe('unknown');
    expect(defaultExpr('gen_random_uuid()', 'postgresql')).toEqual({ text: 'gen_random_uuid()', volatile: true });
  });
});
