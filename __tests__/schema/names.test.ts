import { emptySchema, type Schema } from '../../src/model/schema.js';
import { pgObjectName } from '../../src/schema/names.js';
import { applyOp } from '../../src/schema/replay.js';
import { check, col, fk, named, op, pk, q, unique } from '../helpers/ops.js';

/** Every expected name below was read back from PostgreSQL 15 after running the same DDL. */

const constraintNames = (s: Schema, t: string) => s.tables.get(t)!.constraints.map((c) => c.name);
const indexNames = (s: Schema, t: string) => s.tables.get(t)!.indexes.map((i) => i.name);

describe('PostgreSQL generated names', () => {
  it('truncates to 63 bytes by shortening the longer part first', () => {
    const a = 'a'.repeat(40);
    const b = 'b'.repeat(40);
    expect(pgObjectName(a, b, 'key')).toBe(`${'a'.repeat(29)}_${'b'.repeat(29)}_key`);
    expect(pgObjectName('c'.repeat(62), undefined, 'pkey')).toBe(`${'c'.repeat(58)}_pkey`);
  });

  it('never splits a multi-byte character', () => {
    const s = emptySchema('postgresql');
    const t = 'Ünïcødé_tåble_with_a_really_long_name_that_goes_on';
    applyOp(s, op('create_table', { table: q(t), columns: [col('çølümn_wïth_ä_löng_nåme_ållsø', 'integer', { constraints: [unique()] })] }));
    const name = constraintNames(s, t)[0];
    expect(name).toBe('Ünïcødé_tåble_with_a_rea_çølümn_wïth_ä_löng_nåm_key');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(63);
  });

  it('names checks after their single column, else after the table alone', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', {
      table: q('t'),
      columns: [col('c', 'integer'), col('d', 'integer'), col('price', 'integer', { constraints: [check('price > 0')] })],
      constraints: [check('c > d'), check('c > 0')],
    }));
    applyOp(s, op('add_constraint', { table: q('t'), constraint: check('(c > 1) AND lower(\'d\') = \'d\'') }));
    expect(constraintNames(s, 't')).toEqual(['t_price_check', 't_check', 't_c_check', 't_c_check1']);
  });

  it('avoids names taken in the schema: indexes clash with relations, constraints with constraints', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', { table: q('t_x_fkey'), columns: [col('id', 'integer', { constraints: [pk()] })] }));
    applyOp(s, op('create_table', { table: q('t_pkey'), columns: [col('id', 'integer')] }));
    applyOp(s, op('create_table', {
      table: q('t'),
      columns: [col('x', 'integer', { constraints: [fk([], q('t_x_fkey'))] }), col('y', 'integer', { constraints: [check('y > 0')] }), col('id', 'integer', { constraints: [pk()] })],
    }));
    applyOp(s, op('create_index', { name: 't_y_check', table: q('t'), elems: [{ column: 'y' }] }));
    applyOp(s, op('add_constraint', { table: q('t'), constraint: check('y > 1') }));
    applyOp(s, op('create_table', { table: q('u'), columns: [col('x', 'integer', { constraints: [named('t_x_fkey1', check('x > 0'))] })] }));
    applyOp(s, op('add_constraint', { table: q('t'), constraint: fk(['x'], q('t_x_fkey')) }));
    applyOp(s, op('create_table', { table: q('t', 's2'), columns: [col('x', 'integer', { constraints: [fk([], q('t_x_fkey'))] }), col('id', 'integer', { constraints: [pk()] })] }));
    expect(constraintNames(s, 't')).toEqual(['t_x_fkey', 't_y_check', 't_pkey1', 't_y_check1', 't_x_fkey2']);
    expect(constraintNames(s, 's2.t')).toEqual(['t_x_fkey', 't_pkey']);
  });

  it('names indexes after columns, function names or expr, with include columns and numbered clashes', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', { table: q('p'), columns: [col('id', 'integer', { constraints: [pk()] }), col('e', 'text')] }));
    applyOp(s, op('create_index', { table: q('p'), elems: [{ expr: 'lower(e)' }] }));
    applyOp(s, op('create_index', { table: q('p'), elems: [{ expr: 'lower(e)' }, { expr: 'upper(e)' }] }));
    applyOp(s, op('create_index', { table: q('p'), elems: [{ expr: '(id + 1)' }] }));
    applyOp(s, op('create_index', { table: q('p'), elems: [{ column: 'e' }], include: ['id'] }));
    applyOp(s, op('create_index', { table: q('p'), elems: [{ column: 'e' }] }));
    applyOp(s, op('create_table', { table: q('p_e_idx2'), columns: [col('x', 'integer')] }));
    applyOp(s, op('create_index', { table: q('p'), elems: [{ column: 'e' }] }));
    applyOp(s, op('add_constraint', { table: q('p'), constraint: named('p_e_key', unique('id')) }));
    applyOp(s, op('add_constraint', { table: q('p'), constraint: unique('e') }));
    expect(indexNames(s, 'p')).toEqual(['p_pkey', 'p_lower_idx', 'p_lower_upper_idx', 'p_expr_idx', 'p_e_id_idx', 'p_e_idx', 'p_e_idx1', 'p_e_key', 'p_e_key1']);
  });

  it('joins long column lists up to 64 bytes before truncating, and numbers repeated columns', () => {
    const s = emptySchema('postgresql');
    const a = 'a'.repeat(62);
    const b = 'b'.repeat(48);
    applyOp(s, op('create_table', { table: q('ddd'), columns: [col(a, 'integer'), col(b, 'integer'), col('cc', 'integer')] }));
    applyOp(s, op('create_index', { table: q('ddd'), elems: [{ column: a }, { column: b }, { column: 'cc' }] }));
    applyOp(s, op('create_index', { table: q('ddd'), elems: [{ column: 'cc' }, { column: 'cc' }] }));
    expect(indexNames(s, 'ddd')).toEqual([`ddd_${'a'.repeat(55)}_idx`, 'ddd_cc_cc1_idx']);
  });

  it('names exclusion constraints <table>_<cols>_excl', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', {
      table: q('ex'),
      columns: [col('r', 'integer'), col('s', 'integer')],
      constraints: [
        { kind: 'exclude', columns: ['r'], expr: 'USING btree (r WITH =)' },
        { kind: 'exclude', columns: ['s', 'r'], expr: '(s WITH =, r WITH =)' },
      ],
    }));
    expect(constraintNames(s, 'ex')).toEqual(['ex_r_excl', 'ex_s_r_excl']);
    expect(s.tables.get('ex')!.indexes.map((i) => [i.name, i.method, i.unique])).toEqual([
      ['ex_r_excl', 'btree', false],
      ['ex_s_r_excl', 'gist', false],
    ]);
  });
});

describe('SQLite synthetic names', () => {
  it('numbers autoindexes in creation order, column constraints first', () => {
    const s = emptySchema('sqlite');
    applyOp(s, op('create_table', { table: q('tags'), columns: [col('a', 'text'), col('c', 'int', { constraints: [unique()] }), col('b', 'text')], constraints: [pk('a', 'b')] }));
    expect(indexNames(s, 'tags')).toEqual(['sqlite_autoindex_tags_1', 'sqlite_autoindex_tags_2']);
    expect(constraintNames(s, 'tags')).toEqual(['tags_c_key', 'tags_pkey']);
  });
});
