import { attachDirectives, directiveCovers, parseDirectives } from '../../src/frontends/directives.js';
import { markTransactions } from '../../src/frontends/transactions.js';
import type { LocatedOp, Statement } from '../../src/model/operation.js';

const stmt = (index: number, line: number): Statement => ({ file: 'm.sql', line, endLine: line, column: 1, text: '', index, inTransaction: false });

describe('migra:ignore directives', () => {
  it('reads rule ids and reasons', () => {
    const text = [
      '-- migra:ignore drop-column, drop-table reason: archived in the warehouse first',
      '-- migra:ignore-file lock-timeout-missing — small tables',
      '# migra:ignore create-index-non-concurrently',
      '-- migra:ignore reason: everything here was reviewed',
    ].join('\n');
    expect(parseDirectives(text, 'm.sql')).toEqual([
      { rules: ['drop-column', 'drop-table'], reason: 'archived in the warehouse first', line: 1, file: 'm.sql', scope: 'statement' },
      { rules: ['lock-timeout-missing'], reason: 'small tables', line: 2, file: 'm.sql', scope: 'file' },
      { rules: ['create-index-non-concurrently'], reason: undefined, line: 3, file: 'm.sql', scope: 'statement' },
      { rules: [], reason: 'everything here was reviewed', line: 4, file: 'm.sql', scope: 'statement' },
    ]);
  });

  it('attaches a directive to the statement right below its comment block only', () => {
    const text = ['-- migra:ignore drop-table reason: x', '-- dropping the old audit table', 'DROP TABLE a;', '', 'DROP TABLE b;'].join('\n');
    const ops = [
      { kind: 'drop_table', table: { name: 'a' }, ifExists: false, cascade: false, stmt: stmt(0, 3) },
      { kind: 'drop_table', table: { name: 'b' }, ifExists: false, cascade: false, stmt: stmt(1, 5) },
    ] as LocatedOp[];
    attachDirectives(ops, parseDirectives(text, 'm.sql'), text);
    expect(ops[0].stmt.ignored?.map((d) => d.line)).toEqual([1]);
    expect(ops[1].stmt.ignored).toBeUndefined();
    expect(directiveCovers(ops[0].stmt.ignored![0], 'drop-table')).toBe(true);
    expect(directiveCovers(ops[0].stmt.ignored![0], 'drop-column')).toBe(false);
  });
});

describe('transaction marking', () => {
  const ops = (kinds: Array<'begin' | 'commit' | 'ddl'>) =>
    kinds.map((k, i) => (k === 'ddl' ? { kind: 'other', description: 'x', stmt: stmt(i, i + 1) } : { kind: 'transaction', action: k, stmt: stmt(i, i + 1) })) as LocatedOp[];
  it('follows explicit BEGIN … COMMIT when the tool does not wrap', () => {
    const o = ops(['ddl', 'begin', 'ddl', 'commit', 'ddl']);
    markTransactions(o, 'none');
    expect(o.map((x) => x.stmt.inTransaction)).toEqual([false, true, true, false, false]);
  });
  it('wraps everything for per-file tools', () => {
    const o = ops(['ddl', 'ddl']);
    markTransactions(o, 'per-file');
    expect(o.every((x) => x.stmt.inTransaction)).toBe(true);
  });
  it('keeps CONCURRENTLY out of the batch for tools that run it on its own (Supabase)', () => {
    const o = [
      { kind: 'create_index', table: { name: 't' }, elems: [], unique: false, concurrently: true, ifNotExists: false, stmt: stmt(0, 1) },
      { kind: 'create_index', table: { name: 't' }, elems: [], unique: false, concurrently: false, ifNotExists: false, stmt: stmt(1, 2) },
    ] as LocatedOp[];
    markTransactions(o, 'batch');
    expect(o.map((x) => x.stmt.inTransaction)).toEqual([false, true]);
  });
  it('treats a multi-statement string as one transaction, a single statement as none', () => {
    const one = ops(['ddl']);
    markTransactions(one, 'implicit');
    expect(one[0].stmt.inTransaction).toBe(false);
    const two = ops(['ddl', 'ddl']);
    markTransactions(two, 'implicit');
    expect(two.map((x) => x.stmt.inTransaction)).toEqual([true, true]);
  });
});
