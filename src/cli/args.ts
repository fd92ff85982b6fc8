import { parseArgs } from 'node:util';
import { MigraError } from '../model/errors.js';

export const USAGE = `Usage:
  migra check [--repo DIR] [--base REF] [--head REF] [--config FILE]
              [--format text|json|markdown|sarif] [--fail-on LEVEL|SCORE|never]
  migra diff BEFORE.sql AFTER.sql [--dialect postgresql|mysql|mariadb|sqlite] [--config FILE] [--format …]
  migra rules [--format text|json]
  migra coverage DIR [--dialect …]
  migra schema [--repo DIR] [--at REF] [--set DIR] [--format sql|json] [--verify]
  migra demo

check compares head with the merge-base of base and head, the way a pull request is
reviewed. Exit codes: 0 below the fail-on threshold, 1 at or above it, 2 for usage,
config or git errors.

schema prints the schema each migration set builds at a commit, replayed from its migrations;
--verify also applies the history to an embedded engine (PostgreSQL: PGlite, SQLite: sql.js)
and prints every catalog fact where Migra's model and the engine disagree (exit 1 when any).`;

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
/** `migra schema` prints DDL or the model. */
export const SCHEMA_FORMATS = ['sql', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number] | (typeof SCHEMA_FORMATS)[number];

export interface CliArgs {
  command: 'check' | 'diff' | 'rules' | 'coverage' | 'demo' | 'schema' | 'help' | 'version';
  positionals: string[];
  repo: string;
  base?: string;
  head: string;
  config?: string;
  format: OutputFormat;
  failOn?: string;
  dialect?: string;
  color: boolean;
  /** `schema`: the commit to read (default HEAD), one set's directory, and whether to verify on an engine. */
  at?: string;
  set?: string;
  verify?: boolean;
}

export function parseCli(argv: string[], isTty: boolean): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        repo: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        dialect: { type: 'string' },
        at: { type: 'string' },
        set: { type: 'string' },
        verify: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new MigraError(`${(e as Error).message.split('\n')[0]}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command = 'help', ...rest] = positionals;
  if (values.help) return base('help');
  if (values.version) return base('version');
  if (!['check', 'diff', 'rules', 'coverage', 'demo', 'schema', 'help'].includes(command)) {
    throw new MigraError(`unknown command "${command}"\n\n${USAGE}`);
  }
  const allowed: readonly string[] = command === 'schema' ? SCHEMA_FORMATS : FORMATS;
  const format = (values.format ?? (command === 'schema' ? 'sql' : 'text')) as OutputFormat;
  if (!allowed.includes(format)) throw new MigraError(`--format: "${values.format}" is not allowed; use one of ${allowed.join(', ')}`);
  return {
    command: command as CliArgs['command'],
    positionals: rest,
    repo: values.repo ?? '.',
    base: values.base,
    head: values.head ?? 'HEAD',
    config: values.config,
    format,
    failOn: values['fail-on'],
    dialect: values.dialect,
    color: isTty && !values['no-color'] && !process.env.NO_COLOR,
    at: values.at,
    set: values.set,
    verify: values.verify,
  };

  function base(c: CliArgs['command']): CliArgs {
    return { command: c, positionals: [], repo: '.', head: 'HEAD', format: 'text', color: false };
  }
}
