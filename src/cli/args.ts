import { parseArgs } from 'node:util';
import { defaultCacheDir } from '../analyze/parse-cache.js';
import { MigraError } from '../model/errors.js';

export const USAGE = `Usage:
  migra check [--repo DIR] [--base REF] [--head REF] [--config FILE]
              [--format text|json|markdown|sarif] [--fail-on LEVEL|SCORE|never]
              [--cache-dir DIR | --no-cache]
  migra diff BEFORE.sql AFTER.sql [--dialect postgresql|mysql|mariadb|sqlite] [--config FILE] [--format …]
  migra rules [--format text|json]
  migra coverage DIR [--dialect …]
  migra demo

check compares head with the merge-base of base and head, the way a pull request is
reviewed. Exit codes: 0 below the fail-on threshold, 1 at or above it, 2 for usage,
config or git errors. Parsed SQL files are kept between runs in $XDG_CACHE_HOME/migra
(else ~/.cache/migra): --cache-dir DIR to choose the folder, --no-cache to skip it.`;

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface CliArgs {
  command: 'check' | 'diff' | 'rules' | 'coverage' | 'demo' | 'help' | 'version';
  positionals: string[];
  repo: string;
  base?: string;
  head: string;
  config?: string;
  format: OutputFormat;
  failOn?: string;
  dialect?: string;
  color: boolean;
  /** Parse cache folder; false with --no-cache. */
  cacheDir: string | false;
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
        'no-color': { type: 'boolean' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
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
  if (!['check', 'diff', 'rules', 'coverage', 'demo', 'help'].includes(command)) {
    throw new MigraError(`unknown command "${command}"\n\n${USAGE}`);
  }
  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) throw new MigraError(`--format: "${values.format}" is not allowed; use one of ${FORMATS.join(', ')}`);
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
    cacheDir: values['no-cache'] ? false : values['cache-dir'] ?? defaultCacheDir(),
  };

  function base(c: CliArgs['command']): CliArgs {
    return { command: c, positionals: [], repo: '.', head: 'HEAD', format: 'text', color: false, cacheDir: false };
  }
}
