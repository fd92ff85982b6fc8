import { defaultCacheDir } from '../analyze/parse-cache.js';
import { MigraError } from '../model/errors.js';
import { cacheMaxBytes } from './cache-prune.js';

/**
 * The command line, as tables: every option once (what it takes, which commands it applies to, its
 * help line) and every command once. Adding an option is one line in OPTIONS; the parser, the
 * per-command help and the checks (unknown option, option that does not apply, missing value) all
 * read these tables.
 */

export const FORMATS = ['text', 'json', 'markdown', 'sarif'] as const;
/** `migra schema` prints DDL or the model. */
export const SCHEMA_FORMATS = ['sql', 'json'] as const;
export type OutputFormat = (typeof FORMATS)[number] | (typeof SCHEMA_FORMATS)[number];

const COMMAND_NAMES = ['check', 'diff', 'rules', 'coverage', 'schema', 'demo'] as const;
type CommandName = (typeof COMMAND_NAMES)[number];

interface OptionSpec {
  /** Placeholder of the value (`DIR`); no value means a flag. */
  value?: string;
  short?: string;
  /** The commands it applies to; 'all' for the global ones. */
  commands: readonly CommandName[] | 'all';
  help: string;
}

export const OPTIONS: Record<string, OptionSpec> = {
  repo: { value: 'DIR', commands: ['check', 'schema'], help: 'the git repository (default .)' },
  base: { value: 'REF', commands: ['check'], help: "the branch the pull request goes into (default the remote's default branch)" },
  head: { value: 'REF', commands: ['check'], help: 'the pull request head (default HEAD)' },
  config: { value: 'FILE', commands: ['check', 'diff', 'schema'], help: 'configuration file in the format of .github/migra.yml (check reads that file at head by default)' },
  format: { value: 'FORMAT', commands: ['check', 'diff', 'rules', 'coverage', 'schema', 'demo'], help: 'output format' },
  at: { value: 'REF', commands: ['schema'], help: 'the commit whose schema to print (default HEAD)' },
  set: { value: 'DIR', commands: ['schema'], help: "only the migration set in this directory" },
  verify: { commands: ['check', 'schema'], help: 'apply the history and the pull request to an embedded engine (PostgreSQL: PGlite, SQLite: sql.js): check reports statements that fail there and what the engine observed; schema prints every fact where the model and the engine disagree (exit 1 when any)' },
  'no-verify': { commands: ['check'], help: 'skip the embedded engine (the default on the command line)' },
  'verify-url': { value: 'URL', commands: ['check', 'schema'], help: 'verify on an empty scratch database server instead (postgres://… or mysql://…, also MIGRA_VERIFY_URL for check; implies --verify): Migra works in a database or schema migra_verify_<random> of its own and drops it; the only way MySQL and MariaDB sets are verified' },
  'cache-dir': { value: 'DIR', commands: ['check'], help: "keeps parsed SQL files, replayed schemas of the history and the engine's database of the base history between runs (default $XDG_CACHE_HOME/migra, else ~/.cache/migra)" },
  'cache-max-size': { value: 'SIZE', commands: ['check'], help: 'once a day, remove the least recently used entries of the cache folder while it is over this size (default 500MB, also MIGRA_CACHE_MAX_SIZE; 0: no cap)' },
  'no-cache': { commands: ['check'], help: 'no cache folder: parse and replay everything' },
  'database-url': { value: 'URL', commands: ['check'], help: 'read what the changes would touch from this database over a read-only connection (postgres://, mysql://, or a SQLite file): rows lost, duplicates, NULLs, table sizes; also MIGRA_DATABASE_URL. Never printed' },
  'fail-on': { value: 'LEVEL|SCORE|never', commands: ['check', 'diff'], help: 'exit 1 at or above this level (none, low, medium, high, critical) or score (0-100)' },
  dialect: { value: 'DIALECT', commands: ['diff', 'coverage'], help: 'postgresql, mysql, mariadb or sqlite (default: from the files)' },
  'no-color': { commands: 'all', help: 'no colours, even in a terminal (also NO_COLOR=1)' },
  help: { short: 'h', commands: 'all', help: 'this help' },
  version: { short: 'v', commands: 'all', help: "Migra's version" },
};

interface CommandSpec {
  /** Positional arguments as shown in the usage line. */
  args: string;
  /** How many positional arguments it takes at most. */
  maxArgs: number;
  formats: readonly OutputFormat[];
  summary: string;
  /** More lines for `migra <command> --help`. */
  details?: string;
}

export const COMMANDS: Record<CommandName, CommandSpec> = {
  check: {
    args: '',
    maxArgs: 0,
    formats: FORMATS,
    summary: 'review the migrations a branch adds or changes, as a pull request against --base',
    details: 'Compares head with the merge-base of base and head, the way a pull request is reviewed.\n--fail-on defaults to fail-on in the configuration, else high.',
  },
  diff: {
    args: 'BEFORE.sql AFTER.sql',
    maxArgs: 2,
    formats: FORMATS,
    summary: 'judge the change between two schema files',
    details: 'Prints the migration from BEFORE to AFTER and judges it. Exits 1 only with --fail-on (or fail-on\nin the --config file) when the change is at or above it.',
  },
  rules: { args: '', maxArgs: 0, formats: ['text', 'json'], summary: 'list every rule with its id, severity, category and dialects' },
  coverage: { args: 'DIR', maxArgs: 1, formats: ['text', 'json'], summary: 'how many statements of the migrations under DIR Migra parses' },
  schema: {
    args: '',
    maxArgs: 0,
    formats: SCHEMA_FORMATS,
    summary: 'print the schema each migration set builds at a commit, replayed from its migrations',
  },
  demo: { args: '', maxArgs: 0, formats: FORMATS, summary: 'review a small example pull request and print the comment the action posts' },
};

const EXIT_CODES = 'Exit codes: 0 below the fail-on threshold, 1 at or above it, 2 for usage, config or git errors.';

function optionUsage(name: string): string {
  const o = OPTIONS[name];
  return `--${name}${o.value ? ` ${o.value}` : ''}`;
}

function optionsOf(command: CommandName): string[] {
  return Object.keys(OPTIONS).filter((n) => OPTIONS[n].commands !== 'all' && (OPTIONS[n].commands as readonly string[]).includes(command));
}

export const USAGE = [
  'Usage: migra <command> [options]',
  '',
  ...COMMAND_NAMES.map((c) => `  ${`${c} ${COMMANDS[c].args}`.trim().padEnd(30)} ${COMMANDS[c].summary}`),
  '',
  'Every command takes --no-color and --help; `migra <command> --help` lists its options.',
  '`migra --version` prints the version.',
  EXIT_CODES,
].join('\n');

/** `migra <command> --help`. */
export function commandHelp(command: CommandName): string {
  const spec = COMMANDS[command];
  const names = [...optionsOf(command), 'no-color', 'help'];
  const width = Math.max(...names.map((n) => optionUsage(n).length));
  const lines = names.map((n) => {
    const extra = n === 'format' ? `: ${spec.formats.join(', ')} (default ${spec.formats[0]})` : '';
    return `  ${optionUsage(n).padEnd(width)}  ${OPTIONS[n].help}${extra}`;
  });
  return [`Usage: migra ${command}${spec.args ? ` ${spec.args}` : ''} [options]`, '', `${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`, ...(spec.details ? [spec.details] : []), '', 'Options:', ...lines, '', EXIT_CODES].join('\n');
}

export interface CliArgs {
  command: CommandName | 'help' | 'version';
  /** For `help`: the command whose help to print, if any. */
  helpFor?: CommandName;
  positionals: string[];
  repo: string;
  base?: string;
  head: string;
  config?: string;
  format: OutputFormat;
  failOn?: string;
  dialect?: string;
  color: boolean;
  /** `schema`: the commit to read (default HEAD) and one set's directory. */
  at?: string;
  set?: string;
  /** --verify: apply the history to an embedded engine (off by default on the command line; --no-verify wins). */
  verify?: boolean;
  /** --verify-url (else MIGRA_VERIFY_URL): a scratch database server; holds a password, never printed. */
  verifyUrl?: string;
  /** The cache folder (parsed SQL files, the engine's database of the base history); false with --no-cache. */
  cacheDir?: string | false;
  /** --cache-max-size, else MIGRA_CACHE_MAX_SIZE, else 500 MB: the cache folder is pruned to it (cli/cache-prune.ts); 0: never. */
  cacheMaxBytes?: number;
  /** --database-url, else MIGRA_DATABASE_URL: the team's database, read-only (a secret). */
  databaseUrl?: string;
}

function usageError(message: string, command?: CommandName): MigraError {
  return new MigraError(`${message}; see \`migra ${command ? `${command} ` : ''}--help\``);
}

/** Split argv into options (checked against OPTIONS) and positionals; `--` ends the options. */
function tokenize(argv: string[]): { values: Map<string, string | true>; positionals: string[] } {
  const values = new Map<string, string | true>();
  const positionals: string[] = [];
  const shorts = new Map(Object.entries(OPTIONS).flatMap(([n, o]) => (o.short ? [[o.short, n] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const written = eq > 0 ? arg.slice(0, eq) : arg;
    const name = long ? written.slice(2) : shorts.get(written.slice(1));
    const spec = name === undefined ? undefined : OPTIONS[name];
    if (!spec || name === undefined) throw usageError(`unknown option ${written}`, commandIn(positionals));
    if (!spec.value) {
      if (eq > 0) throw usageError(`${written} takes no value`, commandIn(positionals));
      values.set(name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw usageError(`${written} needs a value (${spec.value})`, commandIn(positionals));
    if (eq < 0) i++;
    values.set(name, value);
  }
  return { values, positionals };
}

/** The command named so far, so an error can point at its help. */
function commandIn(positionals: string[]): CommandName | undefined {
  return (COMMAND_NAMES as readonly string[]).includes(positionals[0]) ? (positionals[0] as CommandName) : undefined;
}

/** `colorOut`: whether stdout takes colours (wantsColor); --no-color and NO_COLOR still turn them off. */
export function parseCli(argv: string[], colorOut: boolean): CliArgs {
  const { values, positionals } = tokenize(argv);
  const [first = 'help', ...rest] = positionals;
  const str = (name: string) => {
    const v = values.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const base = (command: CliArgs['command'], helpFor?: CommandName): CliArgs => ({ command, helpFor, positionals: [], repo: '.', head: 'HEAD', format: 'text', color: false });
  if (values.has('version')) return base('version');
  const isCommand = (c: string | undefined): c is CommandName => (COMMAND_NAMES as readonly (string | undefined)[]).includes(c);
  // `migra help check` reads like `migra check --help`.
  if (first === 'help') {
    if (rest[0] !== undefined && !isCommand(rest[0])) throw usageError(`unknown command "${rest[0]}"`);
    return base('help', rest[0] as CommandName | undefined);
  }
  if (!isCommand(first)) throw usageError(`unknown command "${first}"`);
  if (values.has('help')) return base('help', first);
  const command = first as CommandName;
  const spec = COMMANDS[command];
  for (const name of values.keys()) {
    const applies = OPTIONS[name].commands;
    if (applies !== 'all' && !applies.includes(command)) {
      const where = COMMAND_NAMES.filter((c) => applies.includes(c)).join(', ');
      throw usageError(`--${name} does not apply to migra ${command} (only to ${where})`, command);
    }
  }
  if (rest.length > spec.maxArgs) throw usageError(`migra ${command} takes ${spec.maxArgs ? `at most ${spec.maxArgs} argument${spec.maxArgs > 1 ? 's' : ''} (${spec.args})` : 'no arguments'}, got "${rest.join(' ')}"`, command);
  const format = (str('format') ?? spec.formats[0]) as OutputFormat;
  // A scratch server asks for verification, given either way.
  const verifyUrl = command === 'check' ? str('verify-url') || process.env.MIGRA_VERIFY_URL || undefined : command === 'schema' ? str('verify-url') || undefined : undefined;
  if (!spec.formats.includes(format)) throw new MigraError(`--format: "${format}" is not allowed for migra ${command}; use one of ${spec.formats.join(', ')}`);
  return {
    command,
    positionals: rest,
    repo: str('repo') ?? '.',
    base: str('base'),
    head: str('head') ?? 'HEAD',
    config: str('config'),
    format,
    failOn: str('fail-on'),
    dialect: str('dialect'),
    color: colorOut && !values.has('no-color') && !process.env.NO_COLOR,
    at: str('at'),
    set: str('set'),
    verify: (values.has('verify') || !!verifyUrl) && !values.has('no-verify'),
    verifyUrl,
    cacheDir: command === 'check' ? (values.has('no-cache') ? false : str('cache-dir') ?? defaultCacheDir()) : undefined,
    ...(command === 'check' && !values.has('no-cache') ? { cacheMaxBytes: cacheMaxBytes(str('cache-max-size')) } : {}),
    ...(command === 'check' && (str('database-url') ?? process.env.MIGRA_DATABASE_URL) ? { databaseUrl: str('database-url') ?? process.env.MIGRA_DATABASE_URL } : {}),
  };
}

/**
 * Whether stdout takes colours: a terminal does, and the conventions of no-color.org and
 * force-color.org on top: NO_COLOR (any value) turns them off, FORCE_COLOR (any value but 0 or
 * false) on through a pipe or in CI. Asked by main.ts only, not parseCli: jest's workers set
 * FORCE_COLOR for themselves, which must not colour the CLI runs tests make in-process.
 */
export function wantsColor(isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return isTty;
}
