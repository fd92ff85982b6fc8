import { EMPTY_CONFIG } from '../../src/config/config.js';
import { analyze } from '../../src/analyze/engine.js';
import { reviewEachFile } from '../../src/analyze/incremental.js';
import { detectSets } from '../../src/formats/index.js';
import { parseMigrationFile } from '../../src/frontends/index.js';
import type { Finding } from '../../src/model/finding.js';
import type { MigrationFile } from '../../src/model/migration.js';
import type { LocatedOp } from '../../src/model/operation.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { memoryTree } from '../../src/source/memory-tree.js';

// A history that exercises renames, rebuilds, created-in-PR tables, locks and process rules.
const HISTORY: Record<string, string> = {
  'db/migrations/001_init.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, note text);',
  'db/migrations/002_index.sql': 'CREATE INDEX orders_user_id_idx ON orders (user_id);\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
  'db/migrations/003_tags.sql': 'CREATE TABLE tags (id bigint PRIMARY KEY, label text);\nCREATE INDEX tags_label_idx ON tags (label);',
  'db/migrations/004_not_null.sql': 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\nALTER TABLE orders RENAME COLUMN note TO comment;',
  'db/migrations/005_drop.sql': 'DROP INDEX orders_user_id_idx;\nALTER TABLE tags DROP COLUMN label;\nUPDATE users SET name = lower(name);',
  'db/migrations/006_types.sql': 'BEGIN;\nALTER TABLE orders ALTER COLUMN user_id TYPE text;\nALTER TABLE users ADD COLUMN age int NOT NULL;\nCOMMIT;',
  'db/migrations/007_rename.sql': 'ALTER TABLE tags RENAME TO labels;\nDROP TABLE labels;',
};

const key = (f: Finding) => `${f.rule} ${f.file}:${f.line} ${f.message}`;

describe('reviewEachFile', () => {
  it('gives, for every file, the findings the engine gives for a pull request that adds it', async () => {
    const tree = memoryTree(HISTORY);
    const [set] = await detectSets(tree, { config: { ignorePaths: [] } });
    const ops = new Map<MigrationFile, LocatedOp[]>();
    for (const f of set.files) ops.set(f, await parseMigrationFile(f, set.dialect));
    const reviews = reviewEachFile(set, ops, { config: EMPTY_CONFIG, rules: RULES });
    expect(reviews.map((r) => r.file.path)).toEqual(Object.keys(HISTORY));

    let total = 0;
    for (const [i, file] of set.files.entries()) {
      const before = Object.fromEntries(set.files.slice(0, i).map((f) => [f.path, HISTORY[f.path]]));
      const head = { ...before, [file.path]: HISTORY[file.path] };
      const report = await analyze({ before: memoryTree(before), head: memoryTree(head), changes: [{ path: file.path, status: 'added' }], config: EMPTY_CONFIG, rules: RULES, toolVersion: 'test' });
      expect(reviews[i].findings.map(key).sort()).toEqual(report.findings.map(key).sort());
      total += report.findings.length;
    }
    // The history is not quiet: the comparison covers real findings.
    expect(total).toBeGreaterThan(5);
  });

  it('replays the files it is told to skip, so later files still see their schema', async () => {
    const tree = memoryTree(HISTORY);
    const [set] = await detectSets(tree, { config: { ignorePaths: [] } });
    const ops = new Map<MigrationFile, LocatedOp[]>();
    for (const f of set.files) ops.set(f, await parseMigrationFile(f, set.dialect));
    const all = reviewEachFile(set, ops, { config: EMPTY_CONFIG, rules: RULES });
    const last = reviewEachFile(set, ops, { config: EMPTY_CONFIG, rules: RULES, review: (_f, i) => i === set.files.length - 1 });
    expect(last).toHaveLength(1);
    expect(last[0].findings.map(key)).toEqual(all[all.length - 1].findings.map(key));
    expect(last[0].findings.map((f) => f.rule)).toContain('drop-table');
  });
});

describe('reviewEachFile settings', () => {
  it('regression_noise_settings: rules see the configured deploy profile, as in the engine', async () => {
    const tree = memoryTree(HISTORY);
    const [set] = await detectSets(tree, { config: { ignorePaths: [] } });
    const ops = new Map<MigrationFile, LocatedOp[]>();
    for (const f of set.files) ops.set(f, await parseMigrationFile(f, set.dialect));
    const seen: (string | undefined)[] = [];
    const probe: Rule = {
      id: 'probe-settings',
      category: 'process',
      severity: 'low',
      dialects: 'all',
      docs: { summary: '', why: '', fix: '', bad: [], good: [] },
      check(ctx) {
        seen.push(ctx.settings?.deploy);
        return [];
      },
    };
    reviewEachFile(set, ops, { config: { ...EMPTY_CONFIG, deploy: 'offline' }, rules: [probe] });
    reviewEachFile(set, ops, { config: EMPTY_CONFIG, rules: [probe] });
    const n = set.files.length;
    expect(seen).toEqual([...Array(n).fill('offline'), ...Array(n).fill('online')]);
  });
});
