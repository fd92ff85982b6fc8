import { readFile } from 'node:fs/promises';
import { DEFAULT_CONFIG_PATH, EMPTY_CONFIG, parseFailOn, type Config, type FailOn } from '../config/model.js';
import { MigraError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import { VERSION } from '../model/version.js';
import { RULES } from '../rules/index.js';
import { loadRevisions } from '../source/index.js';
import type { VerifyOptions } from '../verify/index.js';
import type { LiveOptions } from '../live/index.js';
import { analyze } from './engine.js';
import { diskParseCache, type ParseCache } from './parse-cache.js';
import { diskReplayCache, replayCacheDir, type ReplayCache } from './replay-cache.js';
import { detectCacheDir, diskDetectCache } from './detect-store.js';
import type { DetectCache } from '../formats/detect-cache.js';

export interface CheckOptions {
  repo: string;
  base: string;
  head: string;
  /** A config file on disk; otherwise `.github/migra.yml` as it is at head. */
  configPath?: string;
  /** Overrides config `fail-on`. */
  failOn?: string;
  /** Told what the review is doing, for a terminal's progress line. */
  progress?: (message: string) => void;
  /** Apply the history and the pull request to an embedded engine (off unless given). */
  verify?: VerifyOptions;
  /** A folder that keeps parsed SQL files between runs (see parse-cache.ts); none when left out. */
  cacheDir?: string;
  /** Read the numbers behind each finding from the team's database (read-only); off when left out. */
  live?: LiveOptions;
  /** A parse cache made by the caller (the action's, whose use it then saves); wins over cacheDir. */
  parseCache?: ParseCache;
  /** A replay cache made by the caller (the action's); wins over cacheDir. */
  replayCache?: ReplayCache;
  /** A detection cache made by the caller (the action's); wins over cacheDir. */
  detectCache?: DetectCache;
}

export interface CheckResult {
  report: Report;
  config: Config;
  failOn: FailOn;
  /** What happened on the way that the user should know (history fetched, sets found). */
  notes: string[];
}

/** Everything `migra check` and the action share: git → config → analysis. */
export async function checkRepo(opts: CheckOptions): Promise<CheckResult> {
  const t0 = performance.now();
  opts.progress?.(`reading git history: ${opts.base}…${opts.head}`);
  const rev = await loadRevisions({ repo: opts.repo, base: opts.base, head: opts.head });
  try {
    opts.progress?.(`${rev.changes.length} changed file${rev.changes.length === 1 ? '' : 's'}; finding migration sets`);
    const gitMs = Math.round(performance.now() - t0);
    const config = await loadConfig(opts, rev.head);
    const report = await analyze({ before: rev.before, head: rev.head, changes: rev.changes, config, rules: RULES, toolVersion: VERSION, progress: opts.progress, verify: opts.verify, live: opts.live, parseCache: opts.parseCache ?? (opts.cacheDir ? diskParseCache(opts.cacheDir) : undefined), replayCache: opts.replayCache ?? (opts.cacheDir ? diskReplayCache(replayCacheDir(opts.cacheDir)) : undefined), detectCache: opts.detectCache ?? (opts.cacheDir ? diskDetectCache(detectCacheDir(opts.cacheDir)) : undefined) });
    report.timings = { git: gitMs, ...report.timings, total: Math.round(performance.now() - t0) };
    const failOn = opts.failOn !== undefined ? parseFailOn(opts.failOn, '--fail-on') : config.failOn ?? { level: 'high' };
    return { report, config, failOn, notes: [...rev.notes, ...(report.notes ?? [])] };
  } finally {
    await rev.close();
  }
}

/** A config file named on the command line (`--config FILE`). */
export async function readConfigFile(path: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new MigraError(`--config: cannot read ${path}`);
  }
  return (await import('../config/config.js')).parseConfig(text, path, RULES.map((r) => r.id));
}

async function loadConfig(opts: CheckOptions, head: { read(paths: string[]): Promise<Map<string, string>> }): Promise<Config> {
  const ids = RULES.map((r) => r.id);
  if (opts.configPath) return readConfigFile(opts.configPath);
  const text = (await head.read([DEFAULT_CONFIG_PATH])).get(DEFAULT_CONFIG_PATH);
  // The file's reader (YAML, zod) is loaded only for a repository that has one.
  return text === undefined ? EMPTY_CONFIG : (await import('../config/config.js')).parseConfig(text, DEFAULT_CONFIG_PATH, ids);
}
