import { dieselConfigDir, dieselRunsInTransaction } from '../../src/formats/diesel.js';
import { cargoUsesSqlx, sqlxConfigDir } from '../../src/formats/sqlx.js';
import { mayName, readToml, tomlConfigDir } from '../../src/formats/toml.js';

// TOML read as the tools read it (a parser), where line patterns misread quoted keys, inline tables,
// multi-line strings and tables that only look like dependencies.
describe('TOML configs', () => {
  it('finds a folder under a quoted key, a dotted key or an inline table', () => {
    expect(sqlxConfigDir('api/sqlx.toml', '[migrate]\n"migrations-dir" = "db/migrations"\n')).toBe('api/db/migrations');
    expect(sqlxConfigDir('api/sqlx.toml', 'migrate = { migrations-dir = "db/migrations" }\n')).toBe('api/db/migrations');
    expect(sqlxConfigDir('sqlx.toml', 'migrate.migrations-dir = "m"  # "quoted" in a comment\n')).toBe('m');
    expect(dieselConfigDir('diesel.toml', "[migrations_directory]\ndir = 'migrations/pg' # the 'pg' ones\n")).toBe('migrations/pg');
    expect(tomlConfigDir('x.toml', '[other]\ndir = "a"\n', 'migrations_directory', 'dir')).toBeUndefined();
    expect(tomlConfigDir('x.toml', '[migrations_directory]\ndir = "/abs"\n', 'migrations_directory', 'dir')).toBeUndefined();
  });

  it('knows a sqlx dependency from text that only looks like one', () => {
    expect(cargoUsesSqlx('[workspace.dependencies]\nsqlx = "0.8"\n')).toBe(true);
    expect(cargoUsesSqlx('[dependencies]\nsqlx.workspace = true\n')).toBe(true);
    expect(cargoUsesSqlx('[package]\nname = "api"\ndescription = """\nsqlx = the reason we exist\n"""\n')).toBe(false);
    expect(cargoUsesSqlx('[package.metadata.sqlx]\noffline = true\n')).toBe(false);
    expect(cargoUsesSqlx('[dependencies\nsqlx = "0.8"\n')).toBe(false);
  });

  it('finds a key spelled with escapes in a quoted key, and answers without a parse only for a text that cannot name it', () => {
    expect(dieselConfigDir('diesel.toml', '["migrations\\u005Fdirectory"]\ndir = "m"\n')).toBe('m');
    expect(cargoUsesSqlx('[dependencies]\n"sq\\u006Cx" = "0.8"\n')).toBe(true);
    expect(mayName('[print_schema]\nfile = "schema.rs"\n', ['migrations_directory', 'dir'])).toBe(false);
    expect(mayName('a = "\\t"\n', ['migrations_directory'])).toBe(true);
    expect(dieselConfigDir('diesel.toml', '[print_schema]\nfile = "schema.rs"\n')).toBeUndefined();
  });

  it('falls back as diesel_migrations does when metadata.toml is not valid TOML', () => {
    expect(dieselRunsInTransaction('run_in_transaction = false\nrun_in_transaction = false\n')).toBe(true);
    expect(dieselRunsInTransaction('run_in_transaction = """\nfalse"""\n')).toBe(true);
    expect(readToml('a = ')).toBeUndefined();
  });
});
