import type { Dialect } from '../model/dialect.js';
import type { MigrationFile } from '../model/migration.js';
import { baseName, dirOf, isUnder, joinPath } from './paths.js';
import type { FormatSpec, SourceFile } from './spec.js';
import { hasStatements } from './text.js';

export const SQITCH_PLAN = 'sqitch.plan';
const SQITCH_CONF = 'sqitch.conf';
const SCRIPT_DIRS = ['deploy', 'revert', 'verify'];

export interface PlannedChange {
  name: string;
  /** The tag in the file name of an instance that was reworked later (`deploy/<name>@<tag>.sql`). */
  reworkTag?: string;
  /** Candidate tags, newest first, as sqitch tries them (App::Sqitch::Plan::Change path_segments). */
  reworkTags?: string[];
}

/**
 * The changes of a sqitch.plan in deploy order. Pragmas (`%project=…`), notes and blank lines are
 * skipped; `@tag` lines tag the change before them. A change named again after a tag is a
 * rework: the earlier instance's scripts become `<name>@<tag>.sql`, where the tag is the first of
 * the tags after it (newest first) whose deploy script exists, else the newest.
 */
export function parseSqitchPlan(text: string, exists: (change: string) => boolean = () => true): PlannedChange[] {
  const changes: (PlannedChange & { tags: string[] })[] = [];
  const latest = new Map<string, number>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s#.*$/, '').trim();
    if (line === '' || line.startsWith('#') || line.startsWith('%')) continue;
    if (line.startsWith('@')) {
      const tag = /^@(\S+)/.exec(line)?.[1];
      if (tag && changes.length) changes[changes.length - 1].tags.push(tag);
      continue;
    }
    // `[+|-]name [deps] timestamp planner <email>`; a `-` entry (an old revert operator) deploys nothing.
    const m = /^([+-]?)\s*([^\s[]+)/.exec(line);
    if (!m || m[1] === '-') continue;
    const name = m[2];
    const before = latest.get(name);
    if (before !== undefined) {
      const earlier = changes[before];
      const tags: string[] = [];
      for (let i = changes.length - 1; i > before; i--) tags.push(...changes[i].tags);
      earlier.reworkTags = [...tags, ...earlier.tags];
    }
    latest.set(name, changes.length);
    changes.push({ name, tags: [] });
  }
  return changes.map((c) => {
    const out: PlannedChange = { name: c.name };
    if (c.reworkTags?.length) {
      out.reworkTags = c.reworkTags;
      out.reworkTag = c.reworkTags.find((t) => exists(`${c.name}@${t}`)) ?? c.reworkTags[0];
    }
    return out;
  });
}

/** The engine named in a sqitch.conf: `[core] engine`, else the only `[engine "…"]` section. */
export function sqitchConfEngine(text: string): string | undefined {
  let section = '';
  let core: string | undefined;
  const engines = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const s = /^\[\s*([a-z]+)(?:\s+"([^"]*)")?\s*\]$/i.exec(line);
    if (s) {
      section = s[1].toLowerCase();
      if (section === 'engine' && s[2]) engines.add(s[2].toLowerCase());
      continue;
    }
    const kv = /^([a-z_]+)\s*=\s*(.*)$/i.exec(line);
    if (section === 'core' && kv && kv[1].toLowerCase() === 'engine') core = kv[2].trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return core ?? (engines.size === 1 ? [...engines][0] : undefined);
}

/** A sqitch engine as a dialect Migra knows. */
function sqitchDialect(engine: string | undefined): Dialect | undefined {
  switch (engine) {
    case 'pg':
    case 'cockroach':
      return 'postgresql';
    case 'mysql':
      return 'mysql';
    case 'sqlite':
      return 'sqlite';
    default:
      return undefined;
  }
}

/** `-- Deploy project:change to pg`, the first line of sqitch's deploy template. */
const DEPLOY_HEADER = /^--\s*Deploy\s+\S+\s+to\s+(\w+)/m;

/**
 * sqitch. `sqitch.plan` lists the changes in deploy order; each change is `deploy/<change>.sql`,
 * undone by `revert/<change>.sql` (the down step) and checked by `verify/<change>.sql` (not a
 * migration). A reworked change keeps its earlier scripts as `<change>@<tag>.sql`; each file is
 * keyed by its plan instance (`<change>#<n>`), so the engine sees a rework as the old instance
 * moved, unchanged, and a new instance added.
 *
 * sqitch runs a deploy script with the database's own client (psql, mysql, sqlite3), which
 * commits each statement on its own; the transaction is the BEGIN; … COMMIT; that sqitch's
 * templates write into every script. So 'none': statements are in a transaction exactly where
 * the script opens one, and a CONCURRENTLY inside that BEGIN is still caught.
 */
export const sqitch: FormatSpec = {
  id: 'sqitch',
  supportsDown: true,
  owns(dir, path) {
    if (path === joinPath(dir, SQITCH_PLAN)) return true;
    // sqitch.conf may sit above the plan (`top_dir = db`).
    if (baseName(path) === SQITCH_CONF) return isUnder(dir, dirOf(path));
    return path.endsWith('.sql') && SCRIPT_DIRS.some((d) => isUnder(path, joinPath(dir, d)) && path !== joinPath(dir, d));
  },
  build(dir, files) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const plan = byPath.get(joinPath(dir, SQITCH_PLAN));
    if (!plan) return [];
    const script = (kind: string, change: string) => byPath.get(joinPath(dir, `${kind}/${change}.sql`));
    const out: MigrationFile[] = [];
    const instances = new Map<string, number>();
    for (const c of parseSqitchPlan(plan.text, (change) => script('deploy', change) !== undefined)) {
      // The n-th instance of a change in the plan stays that instance when a rework renames its scripts.
      const n = (instances.get(c.name) ?? 0) + 1;
      instances.set(c.name, n);
      const change = c.reworkTag ? `${c.name}@${c.reworkTag}` : c.name;
      const deploy = script('deploy', change);
      if (!deploy) continue;
      const revert = script('revert', change);
      out.push({ ...toFile(deploy, change, c.name, revert), key: `${c.name}#${n}` });
    }
    return out;
  },
  dialect(files) {
    // The nearest sqitch.conf decides: a project-wide one above, an engine's own below it.
    const confs = files.filter((f) => baseName(f.path) === SQITCH_CONF).sort((a, b) => b.path.length - a.path.length);
    for (const conf of confs) {
      const d = sqitchDialect(sqitchConfEngine(conf.text));
      if (d) return d;
    }
    for (const f of files) {
      if (!f.path.endsWith('.sql')) continue;
      const d = sqitchDialect(DEPLOY_HEADER.exec(f.text)?.[1].toLowerCase());
      if (d) return d;
    }
    return undefined;
  },
};

function toFile(deploy: SourceFile, version: string, name: string, revert: SourceFile | undefined): MigrationFile {
  return {
    path: deploy.path,
    version,
    name,
    language: 'sql',
    up: deploy.text,
    hasDown: revert !== undefined && reverts(revert.text),
    transaction: 'none',
    blobId: deploy.blobId,
  };
}

/** Whether a revert script does anything besides the template's BEGIN; … COMMIT; around a placeholder comment. */
function reverts(sql: string): boolean {
  return hasStatements(sql.replace(/^\s*(?:BEGIN|COMMIT|START\s+TRANSACTION)\s*;\s*$/gim, ''));
}
