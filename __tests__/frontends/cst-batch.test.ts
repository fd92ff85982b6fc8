import { mapCstStatements, type CstResult } from '../../src/frontends/sql/cst-batch.js';
import { mapCstStatement } from '../../src/frontends/sql/cst-map.js';
import { loadCstParser } from '../../src/frontends/sql/cst-parser.js';
import { CstUnsupported } from '../../src/frontends/sql/cst-util.js';

// sql-parser-cst is loaded on first need (it is a chunk of its own in the bundle).
beforeAll(() => loadCstParser());

/** What parsing each statement on its own gives: the reference the batches must match. */
function oneByOne(texts: string[], dialect: 'postgresql' | 'sqlite'): ('ok' | 'error')[] {
  return texts.map((t) => {
    try {
      mapCstStatement(t, dialect);
      return 'ok';
    } catch {
      return 'error';
    }
  });
}

const shape = (r: CstResult[]) => r.map((x) => ('ops' in x ? 'ok' : 'error'));

describe('mapCstStatements', () => {
  it('gives each statement exactly what parsing it alone gives, around bad statements', () => {
    const texts = [
      'CREATE TABLE a (id int PRIMARY KEY)',
      'ALTER TABLE a FROBNICATE',
      "COMMENT ON TABLE a IS 'x;y'",
      'SELECT substring(x FROM 2)',
      'CREATE INDEX i ON a (id)',
      'ALTER TABLE a ADD CONSTRAINT c NOT NULL',
      'DROP TABLE a',
    ];
    const got = mapCstStatements(texts, 'postgresql');
    expect(shape(got)).toEqual(oneByOne(texts, 'postgresql'));
    texts.forEach((t, k) => {
      const r = got[k];
      if ('ops' in r) expect(r.ops).toEqual(mapCstStatement(t, 'postgresql'));
    });
    expect('error' in got[5] && got[5].error).toBeInstanceOf(CstUnsupported);
  });

  it('reads ranges against the right statement in a long batch', () => {
    const texts = Array.from({ length: 130 }, (_, i) => (i % 17 === 5 ? `ALTER TABLE t${i} FROBNICATE` : `ALTER TABLE t${i} ALTER COLUMN c${i} SET DEFAULT 'v${i}'`));
    const got = mapCstStatements(texts, 'postgresql');
    got.forEach((r, i) => {
      if (i % 17 === 5) expect('error' in r).toBe(true);
      else expect(r).toEqual({ ops: [{ kind: 'set_default', table: { name: `t${i}` }, column: `c${i}`, default: { text: `'v${i}'`, volatile: false } }] });
    });
  });

  it('sends statements the grammar lacks straight to the fallback', () => {
    const got = mapCstStatements(['VACUUM FULL t', 'CREATE STATISTICS s ON a, b FROM t', 'SELECT 1'], 'postgresql');
    expect(shape(got)).toEqual(['error', 'error', 'ok']);
    expect('error' in got[0] && got[0].error).toBeInstanceOf(CstUnsupported);
  });

  it('batches SQLite statements, trigger bodies included', () => {
    const texts = ['CREATE TABLE a (x)', 'CREATE TRIGGER tr AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE FROM a; END', 'ALTER TABLE a FROBNICATE b', 'DROP TABLE a'];
    const got = mapCstStatements(texts, 'sqlite');
    expect(shape(got)).toEqual(['ok', 'ok', 'error', 'ok']);
    expect(got[1]).toEqual({ ops: [{ kind: 'other', description: 'CREATE TRIGGER' }] });
  });
});
