import { analyze } from '../../src/analyze/engine.js';
import { EMPTY_CONFIG } from '../../src/config/config.js';
import type { FileChange } from '../../src/model/migration.js';
import { tableKey } from '../../src/model/schema.js';
import { memoryTree } from '../../src/source/memory-tree.js';
import type { Rule, RuleContext } from '../../src/rules/rule.js';
import { columnAddedInPr, createdInPr, existingTable } from '../../src/rules/lib/existing.js';
import { baseTableOf, tableAtHead } from '../../src/rules/lib/head-table.js';
import { firstAbove, lastBelow, opsInFile, positionOf } from '../../src/rules/lib/op-positions.js';
import { columnAtBase, tableAtBase } from '../../src/rules/lib/origin.js';

/**
 * origin.ts, existing.ts and head-table.ts walk only the operations filed under the table they
 * follow (op-positions.ts): through renames, drops and re-creations they must land where a walk
 * over every operation lands, and a list of operations that grows is indexed again.
 */

const BASE = {
  'migrations/001_init.sql': 'CREATE TABLE a (id int, x int);\nCREATE TABLE b (id int);\nCREATE TABLE c (id int);\nCREATE TABLE e (id int);\n',
};

const PR = [
  /* 0 */ 'ALTER TABLE a RENAME TO a2;',
  /* 1 */ 'CREATE TABLE a (id int);',
  /* 2 */ 'ALTER TABLE a2 RENAME COLUMN x TO y;',
  /* 3 */ 'ALTER TABLE a2 ADD COLUMN z int;',
  /* 4 */ 'DROP TABLE b;',
  /* 5 */ 'CREATE TABLE b (id int);',
  /* 6 */ 'ALTER TABLE a2 RENAME TO a3;',
  /* 7 */ 'TRUNCATE a3;',
  /* 8 */ 'ALTER TABLE c RENAME TO d;',
  /* 9 */ 'DROP TABLE d;',
];

async function context(): Promise<RuleContext> {
  let seen: RuleContext | undefined;
  const capture: Rule = {
    id: 'capture-context',
    category: 'hygiene',
    severity: 'info',
    dialects: 'all',
    docs: { summary: '', why: '', fix: '', bad: [], good: [] },
    check(ctx) {
      seen = ctx;
      return [];
    },
  };
  const pr = { 'migrations/002_pr.sql': `${PR.join('\n')}\n`, 'migrations/003_more.sql': 'ALTER TABLE e ADD COLUMN w int;\n' };
  const changes: FileChange[] = Object.keys(pr).map((path) => ({ path, status: 'added' }));
  await analyze({ before: memoryTree(BASE, 'base'), head: memoryTree({ ...BASE, ...pr }, 'head'), changes, config: { ...EMPTY_CONFIG, dialect: 'postgresql' }, rules: [capture], toolVersion: 'test' });
  return seen!;
}

describe('walks over the operations of one table (op-positions)', () => {
  it('follows renames back to base and stops at what the pull request made', async () => {
    const ctx = await context();
    const r = ctx.ops;
    expect(r.map((o) => o.op.kind).slice(0, 10)).toEqual(['rename_table', 'create_table', 'rename_column', 'add_column', 'drop_table', 'create_table', 'rename_table', 'truncate', 'rename_table', 'drop_table']);
    expect(tableAtBase(ctx, r[7], { name: 'a3' })).toMatchObject({ name: 'a' });
    expect(columnAtBase(ctx, r[7], { name: 'a3' }, 'y')).toMatchObject({ table: { name: 'a' }, column: 'x' });
    expect(columnAddedInPr(ctx, r[7], { name: 'a3' }, 'z')).toBe(true);
    expect(columnAddedInPr(ctx, r[3], { name: 'a2' }, 'z')).toBe(false);
    expect(createdInPr(ctx, r[7], { name: 'a' })).toBe(true);
    expect(createdInPr(ctx, r[1], { name: 'a' })).toBe(false);
    expect(tableAtBase(ctx, r[7], { name: 'a' })).toBeUndefined();
    // b is dropped, then made again: the new one holds no production rows.
    expect(existingTable(ctx, r[4], { name: 'b' })).toBe(true);
    expect(existingTable(ctx, r[6], { name: 'b' })).toBe(false);
    expect(existingTable(ctx, r[7], { name: 'b' })).toBe(false);
    expect(existingTable(ctx, r[9], { name: 'd' })).toBe(true);
  });

  it('follows renames forward to head, and knows a table a later statement drops', async () => {
    const ctx = await context();
    const r = ctx.ops;
    expect(tableAtHead(ctx, r[2], { name: 'a2' })?.name.name).toBe('a3');
    expect(tableAtHead(ctx, r[0], { name: 'a' })?.columns.map((c) => c.name)).toEqual(['id']);
    expect(tableAtHead(ctx, r[7], { name: 'c' })).toBeUndefined();
    expect(tableAtHead(ctx, r[9], { name: 'e' })?.columns.map((c) => c.name)).toEqual(['id', 'w']);
    const a3 = ctx.head.tables.get(tableKey({ name: 'a3' }, 'postgresql'))!;
    expect(baseTableOf(ctx, a3)?.name.name).toBe('a');
    expect(baseTableOf(ctx, ctx.head.tables.get('a')!)?.name.name).toBe('a');
    expect(baseTableOf(ctx, ctx.head.tables.get('b')!)?.name.name).toBe('b');
  });

  it('gives positions and files as indexOf and filter do, and indexes a list again once it grows', async () => {
    const ctx = await context();
    for (const [i, o] of ctx.ops.entries()) expect(positionOf(ctx, o)).toBe(i);
    const [first, second] = [...new Set(ctx.ops.map((o) => o.file))];
    expect(opsInFile(ctx, first)).toEqual(ctx.ops.filter((o) => o.file === first));
    expect(opsInFile(ctx, second)).toEqual(ctx.ops.filter((o) => o.file === second));
    // A shorter list of the same operations: the rename to a3 is not in it yet.
    const ops = ctx.ops.slice(0, 6);
    const partial: RuleContext = { ...ctx, ops };
    expect(tableAtHead(partial, ops[2], { name: 'a2' })).toBeUndefined();
    expect(positionOf(partial, ctx.ops[7])).toBe(-1);
    ops.push(...ctx.ops.slice(6));
    expect(tableAtHead(partial, ops[2], { name: 'a2' })?.name.name).toBe('a3');
    expect(positionOf(partial, ctx.ops[7])).toBe(7);
    expect(opsInFile(partial, second)).toHaveLength(1);
  });
});

describe('lastBelow / firstAbove', () => {
  it('agree with a scan of the ascending list on every position, at both ends and between', () => {
    for (const list of [[], [3], [1, 4, 4, 9], [0, 2, 5, 7, 11, 12]]) {
      for (let i = -1; i <= 13; i++) {
        expect([list, i, lastBelow(list, i)]).toEqual([list, i, [...list].reverse().find((x) => x < i) ?? -1]);
        expect([list, i, firstAbove(list, i)]).toEqual([list, i, list.find((x) => x > i) ?? -1]);
      }
    }
    expect([lastBelow(undefined, 5), firstAbove(undefined, 5)]).toEqual([-1, -1]);
  });
});
