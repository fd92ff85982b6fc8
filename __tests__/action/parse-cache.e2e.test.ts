import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPacks, writePack } from '../../src/analyze/pack-store.js';
import { PARSE_PACKS } from '../../src/analyze/parse-cache.js';
import { prEvent, prRepo, TOKEN, type PrRepo } from '../helpers/action-fixtures.js';
import { startHarness, stopHarness, type ActionHarness } from '../helpers/action-harness.js';
import { FakeCacheService } from '../helpers/fake-cache-service.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

/**
 * The action keeps its parse cache between workflow runs with the Actions cache service: the
 * bundled action run as the runner runs it, against a loopback cache service (Twirp API and blob
 * storage, see fake-cache-service.ts). Each run starts with an empty cache folder, as on a fresh
 * runner; what it finds there came from the service.
 */
const RUNTIME_TOKEN = 'runtime-token-for-the-cache-service';
let h: ActionHarness;
let cache: FakeCacheService;
let pr: PrRepo;
let cacheDir: string;
let runId = 100;

beforeAll(async () => {
  [h, cache] = await Promise.all([startHarness(TOKEN), FakeCacheService.start(RUNTIME_TOKEN)]);
  pr = prRepo();
  cacheDir = mkdtempSync(join(tmpdir(), 'migra-action-cache-'));
}, 120_000);

afterAll(async () => {
  await cache?.close();
  await stopHarness(h ?? {}, pr ? [pr] : []);
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

async function review(inputs: Record<string, string> = {}, withService = true): Promise<ActionRun> {
  // A fresh runner: nothing on disk from the run before.
  rmSync(join(cacheDir, 'parse'), { recursive: true, force: true });
  const r = await runAction({
    entry: h.entry,
    inputs: { 'github-token': TOKEN, 'cache-dir': cacheDir, comment: 'false', 'check-run': 'false', 'fail-on': 'never', ...inputs },
    event: prEvent(pr.base, pr.head),
    workspace: pr.repo.dir,
    apiUrl: h.gh.url,
    // Each run its own id, as on GitHub (cache keys carry it).
    env: { GITHUB_RUN_ID: String(++runId), ...(withService ? cache.env() : {}) },
  });
  if (r.code !== 0) throw new Error(`the action failed (${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** The report without its timings: what must not change with the cache. */
const findings = (r: ActionRun) => JSON.stringify({ ...r.report, timings: undefined });
const log = (r: ActionRun, re: RegExp) => r.stdout.split('\n').filter((l) => re.test(l));
const saved = () => cache.entries.filter((e) => e.finalized);

describe('parse cache across runs (Actions cache service)', () => {
  let first: ActionRun;

  it('saves the entries of the first review, restores them on a fresh runner, and does not save them again unchanged', async () => {
    first = await review();
    expect(log(first, /^No parse cache saved yet under migra-parse-/)).toHaveLength(1);
    expect(saved()).toHaveLength(1);
    const key = saved()[0].key;
    expect(key).toMatch(new RegExp(`^migra-parse-[0-9a-f]{24}-${process.platform}-${process.arch}-101-1-[0-9a-f]{12}$`));
    expect(log(first, /^Parse cache saved: \d+ entries \(\d+ new\) and 2 replay snapshots \(2 new\)/)).toHaveLength(1);
    for (const r of cache.requests) expect(r.status).toBeLessThan(300);

    const second = await review();
    expect(log(second, /^Parse cache restored from /)).toEqual([`Parse cache restored from ${key}`]);
    expect(log(second, /^Parse cache unchanged \(\d+ entries and 1 replay snapshot used, none written\): not saved again$/)).toHaveLength(1);
    expect(saved()).toHaveLength(1);
    expect(findings(second)).toBe(findings(first));
  });

  it('ignores corrupt and foreign entries in a restored archive, reviews the same, and saves them rewritten', async () => {
    const [entry] = saved();
    const files = tamper(entry.archive!, (dir, keys) => {
      // The archive holds one pack. One entry's bytes changed after it was written (its CRC no
      // longer matches), one holding another entry's body (whole, the wrong key).
      const good = packEntries(dir);
      const [a, b, c] = keys;
      const changed = new Map([...good].map(([k, v]) => [k, Buffer.from(v)]));
      changed.set(b, Buffer.from(good.get(c)!));
      const [old] = readdirSync(join(dir, PARSE_PACKS));
      const name = writePack(join(dir, PARSE_PACKS), old.split('.')[0], changed)!;
      rmSync(join(dir, PARSE_PACKS, old));
      const path = join(dir, PARSE_PACKS, name);
      const body = readFileSync(path);
      body[body.indexOf(good.get(a)!) + 20] ^= 1;
      writeFileSync(path, body);
      // And every replay snapshot torn, so the review parses and replays the whole history.
      const snapshots = readdirSync(join(dir, 'replay')).filter((n) => n.endsWith('.json.gz'));
      expect(snapshots).toHaveLength(2);
      for (const n of snapshots) writeFileSync(join(dir, 'replay', n), readFileSync(join(dir, 'replay', n)).subarray(0, 20));
    });
    entry.archive = files.archive;

    const third = await review();
    expect(log(third, /^Parse cache restored from /)).toEqual([`Parse cache restored from ${entry.key}`]);
    expect(findings(third)).toBe(findings(first));
    // The snapshot of the history is written again; the torn one of the head, not read, is left out.
    expect(log(third, /^Parse cache saved: \d+ entries \(2 new\) and 1 replay snapshot \(1 new\)/)).toHaveLength(1);
    expect(saved()).toHaveLength(2);
    // What was saved is whole again: every entry carries the key its file is named after.
    tamper(saved()[1].archive!, (dir, keys) => {
      expect(readdirSync(join(dir, PARSE_PACKS))).toHaveLength(1);
      expect(keys).toEqual(files.keys);
      const entries = packEntries(dir);
      expect([...entries.keys()].sort()).toEqual(keys);
      for (const [k, v] of entries) expect(JSON.parse(v).key).toBe(k);
    });
  });

  it('with cache: false, never calls the service', async () => {
    const before = cache.requests.length;
    const r = await review({ cache: 'false' });
    expect(cache.requests.length).toBe(before);
    expect(log(r, /parse cache/i)).toEqual([]);
    expect(findings(r)).toBe(findings(first));
  });

  it('on a runner without the service, reviews the same and says the cache lasts this run only', async () => {
    const before = cache.requests.length;
    const r = await review({}, false);
    expect(cache.requests.length).toBe(before);
    expect(log(r, /^No Actions cache service on this runner/)).toHaveLength(1);
    expect(findings(r)).toBe(findings(first));
  });
});

/** The parse entries the packs of a folder hold whole, by key (whatever their content). */
function packEntries(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(join(dir, PARSE_PACKS))) {
    const set = openPacks(join(dir, PARSE_PACKS), name.split('.')[0]);
    for (const key of set.keys()) {
      const got = set.get(key);
      if (got) out.set(key, got.value.toString('utf8'));
    }
    set.close();
  }
  return out;
}

/**
 * Unpack an archive as @actions/cache made it (tar, zstd or gzip), let `edit` look at or change
 * its parse cache folder (given the keys its packs hold, sorted), and pack it again the same way.
 */
function tamper(archive: Buffer, edit: (dir: string, keys: string[]) => void): { archive: Buffer; keys: string[] } {
  const work = mkdtempSync(join(tmpdir(), 'migra-tamper-'));
  try {
    const zstd = archive.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
    const compress = zstd ? ['--use-compress-program', 'zstd'] : ['-z'];
    writeFileSync(join(work, 'in.tar'), archive);
    // Member names are relative to the workspace (../…): extract them into a folder of their own.
    const members = execFileSync('tar', [...compress, '-tf', join(work, 'in.tar')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n').filter(Boolean);
    const root = join(work, 'a', 'b', 'c', 'd');
    execFileSync('mkdir', ['-p', root]);
    execFileSync('tar', [...compress, '-xPf', join(work, 'in.tar'), '-C', root], { stdio: 'pipe' });
    const parse = members.find((m) => /parse\/?$/.test(m))!;
    const dir = join(root, parse);
    const keys = [...packEntries(dir).keys()].sort();
    edit(dir, keys);
    execFileSync('tar', ['--posix', ...compress, '-cPf', join(work, 'out.tar'), '-C', root, parse], { stdio: 'pipe' });
    return { archive: readFileSync(join(work, 'out.tar')), keys };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
