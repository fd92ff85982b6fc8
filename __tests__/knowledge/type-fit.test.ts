import { misfitTest } from '../../src/knowledge/type-fit.js';
import { makeType } from '../../src/model/sql-type.js';

// Which values of a column stop fitting when its type changes: what live impact counts on the data.
describe('misfitTest', () => {
  const t = (s: string, args: number[] = [], unsigned = false) => makeType('postgresql', s, args, { unsigned });

  it('only changes whose cast fails on a value that does not fit', () => {
    expect(misfitTest(t('text'), t('varchar', [20]), 'postgresql')).toEqual({ kind: 'length', max: 20 });
    expect(misfitTest(t('varchar', [10]), t('varchar', [20]), 'postgresql')).toBeUndefined();
    expect(misfitTest(t('bigint'), t('integer'), 'postgresql')).toEqual({ kind: 'range', min: -2147483648n, max: 2147483647n, type: 'integer' });
    expect(misfitTest(t('integer'), t('bigint'), 'postgresql')).toBeUndefined();
    expect(misfitTest(t('text'), t('integer'), 'postgresql')).toEqual({ kind: 'integer-text', type: 'integer' });
    expect(misfitTest(t('numeric', [12, 2]), t('numeric', [8, 2]), 'postgresql')).toEqual({ kind: 'digits', integerDigits: 6, type: 'numeric(8,2)' });
    expect(misfitTest(t('text'), t('varchar', [20]), 'sqlite')).toBeUndefined();
  });

  it('MySQL UNSIGNED: the range, not the width, decides', () => {
    expect(misfitTest(t('integer'), t('integer', [], true), 'mysql')).toEqual({ kind: 'range', min: 0n, max: 4294967295n, type: 'integer unsigned' });
    // A wider unsigned type still refuses the negative values of a narrower signed one.
    expect(misfitTest(t('smallint'), t('integer', [], true), 'mysql')).toEqual({ kind: 'range', min: 0n, max: 4294967295n, type: 'integer unsigned' });
    expect(misfitTest(t('integer', [], true), t('bigint'), 'mysql')).toBeUndefined();
    expect(misfitTest(t('integer', [], true), t('numeric', [10, 0]), 'mysql')).toBeUndefined();
    expect(misfitTest(t('bigint', [], true), t('numeric', [19, 0]), 'mysql')).toEqual({ kind: 'digits', integerDigits: 19, type: 'numeric(19,0)' });
  });
});
