import { compareVersions } from '../src/model/dialect.js';
import { makeType, typeToSql } from '../src/model/sql-type.js';

describe('model', () => {
  it('compares versions numerically', () => {
    expect(compareVersions('8.0.29', '8.0.3')).toBe(1);
    expect(compareVersions('11', '11.0')).toBe(0);
    expect(compareVersions('9.6', '10')).toBe(-1);
  });
  it('normalizes type aliases', () => {
    expect(typeToSql(makeType('postgresql', 'int4'))).toBe('integer');
    expect(typeToSql(makeType('postgresql', 'character  varying', [20]))).toBe('varchar(20)');
    expect(typeToSql(makeType('postgresql', 'float', [53]))).toBe('double precision');
    expect(typeToSql(makeType('postgresql', 'timestamp with time zone'))).toBe('timestamptz');
  });
});
