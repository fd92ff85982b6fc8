import { createdSchemas, positionInFile, hasTemplate } from '../../src/verify/units.js';
import { blockingSkip, environmental, namesIn } from '../../src/verify/skipped.js';

const stmt = { file: 'm.sql', line: 10, endLine: 12, column: 3, text: 'ALTER TABLE t\n  ADD COLUMN x int\n  DEFAULT f()', index: 0, inTransaction: true };

describe('verify helpers', () => {
  it('maps an engine position in the statement to the file', () => {
    expect(positionInFile(stmt, 1)).toEqual({ line: 10, column: 3 });
    expect(positionInFile(stmt, 7)).toEqual({ line: 10, column: 9 });
    expect(positionInFile(stmt, 17)).toEqual({ line: 11, column: 3 });
    expect(positionInFile(stmt, stmt.text.indexOf('f()') + 1)).toEqual({ line: 12, column: 11 });
  });

  it('finds the skipped statement a failure comes from, by the names the error gives', () => {
    expect(namesIn('function st_makepoint(integer, integer) does not exist')).toContain('st_makepoint');
    expect(namesIn('no such table: main.geo')).toEqual(expect.arrayContaining(['main.geo', 'geo']));
    const skipped = [{ where: 'a.sql:1', text: 'CREATE TABLE places (id int, location geometry)', error: 'type "geometry" does not exist' }];
    expect(blockingSkip({ message: 'relation "places" does not exist' }, skipped)).toBe(skipped[0]);
    expect(blockingSkip({ message: 'relation "placesx" does not exist' }, skipped)).toBeUndefined();
  });

  it('tells failures of the environment from failures of the migration', () => {
    expect(environmental({ message: 'role "app" does not exist', code: '42704' })).toBe(true);
    expect(environmental({ message: 'schema "auth" does not exist', code: '3F000' })).toBe(true);
    expect(environmental({ message: 'extension "postgis" is not available', code: '0A000' })).toBe(true);
    expect(environmental({ message: 'cannot alter type of a column used by a view or rule', code: '0A000' })).toBe(false);
    expect(environmental({ message: 'column "age" cannot be cast automatically to type integer', code: '42804' })).toBe(false);
  });

  it('leaves template placeholders to the tool', () => {
    expect(hasTemplate('CREATE TABLE ${schema}.t (id int)')).toBe(true);
    expect(hasTemplate('CREATE TABLE {{ .Schema }}.t (id int)')).toBe(true);
    expect(hasTemplate("SELECT 'a:b', x::int FROM t")).toBe(false);
    expect(hasTemplate('\\connect shop')).toBe(true);
    expect([...createdSchemas(['CREATE SCHEMA IF NOT EXISTS billing;', 'create schema "Audit"'])]).toEqual(expect.arrayContaining(['billing', 'Audit', 'public']));
  });
});
