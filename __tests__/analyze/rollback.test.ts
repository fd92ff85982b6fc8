import { inverseOf, rollbackScript } from '../../src/analyze/rollback.js';
import type { LocatedOp } from '../../src/model/operation.js';
import type { Schema } from '../../src/model/schema.js';
import { cloneSchema } from '../../src/schema/clone.js';
import { applyOp, replay } from '../../src/schema/replay.js';
import { check, col, fk, named, op, pk, q, ty, unique } from '../helpers/ops.js';

/** Base PostgreSQL schema the operations below are undone against. */
function pgBase(): Schema {
  return replay(
    [
      op('create_enum', { name: q('mood'), values: ['ok', 'meh'] }),
      op('create_table', {
        table: q('users'),
        columns: [
          col('id', 'bigint', { identity: 'always', constraints: [pk()] }),
          col('email', ty('varchar', [255]), { nullable: false, constraints: [unique()] }),
          col('nickname', 'text', { default: { text: "'anon'", volatile: false } }),
          col('code', ty('varchar', [20]), { nullable: false }),
          col('mood', 'mood'),
        ],
        constraints: [check("code <> ''")],
      }),
      op('create_index', { table: q('users'), elems: [{ column: 'code' }, { column: 'nickname' }] }),
      op('create_index', { name: 'users_lower_code', table: q('users'), elems: [{ expr: 'lower(code)' }], where: 'code IS NOT NULL' }),
      op('create_table', {
        table: q('orders'),
        columns: [col('id', 'serial', { serial: true, constraints: [pk()] }), col('user_code', ty('varchar', [20])), col('user_id', 'bigint', { constraints: [fk([], q('users'), [], { onDelete: 'cascade' })] })],
      }),
      op('add_constraint', { table: q('users'), constraint: named('users_code_key', unique('code')) }),
      op('add_constraint', { table: q('orders'), constraint: { ...fk(['user_code'], q('users'), ['code']), notValid: true } }),
      op('create_schema', { name: 'audit' }),
      op('create_table', { table: q('log', 'audit'), columns: [col('id', 'integer', { constraints: [pk()] }), col('user_id', 'bigint', { constraints: [fk([], q('users'))] })] }),
      op('create_view', { name: q('active_users') }),
    ],
    undefined,
    'postgresql',
  ).schema;
}

function inv(o: LocatedOp, before: Schema = pgBase()) {
  return inverseOf(o, before);
}

describe('rollback SQL (PostgreSQL), one operation kind at a time', () => {
  it('create_table → DROP TABLE', () => {
    expect(inv(op('create_table', { table: q('tags', 'app'), columns: [col('id', 'integer')] }))).toEqual({ sql: 'DROP TABLE app.tags;', lossy: false });
    expect(inv(op('create_table', { table: q('users'), columns: [], ifNotExists: true })).sql).toBe('-- users already existed: nothing to undo');
  });

  it('drop_table → full CREATE TABLE with indexes, FKs, and the FKs that CASCADE removed elsewhere', () => {
    expect(inv(op('drop_table', { table: q('users'), cascade: true }))).toEqual({
      sql: [
        '-- data in users cannot be restored by this script; restore from backup',
        'CREATE TABLE users (',
        '  id bigint GENERATED ALWAYS AS IDENTITY,',
        "  email varchar(255) NOT NULL,",
        "  nickname text DEFAULT 'anon',",
        '  code varchar(20) NOT NULL,',
        '  mood mood,',
        '  CONSTRAINT users_pkey PRIMARY KEY (id),',
        '  CONSTRAINT users_email_key UNIQUE (email),',
        "  CONSTRAINT users_code_check CHECK (code <> ''),",
        '  CONSTRAINT users_code_key UNIQUE (code)',
        ');',
        'CREATE INDEX users_code_nickname_idx ON users (code, nickname);',
        'CREATE INDEX users_lower_code ON users (lower(code)) WHERE code IS NOT NULL;',
        'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;',
        'ALTER TABLE orders ADD CONSTRAINT orders_user_code_fkey FOREIGN KEY (user_code) REFERENCES users (code) NOT VALID;',
        'ALTER TABLE audit.log ADD CONSTRAINT log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
      ].join('\n'),
      lossy: true,
      note: 'data in users cannot be restored by this script; restore from backup',
    });
  });

  it('drop_table of a table the history never created says it cannot restore it', () => {
    expect(inv(op('drop_table', { table: q('ghost'), ifExists: true }))).toEqual({
      sql: '-- cannot restore table ghost: its definition is unknown to the replayed migrations; restore it from backup',
      lossy: true,
      note: 'cannot restore table ghost: its definition is unknown to the replayed migrations; restore it from backup',
    });
  });

  it('rename_table → rename back', () => {
    expect(inv(op('rename_table', { table: q('users'), newName: q('accounts') })).sql).toBe('ALTER TABLE accounts RENAME TO users;');
  });

  it('add_column → DROP COLUMN', () => {
    expect(inv(op('add_column', { table: q('users'), column: col('age', 'integer') }))).toEqual({ sql: 'ALTER TABLE users DROP COLUMN age;', lossy: false });
    expect(inv(op('add_column', { table: q('users'), column: col('code', 'text'), ifNotExists: true })).sql).toBe('-- users.code already existed: nothing to undo');
  });

  it('drop_column → ADD COLUMN with full definition, then its indexes and constraints, and FKs elsewhere', () => {
    expect(inv(op('drop_column', { table: q('users'), column: 'code', cascade: true }))).toEqual({
      sql: [
        '-- data in users.code cannot be restored by this script; restore from backup',
        'ALTER TABLE users ADD COLUMN code varchar(20);',
        '-- code was NOT NULL: backfill it, then run ALTER TABLE users ALTER COLUMN code SET NOT NULL;',
        'ALTER TABLE users ADD CONSTRAINT users_code_key UNIQUE (code);',
        'CREATE INDEX users_code_nickname_idx ON users (code, nickname);',
        'CREATE INDEX users_lower_code ON users (lower(code)) WHERE code IS NOT NULL;',
        'ALTER TABLE orders ADD CONSTRAINT orders_user_code_fkey FOREIGN KEY (user_code) REFERENCES users (code) NOT VALID;',
        "ALTER TABLE users ADD CONSTRAINT users_code_check CHECK (code <> '');",
      ].join('\n'),
      lossy: true,
      note: 'data in users.code cannot be restored by this script; restore from backup',
    });
  });

  it('drop_column of a column with a default keeps NOT NULL and the default', () => {
    const s = pgBase();
    applyOp(s, op('set_not_null', { table: q('users'), column: 'nickname' }));
    expect(inv(op('drop_column', { table: q('users'), column: 'nickname' }), s).sql).toBe(
      [
        '-- data in users.nickname cannot be restored by this script; restore from backup',
        "ALTER TABLE users ADD COLUMN nickname text DEFAULT 'anon' NOT NULL;",
        'CREATE INDEX users_code_nickname_idx ON users (code, nickname);',
      ].join('\n'),
    );
  });

  it('rename_column → rename back', () => {
    expect(inv(op('rename_column', { table: q('users'), column: 'nickname', newName: 'handle' })).sql).toBe('ALTER TABLE users RENAME COLUMN handle TO nickname;');
  });

  it('alter_column_type → old type with USING; lossy when the new type was narrower', () => {
    expect(inv(op('alter_column_type', { table: q('users'), column: 'code', type: ty('text') }))).toEqual({
      sql: 'ALTER TABLE users ALTER COLUMN code TYPE varchar(20) USING code::varchar(20);',
      lossy: false,
    });
    const narrowed = inv(op('alter_column_type', { table: q('users'), column: 'email', type: ty('varchar', [50]) }));
    expect(narrowed.sql).toBe(
      [
        '-- changing varchar(255) to varchar(50) may have changed values (values longer than 50 characters do not fit); converting back cannot restore them',
        'ALTER TABLE users ALTER COLUMN email TYPE varchar(255) USING email::varchar(255);',
      ].join('\n'),
    );
    expect(narrowed.lossy).toBe(true);
  });

  it('set/drop not null and set/drop default → the opposite, from the state before', () => {
    expect(inv(op('set_not_null', { table: q('users'), column: 'nickname' })).sql).toBe('ALTER TABLE users ALTER COLUMN nickname DROP NOT NULL;');
    expect(inv(op('drop_not_null', { table: q('users'), column: 'code' }))).toEqual({
      sql: 'ALTER TABLE users ALTER COLUMN code SET NOT NULL;',
      lossy: false,
      note: 'fails if NULLs were written to users.code since',
    });
    expect(inv(op('set_default', { table: q('users'), column: 'nickname', default: { text: "'x'", volatile: false } })).sql).toBe(
      "ALTER TABLE users ALTER COLUMN nickname SET DEFAULT 'anon';",
    );
    expect(inv(op('set_default', { table: q('users'), column: 'code', default: { text: "'x'", volatile: false } })).sql).toBe('ALTER TABLE users ALTER COLUMN code DROP DEFAULT;');
    expect(inv(op('drop_default', { table: q('users'), column: 'nickname' })).sql).toBe("ALTER TABLE users ALTER COLUMN nickname SET DEFAULT 'anon';");
    expect(inv(op('drop_default', { table: q('users'), column: 'code' })).sql).toBe('-- users.code had no default: nothing to undo');
  });

  it('add_constraint → DROP CONSTRAINT with the generated name, and NOT NULL a primary key added', () => {
    expect(inv(op('add_constraint', { table: q('orders'), constraint: check('user_id > 0') })).sql).toBe('ALTER TABLE orders DROP CONSTRAINT orders_user_id_check;');
    const s = pgBase();
    applyOp(s, op('create_table', { table: q('t'), columns: [col('a', 'integer')] }));
    expect(inv(op('add_constraint', { table: q('t'), constraint: pk('a') }), s).sql).toBe(
      ['ALTER TABLE t DROP CONSTRAINT t_pkey;', 'ALTER TABLE t ALTER COLUMN a DROP NOT NULL;'].join('\n'),
    );
  });

  it('add_constraint … USING INDEX → drop the key, then the index it took comes back', () => {
    const s = pgBase();
    applyOp(s, op('create_index', { name: 'users_nick_uq', table: q('users'), elems: [{ column: 'nickname' }], unique: true, concurrently: true }));
    expect(inv(op('add_constraint', { table: q('users'), constraint: { kind: 'unique', name: 'users_nickname_key', columns: [], usingIndex: 'users_nick_uq' } }), s).sql).toBe(
      ['ALTER TABLE users DROP CONSTRAINT users_nickname_key;', 'CREATE UNIQUE INDEX users_nick_uq ON users (nickname);'].join('\n'),
    );
  });

  it('validate_constraint → nothing to undo', () => {
    expect(inv(op('validate_constraint', { table: q('orders'), name: 'orders_user_code_fkey' }))).toEqual({ sql: '', lossy: false });
  });

  it('drop_constraint → ADD it back as it was (NOT VALID kept), with the FKs a CASCADE took', () => {
    expect(inv(op('drop_constraint', { table: q('orders'), name: 'orders_user_code_fkey' })).sql).toBe(
      'ALTER TABLE orders ADD CONSTRAINT orders_user_code_fkey FOREIGN KEY (user_code) REFERENCES users (code) NOT VALID;',
    );
    expect(inv(op('drop_constraint', { table: q('users'), name: 'users_pkey', cascade: true })).sql).toBe(
      [
        'ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY (id);',
        'ALTER TABLE orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;',
        'ALTER TABLE audit.log ADD CONSTRAINT log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
      ].join('\n'),
    );
    expect(inv(op('drop_constraint', { table: q('users'), name: 'nope', ifExists: true }))).toMatchObject({
      sql: '-- cannot restore constraint nope of users: its definition is unknown to the replayed migrations; restore it from backup',
      lossy: true,
    });
  });

  it('rename_constraint → rename back', () => {
    expect(inv(op('rename_constraint', { table: q('users'), name: 'users_code_key', newName: 'users_code_uq' })).sql).toBe(
      'ALTER TABLE users RENAME CONSTRAINT users_code_uq TO users_code_key;',
    );
  });

  it('create_index → DROP INDEX with the generated name, CONCURRENTLY when it was created so', () => {
    expect(inv(op('create_index', { table: q('orders'), elems: [{ column: 'user_id' }], concurrently: true })).sql).toBe('DROP INDEX CONCURRENTLY orders_user_id_idx;');
    expect(inv(op('create_index', { table: q('log', 'audit'), elems: [{ column: 'user_id' }] })).sql).toBe('DROP INDEX audit.log_user_id_idx;');
    expect(inv(op('create_index', { name: 'users_lower_code', table: q('users'), elems: [{ column: 'code' }], ifNotExists: true })).sql).toBe(
      '-- index users_lower_code already existed: nothing to undo',
    );
  });

  it('drop_index → CREATE INDEX from the state before', () => {
    expect(inv(op('drop_index', { name: q('users_lower_code'), concurrently: true })).sql).toBe(
      'CREATE INDEX CONCURRENTLY users_lower_code ON users (lower(code)) WHERE code IS NOT NULL;',
    );
    expect(inv(op('drop_index', { name: q('missing'), ifExists: true })).sql).toBe(
      '-- cannot restore index missing: its definition is unknown to the replayed migrations; restore it from backup',
    );
  });

  it('rename_index → rename back, in the table’s schema', () => {
    expect(inv(op('rename_index', { name: q('users_lower_code'), newName: 'users_code_lower_idx' })).sql).toBe('ALTER INDEX users_code_lower_idx RENAME TO users_lower_code;');
    expect(inv(op('rename_index', { name: q('log_pkey', 'audit'), newName: 'log_pk' })).sql).toBe('ALTER INDEX audit.log_pk RENAME TO log_pkey;');
  });

  it('enums: create → DROP TYPE; add value → cannot be dropped; rename value → back; drop → CREATE TYPE and the columns CASCADE took', () => {
    expect(inv(op('create_enum', { name: q('size'), values: ['s'] })).sql).toBe('DROP TYPE size;');
    expect(inv(op('add_enum_value', { name: q('mood'), value: 'great', after: 'ok' }))).toEqual({
      sql: "-- PostgreSQL cannot drop an enum value: 'great' stays in mood (recreate the type without it to remove it)",
      lossy: true,
      note: "PostgreSQL cannot drop an enum value: 'great' stays in mood (recreate the type without it to remove it)",
    });
    expect(inv(op('rename_enum_value', { name: q('mood'), value: 'meh', newValue: "so-so's" })).sql).toBe("ALTER TYPE mood RENAME VALUE 'so-so''s' TO 'meh';");
    expect(inv(op('drop_type', { name: q('mood'), cascade: true })).sql).toBe(
      [
        "CREATE TYPE mood AS ENUM ('ok', 'meh');",
        '-- data in users.mood cannot be restored by this script; restore from backup',
        'ALTER TABLE users ADD COLUMN mood mood;',
      ].join('\n'),
    );
    expect(inv(op('drop_type', { name: q('address') })).lossy).toBe(true);
  });

  it('rename_type → rename back, in the type’s schema', () => {
    expect(inv(op('rename_type', { name: q('Status'), newName: q('Status_old') })).sql).toBe('ALTER TYPE "Status_old" RENAME TO "Status";');
    expect(inv(op('rename_type', { name: q('SurveyType_new', 'public'), newName: q('SurveyType') })).sql).toBe('ALTER TYPE public."SurveyType" RENAME TO "SurveyType_new";');
  });

  it('views: create → DROP VIEW; drop → cannot recreate', () => {
    expect(inv(op('create_view', { name: q('v'), materialized: true })).sql).toBe('DROP MATERIALIZED VIEW v;');
    expect(inv(op('create_view', { name: q('active_users'), orReplace: true }))).toMatchObject({
      sql: '-- the previous definition of view active_users is not modeled: restore it from the migration that created it',
      lossy: true,
    });
    expect(inv(op('drop_view', { name: q('active_users') }))).toMatchObject({
      sql: '-- cannot recreate view active_users: view definitions are not modeled; restore it from the migration that created it',
      lossy: true,
    });
  });

  it('schemas: create → DROP SCHEMA; drop … CASCADE → CREATE SCHEMA, its tables, and FKs', () => {
    expect(inv(op('create_schema', { name: 'reporting' })).sql).toBe('DROP SCHEMA reporting;');
    expect(inv(op('drop_schema', { name: 'audit', cascade: true }))).toMatchObject({
      sql: [
        'CREATE SCHEMA audit;',
        '-- data in audit.log cannot be restored by this script; restore from backup',
        'CREATE TABLE audit.log (',
        '  id integer NOT NULL,',
        '  user_id bigint,',
        '  CONSTRAINT log_pkey PRIMARY KEY (id),',
        '  CONSTRAINT log_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)',
        ');',
      ].join('\n'),
      lossy: true,
    });
  });

  it('data: truncate, update and delete cannot come back; insert is left in place', () => {
    expect(inv(op('truncate', { tables: [q('orders'), q('users')], cascade: true }))).toMatchObject({
      sql: '-- rows removed by TRUNCATE orders, users cannot be restored by this script; restore from backup',
      lossy: true,
    });
    expect(inv(op('data_change', { verb: 'update', table: q('users') })).sql).toBe('-- rows changed by UPDATE of users cannot be restored by this script; restore from backup');
    expect(inv(op('data_change', { verb: 'delete', table: q('users'), hasWhere: true })).sql).toBe(
      '-- rows removed by DELETE from users cannot be restored by this script; restore from backup',
    );
    expect(inv(op('data_change', { verb: 'insert', table: q('users') }))).toEqual({ sql: '-- rows inserted into users are not removed by this script', lossy: false });
  });

  it('partitions: attach → DETACH; detach → how to attach again', () => {
    expect(inv(op('attach_partition', { table: q('events'), partition: q('events_2024') })).sql).toBe('ALTER TABLE events DETACH PARTITION events_2024;');
    expect(inv(op('detach_partition', { table: q('events'), partition: q('events_2024') }))).toMatchObject({
      sql: '-- attach events_2024 again with ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES …; partition bounds are not modeled',
      lossy: true,
    });
  });

  it('other, opaque and unparsed statements get a comment', () => {
    expect(inv(op('other', { description: 'GRANT SELECT ON users TO app' }))).toEqual({ sql: '-- cannot be inverted automatically: GRANT SELECT ON users TO app', lossy: false });
    expect(inv(op('opaque_code', { description: 'RunPython(copy_emails)' }))).toMatchObject({ sql: '-- cannot be inverted automatically: RunPython(copy_emails)', lossy: true });
    expect(inv(op('unparsed', { message: 'syntax error at or near "FROB"' }))).toMatchObject({
      sql: '-- cannot be inverted automatically: the statement could not be parsed (syntax error at or near "FROB")',
      lossy: true,
    });
  });

  it('statements without schema effect have no inverse', () => {
    for (const o of [
      op('transaction', { action: 'begin' }),
      op('set_setting', { name: 'lock_timeout', value: "'1s'" }),
      op('maintenance', { action: 'analyze' }),
      op('reindex', { target: 'index', name: q('users_pkey') }),
      op('refresh_materialized_view', { name: q('mv') }),
    ]) {
      expect(inv(o)).toEqual({ sql: '', lossy: false });
    }
  });
});

describe('rollback SQL (MySQL)', () => {
  const my = (n: string, a: number[] = []) => ty(n, a, 'mysql');
  const base = () =>
    replay(
      [
        op('create_table', { table: q('users'), columns: [col('id', my('int'), { identity: 'auto', constraints: [pk()] }), col('email', my('varchar', [255]), { nullable: false })] }),
        op('create_table', {
          table: q('orders'),
          columns: [col('id', my('int'), { constraints: [pk()] }), col('user_id', my('int')), col('ref', my('varchar', [20])), col('note', my('text'))],
          constraints: [fk(['user_id'], q('users'), ['id'])],
        }),
        op('create_index', { name: 'idx_ref_note', table: q('orders'), elems: [{ column: 'ref' }, { column: 'note' }] }),
      ],
      undefined,
      'mysql',
    ).schema;

  it('drop_column comes back at its position, and a shrunken index is rebuilt', () => {
    expect(inverseOf(op('drop_column', { table: q('orders'), column: 'ref' }), base()).sql).toBe(
      [
        '-- data in orders.ref cannot be restored by this script; restore from backup',
        'ALTER TABLE orders ADD COLUMN ref varchar(20) AFTER user_id;',
        'DROP INDEX idx_ref_note ON orders;',
        'CREATE INDEX idx_ref_note ON orders (ref, note);',
      ].join('\n'),
    );
  });

  it('NOT NULL and type changes restate the whole column with MODIFY', () => {
    expect(inverseOf(op('set_not_null', { table: q('orders'), column: 'ref' }), base()).sql).toBe('ALTER TABLE orders MODIFY COLUMN ref varchar(20);');
    expect(inverseOf(op('alter_column_type', { table: q('users'), column: 'email', type: my('text') }), base()).sql).toBe(
      'ALTER TABLE users MODIFY COLUMN email varchar(255) NOT NULL;',
    );
  });

  it('add_constraint FOREIGN KEY → DROP FOREIGN KEY and the index InnoDB made for it', () => {
    expect(inverseOf(op('add_constraint', { table: q('orders'), constraint: fk(['ref'], q('users'), ['email']) }), base()).sql).toBe(
      ['ALTER TABLE orders DROP FOREIGN KEY orders_ibfk_2;'].join('\n'),
    );
    expect(inverseOf(op('add_constraint', { table: q('orders'), constraint: fk(['note'], q('users'), ['email']) }), base()).sql).toBe(
      ['ALTER TABLE orders DROP FOREIGN KEY orders_ibfk_2;', 'DROP INDEX note ON orders;'].join('\n'),
    );
  });

  it('drop_constraint PRIMARY and DROP FOREIGN KEY come back; indexes use DROP INDEX … ON', () => {
    expect(inverseOf(op('drop_constraint', { table: q('orders'), name: 'PRIMARY', constraintKind: 'primary' }), base()).sql).toBe('ALTER TABLE orders ADD PRIMARY KEY (id);');
    expect(inverseOf(op('drop_constraint', { table: q('orders'), name: 'orders_ibfk_1', constraintKind: 'foreign' }), base()).sql).toBe(
      'ALTER TABLE orders ADD CONSTRAINT orders_ibfk_1 FOREIGN KEY (user_id) REFERENCES users (id);',
    );
    expect(inverseOf(op('create_index', { name: 'idx_note', table: q('orders'), elems: [{ column: 'note' }] }), base()).sql).toBe('DROP INDEX idx_note ON orders;');
    expect(inverseOf(op('rename_index', { name: q('idx_ref_note'), newName: 'idx_rn', table: q('orders') }), base()).sql).toBe(
      'ALTER TABLE orders RENAME INDEX idx_rn TO idx_ref_note;',
    );
    expect(inverseOf(op('rename_table', { table: q('orders'), newName: q('purchases') }), base()).sql).toBe('RENAME TABLE purchases TO orders;');
  });

  it('drop_table recreates keys and indexes inline', () => {
    expect(inverseOf(op('drop_table', { table: q('orders') }), base()).sql).toBe(
      [
        '-- data in orders cannot be restored by this script; restore from backup',
        'CREATE TABLE orders (',
        '  id integer NOT NULL,',
        '  user_id integer,',
        '  ref varchar(20),',
        '  note text,',
        '  PRIMARY KEY (id),',
        '  CONSTRAINT orders_ibfk_1 FOREIGN KEY (user_id) REFERENCES users (id),',
        '  KEY user_id (user_id),',
        '  KEY idx_ref_note (ref, note)',
        ');',
      ].join('\n'),
    );
  });
});

describe('rollback SQL (SQLite)', () => {
  it('drop_column adds the column back; what SQLite cannot alter becomes a comment', () => {
    const lite = (n: string) => ty(n, [], 'sqlite');
    const before = replay(
      [op('create_table', { table: q('notes'), columns: [col('id', lite('INTEGER'), { constraints: [pk()] }), col('body', lite('TEXT'), { nullable: false })] })],
      undefined,
      'sqlite',
    ).schema;
    expect(inverseOf(op('drop_column', { table: q('notes'), column: 'body' }), before).sql).toBe(
      [
        '-- data in notes.body cannot be restored by this script; restore from backup',
        'ALTER TABLE notes ADD COLUMN body text;',
        '-- body was NOT NULL; SQLite cannot add that to an existing column (rebuild notes)',
      ].join('\n'),
    );
    expect(inverseOf(op('drop_table', { table: q('notes') }), before).sql).toBe(
      ['-- data in notes cannot be restored by this script; restore from backup', 'CREATE TABLE notes (', '  id integer NOT NULL,', '  body text NOT NULL,', '  PRIMARY KEY (id)', ');'].join('\n'),
    );
  });
});

describe('rollbackScript', () => {
  it('lists inverses newest first, each under its file:line, skipping operations with nothing to undo', () => {
    const ops = [
      op('transaction', { action: 'begin' }, { file: 'db/002_users.sql', line: 1 }),
      op('create_table', { table: q('tags'), columns: [col('id', 'integer')] }, { file: 'db/002_users.sql', line: 2 }),
      op('add_column', { table: q('users'), column: col('age', 'integer') }, { file: 'db/002_users.sql', line: 7 }),
      op('drop_column', { table: q('users'), column: 'nickname' }, { file: 'db/003_drop.sql', line: 3 }),
    ];
    let state = pgBase();
    const items = ops.map((o) => {
      const before = cloneSchema(state);
      state = replay([o], state).schema;
      return { op: o as LocatedOp, before };
    });
    expect(rollbackScript(items, 'postgresql')).toBe(
      [
        '-- db/003_drop.sql:3',
        '-- data in users.nickname cannot be restored by this script; restore from backup',
        "ALTER TABLE users ADD COLUMN nickname text DEFAULT 'anon';",
        'CREATE INDEX users_code_nickname_idx ON users (code, nickname);',
        '',
        '-- db/002_users.sql:7',
        'ALTER TABLE users DROP COLUMN age;',
        '',
        '-- db/002_users.sql:2',
        'DROP TABLE tags;',
      ].join('\n'),
    );
  });
});

describe('rollback of indexes with an operator class or a collation', () => {
  it('recreates them with both, the collation in its own case', async () => {
    const { runExample } = await import('../../src/analyze/run-example.js');
    const { RULES } = await import('../../src/rules/index.js');
    const before = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\nCREATE INDEX users_email_like ON users (email text_pattern_ops);\nCREATE INDEX users_name_c ON users (name COLLATE "C" DESC);';
    const report = await runExample({ before, sql: 'DROP INDEX CONCURRENTLY users_email_like;\nDROP INDEX CONCURRENTLY users_name_c;' }, RULES);
    expect(report.rollback).toContain('CREATE INDEX CONCURRENTLY users_email_like ON users (email text_pattern_ops);');
    expect(report.rollback).toContain('CREATE INDEX CONCURRENTLY users_name_c ON users (name COLLATE "C" DESC);');
  });
});

describe('rollback of an index on a table the migrations never created', () => {
  it('drops the index by name rather than claiming it already existed', async () => {
    const { runExample } = await import('../../src/analyze/run-example.js');
    const { RULES } = await import('../../src/rules/index.js');
    const report = await runExample({ sql: 'CREATE INDEX legacy_x_idx ON legacy (x);' }, RULES);
    expect(report.rollback).toContain('DROP INDEX legacy_x_idx;');
    expect(report.rollback).not.toContain('already existed');
    const kept = await runExample({ sql: 'CREATE INDEX IF NOT EXISTS legacy_x_idx ON legacy (x);' }, RULES);
    expect(kept.rollback).not.toContain('DROP INDEX');
  });
});
