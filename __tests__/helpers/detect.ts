import { detectSets } from '../../src/formats/detect.js';
import type { MigrationSet } from '../../src/model/migration.js';
import { memoryTree } from '../../src/source/memory-tree.js';

/** The migration sets detected in a tree of `files`. */
export async function detect(files: Record<string, string>, opts?: Parameters<typeof detectSets>[1]): Promise<MigrationSet[]> {
  return detectSets(memoryTree(files), opts);
}

/** The one migration set detected in `files` (fails the test if there is not exactly one). */
export async function only(files: Record<string, string>, opts?: Parameters<typeof detectSets>[1]): Promise<MigrationSet> {
  const sets = await detect(files, opts);
  expect(sets).toHaveLength(1);
  return sets[0];
}
