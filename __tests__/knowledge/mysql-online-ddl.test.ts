import type { Dialect } from '../../src/model/dialect.js';
import { combine, ONLINE_DDL, onlineDdl, refusedBy, seriesAtLeast, type DdlOperation, type OnlineDdl } from '../../src/knowledge/mysql-online-ddl.js';

/** copy · instant · meta (in place, data dictionary only) · build (index built in place) · rebuild; "/shared": no concurrent writes. */
function verdict(d: OnlineDdl): string {
  if (d.algorithm !== 'inplace') return d.algorithm;
  return `${d.rebuild ? 'rebuild' : d.slow ? 'build' : 'meta'}${d.dml ? '' : '/shared'}`;
}

const SERVERS: [Dialect, string][] = [
  ['mysql', '5.7'],
  ['mysql', '8.0.11'],
  ['mysql', '8.0.28'],
  ['mysql', '8.0.29'],
  ['mysql', '8.4'],
  ['mariadb', '10.2'],
  ['mariadb', '10.3'],
  ['mariadb', '10.11'],
];

/** One row per operation, a verdict per server above: the online DDL tables of the manuals. */
const EXPECTED: Record<DdlOperation, string> = {
  add_column: 'rebuild rebuild rebuild instant instant rebuild rebuild instant',
  add_column_last: 'rebuild rebuild instant instant instant rebuild instant instant',
  add_column_expression_default: 'copy copy copy copy copy copy copy copy',
  add_auto_increment_column: 'rebuild/shared rebuild/shared rebuild/shared rebuild/shared rebuild/shared rebuild/shared rebuild/shared rebuild/shared',
  drop_column: 'rebuild rebuild rebuild instant instant rebuild rebuild instant',
  rename_column: 'meta meta instant instant instant meta meta meta',
  reorder_columns: 'rebuild rebuild rebuild rebuild rebuild rebuild rebuild instant',
  set_default: 'meta meta instant instant instant meta meta meta',
  drop_default: 'meta meta instant instant instant meta meta meta',
  change_auto_increment: 'meta meta meta meta meta meta meta meta',
  change_column_type: 'copy copy copy copy copy copy copy copy',
  extend_varchar: 'meta meta meta meta meta meta meta meta',
  varchar_length_prefix: 'copy copy copy copy copy copy copy copy',
  make_null: 'rebuild rebuild rebuild rebuild rebuild rebuild rebuild rebuild',
  make_not_null: 'rebuild rebuild rebuild rebuild rebuild rebuild rebuild rebuild',
  enum_append: 'meta meta instant instant instant meta meta meta',
  enum_reorder: 'copy copy copy copy copy copy copy copy',
  add_stored_column: 'copy copy copy copy copy copy copy copy',
  add_virtual_column: 'meta meta instant instant instant meta meta meta',
  drop_stored_column: 'rebuild rebuild rebuild rebuild rebuild rebuild rebuild rebuild',
  drop_virtual_column: 'meta meta instant instant instant meta meta meta',
  add_index: 'build build build build build build build build',
  add_fulltext_index: 'build/shared build/shared build/shared build/shared build/shared build/shared build/shared build/shared',
  add_first_fulltext_index: 'rebuild/shared rebuild/shared rebuild/shared rebuild/shared rebuild/shared rebuild/shared rebuild/shared rebuild/shared',
  add_spatial_index: 'build/shared build/shared build/shared build/shared build/shared build/shared build/shared build/shared',
  drop_index: 'meta meta meta meta meta meta meta meta',
  rename_index: 'meta meta meta meta meta meta meta meta',
  add_primary_key: 'rebuild rebuild rebuild rebuild rebuild rebuild rebuild rebuild',
  drop_primary_key: 'copy copy copy copy copy copy copy copy',
  replace_primary_key: 'rebuild rebuild rebuild rebuild rebuild rebuild rebuild rebuild',
  add_foreign_key: 'copy copy copy copy copy copy copy copy',
  add_foreign_key_unchecked: 'meta meta meta meta meta meta meta meta',
  drop_foreign_key: 'meta meta meta meta meta meta meta meta',
  add_check: 'meta meta copy copy copy copy copy copy',
  drop_check: 'meta meta meta meta meta meta meta meta',
  row_format: 'rebuild rebuild rebuild rebuild rebuild rebuild rebuild rebuild',
  key_block_size: 'rebuild rebuild rebuild rebuild rebuild rebuild rebuild rebuild',
  table_metadata: 'meta meta meta meta meta meta meta meta',
  table_charset: 'meta meta meta meta meta meta meta meta',
  convert_charset: 'copy rebuild/shared rebuild/shared rebuild/shared rebuild/shared copy copy copy',
  null_rebuild: 'rebuild rebuild rebuild rebuild rebuild rebuild rebuild rebuild',
  null_rebuild_fulltext: 'copy copy copy copy copy copy copy copy',
  change_engine: 'copy copy copy copy copy copy copy copy',
  encryption: 'copy copy copy copy copy rebuild rebuild rebuild',
  rename_table: 'meta meta instant instant instant meta meta meta',
  partition_by: 'copy copy copy copy copy copy copy copy',
  remove_partitioning: 'copy copy copy copy copy copy copy copy',
};

describe('mysql-online-ddl table', () => {
  it('has an expected verdict for every row', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(ONLINE_DDL).sort());
  });

  describe.each(Object.keys(ONLINE_DDL) as DdlOperation[])('%s', (op) => {
    it(`runs as ${EXPECTED[op]} on ${SERVERS.map(([d, v]) => `${d} ${v}`).join(', ')}`, () => {
      expect(SERVERS.map(([dialect, version]) => verdict(onlineDdl(op, { dialect, version }))).join(' ')).toBe(EXPECTED[op]);
    });
  });

  it('copies everything but index builds before online DDL (MySQL 5.5, MariaDB 5.5)', () => {
    expect(verdict(onlineDdl('add_column', { dialect: 'mysql', version: '5.5' }))).toBe('copy');
    expect(verdict(onlineDdl('add_index', { dialect: 'mysql', version: '5.5' }))).toBe('build/shared');
    expect(verdict(onlineDdl('drop_column', { dialect: 'mariadb', version: '5.5' }))).toBe('copy');
    // VARCHAR widening in place came with 5.7; FORCE in place with 5.6.17.
    expect(verdict(onlineDdl('extend_varchar', { dialect: 'mysql', version: '5.6' }))).toBe('copy');
    expect(verdict(onlineDdl('null_rebuild', { dialect: 'mysql', version: '5.6.16' }))).toBe('copy');
  });

  it('reads a version without a patch level as the newest release of its series', () => {
    expect(seriesAtLeast('8.0', '8.0.29')).toBe(true);
    expect(seriesAtLeast('8', '8.0.29')).toBe(true);
    expect(seriesAtLeast('8.0.28', '8.0.29')).toBe(false);
    expect(seriesAtLeast('8.0', '8.4')).toBe(false);
    expect(seriesAtLeast('8.4', '8.0.29')).toBe(true);
    expect(seriesAtLeast('5.7', '8.0')).toBe(false);
    expect(seriesAtLeast('10.11', '10.4')).toBe(true);
    expect(seriesAtLeast('10.3.1', '10.3.2')).toBe(false);
    // So a bare 8.0 never misses the copy of an enforced CHECK (8.0.16+) and knows INSTANT ADD COLUMN.
    expect(verdict(onlineDdl('add_check', { dialect: 'mysql', version: '8.0' }))).toBe('copy');
    expect(verdict(onlineDdl('add_column', { dialect: 'mysql', version: '8.0' }))).toBe('instant');
  });

  it('gives the INPLACE fallback of an INSTANT operation when the statement names a LOCK or ALGORITHM=INPLACE', () => {
    const mysql84 = { dialect: 'mysql' as const, version: '8.4' };
    expect(verdict(onlineDdl('add_column', mysql84, true))).toBe('rebuild');
    expect(verdict(onlineDdl('set_default', mysql84, true))).toBe('meta');
    expect(verdict(onlineDdl('drop_primary_key', mysql84, true))).toBe('copy');
  });

  it('combines the actions of one statement into the costliest', () => {
    const t = { dialect: 'mysql' as const, version: '8.4' };
    expect(verdict(combine([onlineDdl('add_column', t), onlineDdl('add_index', t)]))).toBe('build');
    expect(verdict(combine([onlineDdl('add_column', t), onlineDdl('add_foreign_key', t)]))).toBe('copy');
    expect(verdict(combine([onlineDdl('add_index', t), onlineDdl('add_fulltext_index', t)]))).toBe('build/shared');
    expect(verdict(combine([onlineDdl('rename_column', t), onlineDdl('row_format', t)]))).toBe('rebuild');
    expect(verdict(combine([]))).toBe('meta');
  });

  it('knows which explicit ALGORITHM= the server refuses rather than runs', () => {
    const t = { dialect: 'mariadb' as const, version: '10.11' };
    expect(refusedBy('inplace', onlineDdl('drop_primary_key', t))).toBe(true);
    expect(refusedBy('inplace', onlineDdl('add_fulltext_index', t))).toBe(false);
    expect(refusedBy('nocopy', onlineDdl('add_primary_key', t))).toBe(true);
    expect(refusedBy('nocopy', onlineDdl('add_index', t))).toBe(false);
    expect(refusedBy('instant', onlineDdl('add_index', t))).toBe(true);
    expect(refusedBy('instant', onlineDdl('add_column', t))).toBe(false);
    expect(refusedBy('copy', onlineDdl('add_column', t))).toBe(false);
    expect(refusedBy(undefined, onlineDdl('drop_primary_key', t))).toBe(false);
  });
});
