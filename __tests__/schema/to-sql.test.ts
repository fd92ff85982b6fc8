import type { Column, Index } from '../../src/model/schema.js';
import { replay } from '../../src/schema/replay.js';
import { addConstraintSql, columnDefSql, constraintSql, createIndexSql, createTableSql, dropConstraintSql, dropIndexSql, tableDdl } from '../../src/schema/to-sql.js';
import { check, col, fk, named, op, pk, q, ty, unique } from '../helpers/ops.js';

const column = (name: string, type: ReturnType<typeof ty>, extra: Partial<Column> = {}): Column => ({ name, type, nullable: true, ...extra });

describe('columnDefSql', () => {
  it("writes MySQL's FLOAT as FLOAT, with FLOAT(M,D)'s modifiers (MySQL's REAL would be DOUBLE)", () => {
    expect(columnDefSql(column('r', ty('float', [7, 2], 'mysql')), 'mysql')).toMatch(/^`?r`? float\(7, ?2\)$/);
    expect(columnDefSql(column('r', ty('float', [], 'mariadb')), 'mariadb')).toMatch(/^`?r`? float$/);
    expect(columnDefSql(column('r', ty('float', [30], 'mysql')), 'mysql')).toMatch(/^`?r`? double precision$/);
    expect(columnDefSql(column('r', ty('real')), 'postgresql')).toBe('r real');
  });

  it('writes PostgreSQL columns the way pg_dump orders them, quoting only when needed', () => {
    expect(columnDefSql(column('email', ty('varchar', [255]), { nullable: false, default: { text: "''", volatile: false } }), 'postgresql')).toBe("email varchar(255) DEFAULT '' NOT NULL");
    expect(columnDefSql(column('id', ty('bigint'), { nullable: false, identity: 'always' }), 'postgresql')).toBe('id bigint GENERATED ALWAYS AS IDENTITY');
    expect(columnDefSql(column('id', ty('bigserial'), { nullable: false, serial: true }), 'postgresql')).toBe('id bigserial');
    expect(columnDefSql(column('user', ty('text'), { collation: 'C' }), 'postgresql')).toBe('"user" text COLLATE "C"');
    expect(columnDefSql(column('total', ty('numeric', [10, 2]), { generated: { expr: 'price * qty', stored: true } }), 'postgresql')).toBe('total numeric(10, 2) GENERATED ALWAYS AS (price * qty) STORED');
    expect(columnDefSql(column('tags', ty('text', [], 'postgresql', { array: 1 })), 'postgresql')).toBe('tags text[]');
    expect(columnDefSql(column('m', { name: 'app.Mood', args: [], array: 0, raw: 'app."Mood"' }), 'postgresql')).toBe('m app."Mood"');
  });

  it('writes MySQL columns the way SHOW CREATE TABLE orders them', () => {
    expect(columnDefSql(column('id', ty('int', [], 'mysql', { unsigned: true }), { nullable: false, identity: 'auto' }), 'mysql')).toBe('id integer unsigned NOT NULL AUTO_INCREMENT');
    expect(columnDefSql(column('state', ty('enum', [], 'mysql', { values: ['on', "it's off"] }), { nullable: false, default: { text: "'on'", volatile: false } }), 'mysql')).toBe(
      "state enum('on', 'it''s off') NOT NULL DEFAULT 'on'",
    );
    expect(columnDefSql(column('key', ty('varchar', [20], 'mysql'), { collation: 'utf8mb4_bin' }), 'mysql')).toBe('`key` varchar(20) COLLATE utf8mb4_bin');
  });

  it('writes SQLite columns, with AUTOINCREMENT only on an inline primary key', () => {
    expect(columnDefSql(column('id', ty('INTEGER', [], 'sqlite'), { nullable: false, identity: 'auto' }), 'sqlite', { inlinePrimaryKey: true })).toBe('id integer PRIMARY KEY AUTOINCREMENT');
    expect(columnDefSql(column('n', ty('TEXT', [], 'sqlite'), { nullable: false, default: { text: "'x'", volatile: false } }), 'sqlite')).toBe("n text NOT NULL DEFAULT 'x'");
  });
});

describe('constraints', () => {
  const orders = q('orders');
  it('writes each kind', () => {
    expect(constraintSql(named('orders_pkey', pk('id')), 'postgresql')).toBe('CONSTRAINT orders_pkey PRIMARY KEY (id)');
    expect(constraintSql(named('orders_user_id_fkey', fk(['user_id'], q('users', 'app'), ['id'], { onDelete: 'set null', deferrable: true })), 'postgresql')).toBe(
      'CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users (id) ON DELETE SET NULL DEFERRABLE',
    );
    expect(constraintSql(named('c', check('total >= 0')), 'postgresql')).toBe('CONSTRAINT c CHECK (total >= 0)');
    expect(constraintSql(named('c', check('(total >= 0)')), 'postgresql')).toBe('CONSTRAINT c CHECK (total >= 0)');
    expect(constraintSql({ kind: 'exclude', name: 'no_overlap', columns: ['room'], expr: 'USING gist (room WITH =, during WITH &&)' }, 'postgresql')).toBe(
      'CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)',
    );
    expect(constraintSql(named('PRIMARY', pk('id')), 'mysql')).toBe('PRIMARY KEY (id)');
    expect(constraintSql(named('email', unique('email')), 'mysql')).toBe('UNIQUE KEY email (email)');
  });

  it('leaves out the names SQLite never had', () => {
    expect(constraintSql(named('orders_pkey', pk('id')), 'sqlite', orders)).toBe('PRIMARY KEY (id)');
    expect(constraintSql(named('orders_user_id_fkey', fk(['user_id'], q('users'), ['id'])), 'sqlite', orders)).toBe('FOREIGN KEY (user_id) REFERENCES users (id)');
    expect(constraintSql(named('chk_positive', check('id > 0')), 'sqlite', orders)).toBe('CONSTRAINT chk_positive CHECK (id > 0)');
  });

  it('adds and drops per dialect', () => {
    const fkey = named('orders_user_id_fkey', { ...fk(['user_id'], q('users'), ['id']), notValid: true });
    expect(addConstraintSql(orders, fkey, 'postgresql')).toBe('ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID');
    expect(addConstraintSql(orders, named('PRIMARY', pk('id')), 'mysql')).toBe('ALTER TABLE orders ADD PRIMARY KEY (id)');
    expect(addConstraintSql(orders, named('orders_pkey', pk('id')), 'sqlite')).toBe('-- SQLite cannot add a constraint to an existing table: rebuild orders with PRIMARY KEY (id)');
    expect(dropConstraintSql(orders, fkey, 'postgresql')).toBe('ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey');
    expect(dropConstraintSql(orders, named('PRIMARY', pk('id')), 'mysql')).toBe('ALTER TABLE orders DROP PRIMARY KEY');
    expect(dropConstraintSql(orders, fkey, 'mysql')).toBe('ALTER TABLE orders DROP FOREIGN KEY orders_user_id_fkey');
    expect(dropConstraintSql(orders, named('email', unique('email')), 'mysql')).toBe('ALTER TABLE orders DROP INDEX email');
    expect(dropConstraintSql(orders, named('c1', check('a > 0')), 'mysql')).toBe('ALTER TABLE orders DROP CHECK c1');
    expect(dropConstraintSql(orders, named('c1', check('a > 0')), 'mariadb')).toBe('ALTER TABLE orders DROP CONSTRAINT c1');
  });
});

describe('indexes', () => {
  const idx: Index = { name: 'orders_lower_idx', elems: [{ expr: 'lower(ref)' }, { column: 'created_at', desc: true }, { expr: 'a + b' }], unique: true, where: 'deleted_at IS NULL', include: ['id'] };
  it('creates per dialect', () => {
    expect(createIndexSql(q('orders', 'app'), idx, 'postgresql', { concurrently: true })).toBe(
      'CREATE UNIQUE INDEX CONCURRENTLY orders_lower_idx ON app.orders (lower(ref), created_at DESC, (a + b)) INCLUDE (id) WHERE deleted_at IS NULL',
    );
    expect(createIndexSql(q('docs'), { name: 'docs_body_idx', elems: [{ column: 'body' }], unique: false, method: 'gin' }, 'postgresql')).toBe('CREATE INDEX docs_body_idx ON docs USING gin (body)');
    expect(createIndexSql(q('orders'), { ...idx, include: undefined, where: undefined }, 'mysql')).toBe('CREATE UNIQUE INDEX orders_lower_idx ON orders ((lower(ref)), created_at DESC, (a + b))');
    expect(createIndexSql(q('docs'), { name: 'ft', elems: [{ column: 'body' }], unique: false, method: 'FULLTEXT' }, 'mysql')).toBe('CREATE FULLTEXT INDEX ft ON docs (body)');
  });

  it('drops per dialect', () => {
    expect(dropIndexSql(q('orders', 'app'), 'orders_lower_idx', 'postgresql', { concurrently: true })).toBe('DROP INDEX CONCURRENTLY app.orders_lower_idx');
    expect(dropIndexSql(q('orders'), 'orders_lower_idx', 'postgresql')).toBe('DROP INDEX orders_lower_idx');
    expect(dropIndexSql(q('orders'), 'ref', 'mysql')).toBe('DROP INDEX ref ON orders');
    expect(dropIndexSql(q('orders'), 'ref', 'sqlite')).toBe('DROP INDEX ref');
  });
});

describe('createTableSql', () => {
  it('PostgreSQL: columns, then named constraints; indexes follow as statements', () => {
    const s = replay(
      [
        op('create_table', { table: q('users'), columns: [col('id', 'integer', { constraints: [pk()] })] }),
        op('create_table', {
          table: q('orders'),
          columns: [
            col('id', 'bigint', { identity: 'by default', constraints: [pk()] }),
            col('user_id', 'integer', { nullable: false, constraints: [fk([], q('users'), [], { onDelete: 'cascade' })] }),
            col('ref', ty('varchar', [20]), { constraints: [unique()] }),
          ],
          constraints: [check('id > 0')],
        }),
        op('create_index', { table: q('orders'), elems: [{ column: 'user_id' }] }),
      ],
      undefined,
      'postgresql',
    ).schema;
    expect(tableDdl(s.tables.get('orders')!, 'postgresql')).toEqual([
      [
        'CREATE TABLE orders (',
        '  id bigint GENERATED BY DEFAULT AS IDENTITY,',
        '  user_id integer NOT NULL,',
        '  ref varchar(20),',
        '  CONSTRAINT orders_pkey PRIMARY KEY (id),',
        '  CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,',
        '  CONSTRAINT orders_ref_key UNIQUE (ref),',
        '  CONSTRAINT orders_id_check CHECK (id > 0)',
        ')',
      ].join('\n'),
      'CREATE INDEX orders_user_id_idx ON orders (user_id)',
    ]);
    expect(createTableSql(s.tables.get('orders')!, 'postgresql', { foreignKeys: false })).not.toContain('FOREIGN KEY');
  });

  it('MySQL: keys inline, including the index InnoDB made for a foreign key', () => {
    const my = (n: string, a: number[] = []) => ty(n, a, 'mysql');
    const s = replay(
      [
        op('create_table', { table: q('users'), columns: [col('id', my('int'), { identity: 'auto', constraints: [pk()] })] }),
        op('create_table', {
          table: q('orders'),
          columns: [col('id', my('int'), { constraints: [pk()] }), col('user_id', my('int')), col('ref', my('varchar', [20]))],
          constraints: [fk(['user_id'], q('users'), ['id']), unique('ref')],
        }),
      ],
      undefined,
      'mysql',
    ).schema;
    expect(tableDdl(s.tables.get('orders')!, 'mysql')).toEqual([
      [
        'CREATE TABLE orders (',
        '  id integer NOT NULL,',
        '  user_id integer,',
        '  ref varchar(20),',
        '  PRIMARY KEY (id),',
        '  CONSTRAINT orders_ibfk_1 FOREIGN KEY (user_id) REFERENCES users (id),',
        '  UNIQUE KEY ref (ref),',
        '  KEY user_id (user_id)',
        ')',
      ].join('\n'),
    ]);
  });

  it('SQLite: AUTOINCREMENT stays on the column, synthetic names are dropped, indexes follow', () => {
    const lite = (n: string) => ty(n, [], 'sqlite');
    const s = replay(
      [
        op('create_table', {
          table: q('users'),
          columns: [col('id', lite('INTEGER'), { identity: 'auto', constraints: [pk()] }), col('email', lite('TEXT'), { nullable: false, constraints: [unique()] })],
        }),
        op('create_index', { name: 'users_email_lower', table: q('users'), elems: [{ expr: 'lower(email)' }] }),
      ],
      undefined,
      'sqlite',
    ).schema;
    expect(tableDdl(s.tables.get('users')!, 'sqlite')).toEqual([
      'CREATE TABLE users (\n  id integer PRIMARY KEY AUTOINCREMENT,\n  email text NOT NULL,\n  UNIQUE (email)\n)',
      'CREATE INDEX users_email_lower ON users (lower(email))',
    ]);
  });
});
