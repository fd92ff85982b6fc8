import type { TreeView } from '../model/migration.js';
import { drizzle, drizzleJournalDir, drizzleSnapshotDir } from './drizzle.js';
import { isLiquibaseMaster, isMasterChangelog, liquibase } from './liquibase.js';
import { baseName, dirOf, isExcludedPath, joinPath } from './paths.js';
import { sqitch, SQITCH_PLAN } from './sqitch.js';

/**
 * Sets that a tool's own file announces rather than migration file names: a drizzle-kit journal
 * (or drizzle-kit 1.0 snapshot folders), a sqitch.plan, a Liquibase master changelog. They are
 * found before the formats that go by file names, which would otherwise take their SQL files
 * (drizzle's `0000_name.sql` look like plain numbered migrations).
 */
export interface ToolPlan {
  dir: string;
  format: 'drizzle' | 'sqitch' | 'liquibase';
  paths: string[];
}

/** Master changelogs of the tree that are Liquibase changelogs by their content (few files, read up front). */
export async function liquibaseMasters(tree: Pick<TreeView, 'read'>, visible: readonly string[]): Promise<string[]> {
  const paths = visible.filter((p) => isMasterChangelog(p) && !isExcludedPath(p));
  if (!paths.length) return [];
  const texts = await tree.read(paths);
  return paths.filter((p) => isLiquibaseMaster(p, texts.get(p) ?? ''));
}

export function toolPlans(candidates: readonly string[], masters: readonly string[] = []): ToolPlan[] {
  const plans: ToolPlan[] = [];
  const taken = new Set<string>();
  const add = (dir: string, format: ToolPlan['format'], owns: (dir: string, path: string) => boolean) => {
    if (plans.some((p) => p.dir === dir)) return;
    const paths = candidates.filter((p) => !taken.has(p) && owns(dir, p));
    paths.forEach((p) => taken.add(p));
    plans.push({ dir, format, paths });
  };
  for (const p of candidates) {
    const dir = drizzleJournalDir(p) ?? drizzleSnapshotDir(p);
    if (dir !== undefined) add(dir, 'drizzle', drizzle.owns);
  }
  for (const p of candidates) if (baseName(p) === SQITCH_PLAN) add(dirOf(p), 'sqitch', sqitch.owns);
  // The outermost master first: a changelog it includes may be named like a master too.
  const ordered = [...masters].sort((a, b) => a.split('/').length - b.split('/').length);
  for (const m of ordered) if (!taken.has(m)) add(dirOf(m), 'liquibase', liquibase.owns);
  return plans;
}

/** A configured folder's format when a tool's own file is in it. */
export function guessToolFormat(dir: string, inside: readonly string[]): ToolPlan['format'] | undefined {
  if (inside.some((p) => drizzleJournalDir(p) === dir || drizzleSnapshotDir(p) === dir)) return 'drizzle';
  if (inside.includes(joinPath(dir, SQITCH_PLAN))) return 'sqitch';
  if (inside.some(isMasterChangelog)) return 'liquibase';
  return undefined;
}
