import { dialectFromContent } from '../../src/formats/dialect-hints.js';

describe('dialectFromContent', () => {
  it.each([
    ['postgresql', 'create table t (id bigserial, d TimestampTz, j jsonb);'],
    ['postgresql', 'select x::text;'],
    ['postgresql', 'create function f() returns int as $body$ select 1 $body$ language PlPgSql;'],
    ['postgresql', 'Create  Extension pgcrypto; create index concurrently i on t (a);'],
    ['mysql', 'create table `t` (id int unsigned auto_increment) Engine = InnoDB default charset utf8mb4;'],
    ['sqlite', 'create table t (id integer primary key autoincrement) without   rowid; pragma foreign_keys = on;'],
  ])('reads %s hints written in any case: %s', (dialect, sql) => {
    expect(dialectFromContent([sql])).toBe(dialect);
  });

  it('reads no hint in comments or strings, and none where the words only look alike', () => {
    expect(dialectFromContent(["-- bigserial jsonb\n/* AUTO_INCREMENT */ select 'PRAGMA'"])).toBeUndefined();
    expect(dialectFromContent(['create table serials (engine_id int, rowid int, jsonbx text);'])).toBeUndefined();
  });

  it('counts each hint once per file, and gives no dialect on a tie', () => {
    expect(dialectFromContent(['a jsonb, b jsonb, c jsonb', 'x int unsigned'])).toBeUndefined();
    expect(dialectFromContent(['a jsonb', 'b timestamptz', 'x int unsigned'])).toBe('postgresql');
  });
});
