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
    'txid_current()',
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
