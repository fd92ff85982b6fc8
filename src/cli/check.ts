import { checkRepo } from '../analyze/check-repo.js';
import { defaultBase } from '../source/index.js';
import type { CliArgs } from './args.js';
import { DEFAULT_CACHE_MAX_BYTES, pruneCacheFolder } from './cache-prune.js';
import { cliGate } from './gate.js';
import { formatReport } from './output.js';

export async function runCheck(args: CliArgs, write: (s: string) => void, progress?: (message: string) => void): Promise<number> {
  const base = args.base ?? (await defaultBase(args.repo));
  const result = await checkRepo({ repo: args.repo, base, head: args.head, configPath: args.config, failOn: args.failOn, progress, verify: { enabled: !!args.verify, cacheDir: args.cacheDir || undefined, url: args.verifyUrl }, cacheDir: args.cacheDir || undefined, ...(args.databaseUrl ? { live: { url: args.databaseUrl } } : {}) });
  const gate = cliGate(result);
  write(formatReport(result.report, args, result.notes, gate));
  // After the report: the user has what they asked for; at most once a day this walks the cache folder.
  if (args.cacheDir) pruneCacheFolder(args.cacheDir, { maxBytes: args.cacheMaxBytes ?? DEFAULT_CACHE_MAX_BYTES });
  return gate.failing ? 1 : 0;
}
