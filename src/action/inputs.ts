import { DEFAULT_APPROVE_LABEL, parseFailOn, type FailOn } from '../config/model.js';
import { MigraError } from '../model/errors.js';

/**
 * The action's inputs. Names are public API (action.yml documents them with these defaults);
 * the runner fills in defaults from action.yml, and the same defaults apply here when an input
 * is missing or empty, so the entry point behaves the same when run by hand or by a test.
 */
export const INPUT_DEFAULTS = {
  'github-token': '',
  config: '.github/migra.yml',
  'fail-on': 'high',
  comment: 'true',
  'check-run': 'true',
  suggestions: 'false',
  'approve-label': DEFAULT_APPROVE_LABEL,
  'pr-number': '',
  base: '',
  head: '',
  'working-directory': '.',
  'groq-api-key': '',
  'ai-model': 'openai/gpt-oss-20b',
  'ai-timeout-seconds': '20',
  'ai-retries': '1',
  'sarif-file': '',
  report: '',
  verify: 'true',
  'verify-url': '',
  'cache-dir': '',
  'database-url': '',
  cache: 'true',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

export interface ActionInputs {
  githubToken: string;
  /** A config file on disk; undefined: `.github/migra.yml` as it is at the head commit. */
  config?: string;
  /** Set when the input differs from its default, so it overrides the config file's `fail-on`. */
  failOn?: FailOn;
  /** fail-on as written, for messages. */
  failOnText: string;
  comment: boolean;
  checkRun: boolean;
  suggestions: boolean;
  /** Set when the input differs from its default, so it overrides the config file's `approve-label`. */
  approveLabel?: string;
  prNumber?: number;
  base?: string;
  head?: string;
  workingDirectory: string;
  groqApiKey?: string;
  aiModel: string;
  aiTimeoutMs: number;
  aiRetries: number;
  sarifFile?: string;
  /** A report JSON written by an earlier run: publish it instead of analysing. */
  report?: string;
  /** Apply the history and the pull request to an embedded PostgreSQL / SQLite. */
  verify: boolean;
  /** A scratch database server (from a secret; masked in setup): sets of its dialect verify there. */
  verifyUrl?: string;
  /** Where the engine's database of the base history is kept between runs; undefined: the user's cache directory. */
  cacheDir?: string;
  /** The team's database, read-only (a secret: masked in setup, never printed). */
  databaseUrl?: string;
  /** Keep parsed migration files between workflow runs with the Actions cache service. */
  cache: boolean;
}

/** A bad input value: the message names the input and what is allowed. */
export class InputError extends MigraError {
  constructor(input: InputName, message: string) {
    super(`Input '${input}': ${message}`);
    this.name = 'InputError';
  }
}

/** Parse and validate every input; `get` returns the raw value ('' when unset), e.g. core.getInput. */
export function readInputs(get: (name: InputName) => string): ActionInputs {
  const raw = (name: InputName): string => {
    const v = (get(name) ?? '').trim();
    return v === '' ? INPUT_DEFAULTS[name] : v;
  };
  const optional = (name: InputName): string | undefined => raw(name) || undefined;

  const failOnText = raw('fail-on');
  let failOn: FailOn;
  try {
    failOn = parseFailOn(failOnText, 'x');
  } catch {
    throw new InputError('fail-on', `"${failOnText}" is not allowed; use a level (none, low, medium, high, critical), a score from 0 to 100, or never`);
  }
  const config = raw('config');
  const approveLabel = raw('approve-label');
  return {
    githubToken: raw('github-token'),
    config: config === INPUT_DEFAULTS.config ? undefined : config,
    failOn: failOnText.toLowerCase() === INPUT_DEFAULTS['fail-on'] ? undefined : failOn,
    failOnText,
    comment: bool(raw, 'comment'),
    checkRun: bool(raw, 'check-run'),
    suggestions: bool(raw, 'suggestions'),
    approveLabel: approveLabel === INPUT_DEFAULTS['approve-label'] ? undefined : approveLabel,
    prNumber: optional('pr-number') === undefined ? undefined : prNumber(raw('pr-number')),
    base: gitRef(optional('base'), 'base'),
    head: gitRef(optional('head'), 'head'),
    workingDirectory: raw('working-directory'),
    groqApiKey: optional('groq-api-key'),
    aiModel: aiModel(raw('ai-model')),
    aiTimeoutMs: Math.round(number(raw('ai-timeout-seconds'), 'ai-timeout-seconds', 0.001, 600) * 1000),
    aiRetries: integer(raw('ai-retries'), 'ai-retries', 0, 5),
    sarifFile: optional('sarif-file'),
    report: optional('report'),
    verify: bool(raw, 'verify'),
    verifyUrl: optional('verify-url'),
    cacheDir: optional('cache-dir'),
    databaseUrl: optional('database-url'),
    cache: bool(raw, 'cache'),
  };
}

// Exactly what core.getBooleanInput accepts (YAML 1.2 core schema), so `comment: no` means the same
// here as in every other action: an error, not a guess.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function bool(raw: (n: InputName) => string, name: InputName): boolean {
  const v = raw(name);
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  throw new InputError(name, `"${v}" is not a boolean; use true or false`);
}

function prNumber(v: string): number {
  const n = /^#?(\d{1,10})$/.exec(v);
  if (!n || Number(n[1]) < 1) throw new InputError('pr-number', `"${v}" is not a pull request number`);
  return Number(n[1]);
}

function number(v: string, name: InputName, min: number, max: number): number {
  const n = Number(v);
  if (!/^\d+(\.\d+)?$/.test(v) || !(n >= min && n <= max)) throw new InputError(name, `"${v}" is not allowed; use a number of seconds greater than 0 and at most ${max}`);
  return n;
}

function integer(v: string, name: InputName, min: number, max: number): number {
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new InputError(name, `"${v}" is not allowed; use a whole number from ${min} to ${max}`);
  return Number(v);
}

/**
 * A branch, tag or commit as git accepts it. Refused: a leading dash (git would read an option),
 * whitespace, control characters and `..` ranges, so the value can only ever name one revision.
 */
function gitRef(v: string | undefined, name: 'base' | 'head'): string | undefined {
  if (v === undefined) return undefined;
  if (v.startsWith('-') || /[\s\u0000-\u001f\u007f~^:?*[\\]|\.\.|@\{/.test(v.replace(/[~^]\d*$/, ''))) {
    throw new InputError(name, `"${v}" is not a branch, tag or commit`);
  }
  return v;
}

function aiModel(v: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/.test(v)) throw new InputError('ai-model', `"${v}" is not a model id (for example openai/gpt-oss-20b)`);
  return v;
}
