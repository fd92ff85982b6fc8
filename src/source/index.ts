export { CatFileBatch } from './cat-file.js';
export { GitTree, type TreeEntry } from './git-tree.js';
export { gitBlobId, memoryTree, type MemoryTree } from './memory-tree.js';
export { GitRepo, openRepo } from './repo.js';
export { loadRevisions, type LoadRevisionsOptions, type Revisions } from './revisions.js';
export { DEEPEN_STEPS, mergeBaseWithDeepen, resolveWithFetch, type HistoryOptions } from './shallow.js';
export { defaultBase } from './default-base.js';
export { diskTree } from './disk-tree.js';
