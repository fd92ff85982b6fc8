// Where the live stage's options come from: the CLI (--database-url, MIGRA_DATABASE_URL), the
// action input (database-url), config `live:`; and the secret's pieces that are masked.
import { readInputs } from '../../src/action/inputs.js';
import { commandHelp, parseCli } from '../../src/cli/args.js';
import { parseConfig } from '../../src/config/config.js';
import { engineOf } from '../../src/live/connect.js';
import { misfitTest } from '../../src/live/misfit.js';
import { scrub, secretOf } from '../../src/model/url-secret.js';
import { makeType } from '../../src/model/sql-type.js';
import { RULES } from '../../src/rules/index.js';

const config = (text: string) => parseConfig(text, '.github/migra.yml', RULES.map((r) => r.id));

describe('live options', () => {
  const saved = process.env.MIGRA_DATABASE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.MIGRA_DATABASE_URL;
    else process.env.MIGRA_DATABASE_URL = saved;
  });

  it('migra check takes --database-url, else MIGRA_DATABASE_URL; other commands refuse it', () => {
    delete process.env.MIGRA_DATABASE_URL;
    expect(parseCli(['check'], false).databaseUrl).toBeUndefined();
    expect(parseCli(['check', '--database-url', 'postgres://a:b@h/db'], false).databaseUrl).toBe('postgres://a:b@h/db');
    process.env.MIGRA_DATABASE_URL = 'mysql://x:y@h/app';
    expect(parseCli(['check'], false).databaseUrl).toBe('mysql://x:y@h/app');
    expect(parseCli(['check', '--database-url=app.db'], false).databaseUrl).toBe('app.db');
    expect(parseCli(['diff', 'a.sql', 'b.sql'], false).databaseUrl).toBeUndefined();
    expect(() => parseCli(['diff', 'a.sql', 'b.sql', '--database-url', 'x'], false)).toThrow(/--database-url does not apply to migra diff/);
    expect(commandHelp('check')).toMatch(/--database-url URL .*read-only connection.*MIGRA_DATABASE_URL/);
  });

  it('the action input database-url', () => {
    expect(readInputs(() => '').databaseUrl).toBeUndefined();
    expect(readInputs((n) => (n === 'database-url' ? ' postgres://r:pw@db/app ' : '')).databaseUrl).toBe('postgres://r:pw@db/app');
  });

  it('config live: thresholds in rows and megabytes, budget and statement timeout in seconds; errors name the key', () => {
    expect(config('live:\n  small-table-rows: 500\n  large-table-mb: 2\n  budget-seconds: 12\n  statement-timeout-seconds: 1.5\n').live).toEqual({
      thresholds: { smallRows: 500, largeBytes: 2 * 1024 * 1024 },
      budgetMs: 12_000,
      statementTimeoutMs: 1_500,
    });
    expect(config('dialect: postgresql\n').live).toBeUndefined();
    expect(() => config('live:\n  small-rows: 5\n')).toThrow(/live\.small-rows: unknown key; allowed keys are small-table-rows, small-table-mb, large-table-rows, large-table-mb, budget-seconds, statement-timeout-seconds/);
    expect(() => config('live:\n  budget-seconds: 0\n')).toThrow(/live\.budget-seconds: 0 is not allowed; use a number of seconds above 0/);
  });

  it('the engine comes from the URL; anything without a scheme is a SQLite file', () => {
    expect(['postgres://h/db', 'postgresql://h/db', 'mysql://h/db', 'mariadb://h/db', 'db/app.sqlite3', 'file:app.db', 'sqlite:///tmp/x.db'].map(engineOf)).toEqual(['postgresql', 'postgresql', 'mysql', 'mysql', 'sqlite', 'sqlite', 'sqlite']);
  });

  it('scrubs the URL, the password (raw and decoded) and the user from any message', () => {
    const s = secretOf('postgres://app_reader:p%40ss%2Fw0rd@db.internal:5432/prod?sslmode=require');
    expect(scrub('connect to postgres://app_reader:p%40ss%2Fw0rd@db.internal:5432/prod?sslmode=require failed', s)).toBe('connect to *** failed');
    expect(scrub('password authentication failed for user "app_reader" (p@ss/w0rd)', s)).toBe('password authentication failed for user "***" (***)');
    // A two-letter user would blank out ordinary words; a password never is left.
    expect(secretOf('mysql://ab:x@h/db').pieces).toEqual(['mysql://ab:x@h/db', 'x']);
    expect(secretOf('/srv/app.db').pieces).toEqual(['/srv/app.db']);
  });

  it('misfit tests: only changes whose cast fails on a value that does not fit', () => {
    const t = (s: string, args: number[] = [], unsigned = false) => makeType('postgresql', s, args, { unsigned });
    expect(misfitTest(t('text'), t('varchar', [20]), 'postgresql')).toEqual({ kind: 'length', max: 20 });
    expect(misfitTest(t('varchar', [10]), t('varchar', [20]), 'postgresql')).toBeUndefined();
    expect(misfitTest(t('bigint'), t('integer'), 'postgresql')).toEqual({ kind: 'range', min: -2147483648n, max: 2147483647n, type: 'integer' });
    expect(misfitTest(t('integer'), t('bigint'), 'postgresql')).toBeUndefined();
    expect(misfitTest(t('text'), t('integer'), 'postgresql')).toEqual({ kind: 'integer-text', type: 'integer' });
    expect(misfitTest(t('numeric', [12, 2]), t('numeric', [8, 2]), 'postgresql')).toEqual({ kind: 'digits', integerDigits: 6, type: 'numeric(8,2)' });
    expect(misfitTest(t('integer'), t('integer', [], true), 'mysql')).toEqual({ kind: 'range', min: 0n, max: 4294967295n, type: 'integer unsigned' });
    expect(misfitTest(t('text'), t('varchar', [20]), 'sqlite')).toBeUndefined();
  });
});
