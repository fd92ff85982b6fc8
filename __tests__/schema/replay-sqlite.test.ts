import type { Schema, Table } from '../../src/model/schema.js';
import { replay } from '../../src/schema/replay.js';
import { col, fk, op, pk, q, ty, unique } from '../helpers/ops.js';

function table(s: Schema, key: string): Table {
  const t = s.tables.get(key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
}

const lite = (name: string) => ty(name, [], 'sqlite');

describe('replay (SQLite): a realistic history', () => {
  const history = [
    op('create_table', {
      table: q('users'),
      columns: [
        col('id', lite('INTEGER'), { identity: 'auto', constraints: [pk()] }),
        col('email', lite('TEXT'), { nullable: false, constraints: [unique()] }),
      ],
    }),
    op('create_table', {
      table: q('posts'),
      columns: [col('id', lite('INT'), { constraints: [pk()] }), col('user_id', lite('INTEGER'), { constraints: [fk([], q('users'))] }), col('title', lite('TEXT'))],
    }),
    op('create_index', { name: 'posts_user_id_idx', table: q('posts'), elems: [{ column: 'user_id' }] }),
    op('add_column', { table: q('posts'), column: col('body', lite('TEXT')) }),
    op('rename_column', { table: q('posts'), column: 'title', newName: 'headline' }),
    op('drop_index', { name: q('POSTS_USER_ID_IDX') }),
    op('rename_table', { table: q('posts'), newName: q('articles') }),
    op('drop_column', { table: q('articles'), column: 'body' }),
    op('create_table', { table: q('tags'), columns: [col('a', lite('TEXT')), col('b', lite('TEXT'))], constraints: [pk('a', 'b')] }),
    op('drop_table', { table: q('Tags') }),
  ];
  const { schema, issues } = replay(history, undefined, 'sqlite');

  it('applies every step without issues', () => {
    expect(issues).toEqual([]);
    expect([...schema.tables.keys()]).toEqual(['users', 'articles']);
  });

  it('an INTEGER PRIMARY KEY is the rowid: no separate index; other keys get sqlite_autoindex_<table>_N', () => {
    const users = table(schema, 'users');
    expect(users.constraints).toEqual([
      { kind: 'primary', name: 'users_pkey', columns: ['id'] },
      { kind: 'unique', name: 'users_email_key', columns: ['email'] },
    ]);
    expect(users.indexes).toEqual([{ name: 'sqlite_autoindex_users_1', elems: [{ column: 'email' }], unique: true, constraint: 'users_email_key' }]);
    expect(users.columns[0]).toMatchObject({ identity: 'auto', nullable: false });
  });

  it('an INT primary key is not the rowid, so it has an index and stays nullable as SQLite allows', () => {
    const articles = table(schema, 'articles');
    // regression_karakeep: SQLite renames a key's autoindex with its table (posts → articles).
    expect(articles.indexes.map((i) => i.name)).toEqual(['sqlite_autoindex_articles_1']);
    expect(articles.columns.map((c) => [c.name, c.nullable])).toEqual([
      ['id', true],
      ['user_id', true],
      ['headline', true],
    ]);
    expect(articles.constraints.map((c) => c.name)).toEqual(['posts_pkey', 'posts_user_id_fkey']);
    expect(articles.constraints[1].references).toEqual({ table: { name: 'users' }, columns: ['id'] });
  });
});
