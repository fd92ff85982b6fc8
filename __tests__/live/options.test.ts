// Where the live stage's options come from: the CLI (--database-url, MIGRA_DATABASE_URL), the
// action input (database-url), config `live:`; and the secret's pieces that are masked.
import { readInputs } from '../../src/action/inputs.js';
import { commandHelp, parseCli } from '../../src/cli/args.js';
import { parseConfig } from '../../src/config/config.js';
import { engineOf } from '../../src/live/connect.js';
import { scrub, secretOf } from '../../src/model/url-secret.js';
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
});
