import { emptySchema, type Schema, type Table } from '../../src/model/schema.js';
import { parseSqlFile } from '../../src/frontends/sql/index.js';
import { applyOp, replay } from '../../src/schema/replay.js';
import { check, col, fk, named, op, pk, q, ty, unique } from '../helpers/ops.js';

function table(s: Schema, key: string): Table {
  const t = s.tables.get(key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
}

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('replay (PostgreSQL): a realistic history', () => {
  const history = [
    op('create_table', {
      table: q('users'),
      columns: [
        col('id', 'bigint', { nullable: true, identity: 'always', constraints: [pk()] }),
        col('email', ty('varchar', [255]), { nullable: false, constraints: [unique()] }),
        col('name', 'text'),
      ],
    }),
    op('create_enum', { name: q('order_status'), values: ['pending', 'paid'] }),
    op('create_table', {
      table: q('orders'),
      columns: [
        col('id', 'serial', { serial: true, constraints: [pk()] }),
        col('user_id', 'bigint', { nullable: false, constraints: [fk([], q('users'))] }),
        col('status', 'order_status', { nullable: false, default: { text: "'pending'", volatile: false } }),
        col('total', ty('numeric', [10, 2])),
      ],
      constraints: [check('total >= 0')],
    }),
    op('create_index', { table: q('orders'), elems: [{ column: 'user_id' }], concurrently: true }),
    op('add_column', { table: q('users'), column: col('created_at', 'timestamptz', { nullable: false, default: { text: 'now()', volatile: false } }) }),
    op('add_enum_value', { name: q('order_status'), value: 'shipped', after: 'paid' }),
    op('rename_column', { table: q('users'), column: 'name', newName: 'full_name' }),
    op('alter_column_type', { table: q('users'), column: 'email', type: ty('text') }),
    op('add_constraint', { table: q('orders'), constraint: unique('user_id', 'status') }),
    op('rename_table', { table: q('users'), newName: q('accounts') }),
  ];
  const { schema, issues } = replay(history, undefined, 'postgresql');

  it('applies every step without issues', () => {
    expect(issues).toEqual([]);
    expect([...schema.tables.keys()]).toEqual(['orders', 'accounts']);
  });

  it('moves inline keys to named table constraints with their indexes', () => {
    const accounts = table(schema, 'accounts');
    expect(accounts.name).toEqual({ name: 'accounts' });
    expect(accounts.constraints).toEqual([
      { kind: 'primary', name: 'users_pkey', columns: ['id'] },
      { kind: 'unique', name: 'users_email_key', columns: ['email'] },
    ]);
    expect(accounts.indexes).toEqual([
      { name: 'users_pkey', elems: [{ column: 'id' }], unique: true, constraint: 'users_pkey' },
      { name: 'users_email_key', elems: [{ column: 'email' }], unique: true, constraint: 'users_email_key' },
    ]);
  });

  it('tracks columns through add, rename and type change', () => {
    const accounts = table(schema, 'accounts');
    expect(accounts.columns.map((c) => [c.name, c.type.name, c.nullable])).toEqual([
      ['id', 'bigint', false],
      ['email', 'text', false],
      ['full_name', 'text', true],
      ['created_at', 'timestamptz', false],
    ]);
    expect(accounts.columns[0].identity).toBe('always');
  });

  it('resolves the FK to the primary key and follows the table rename', () => {
    const orders = table(schema, 'orders');
    expect(orders.constraints.map((c) => c.name)).toEqual(['orders_pkey', 'orders_user_id_fkey', 'orders_total_check', 'orders_user_id_status_key']);
    expect(orders.constraints[1].references).toEqual({ table: { name: 'accounts' }, columns: ['id'] });
    expect(names(orders.indexes)).toEqual(['orders_pkey', 'orders_user_id_idx', 'orders_user_id_status_key']);
  });

  it('keeps the enum name as the column type and inserts values in place', () => {
    expect(table(schema, 'orders').columns[2].type.name).toBe('order_status');
    expect(schema.enums.get('order_status')).toEqual(['pending', 'paid', 'shipped']);
  });

  it('makes serial columns NOT NULL', () => {
    const id = table(schema, 'orders').columns[0];
    expect(id).toMatchObject({ name: 'id', serial: true, nullable: false });
  });
});

describe('replay (PostgreSQL): cascades', () => {
  const base = () =>
    replay(
      [
        op('create_table', { table: q('users'), columns: [col('id', 'integer'), col('email', 'text')], constraints: [pk('id')] }),
        op('create_table', {
          table: q('posts'),
          columns: [col('id', 'integer'), col('author_id', 'integer'), col('title', 'text'), col('slug', 'text')],
          constraints: [pk('id'), fk(['author_id'], q('users'), ['id']), check('length(title) > 0')],
        }),
        op('create_index', { table: q('posts'), elems: [{ column: 'author_id' }, { column: 'title' }] }),
        op('create_index', { table: q('posts'), elems: [{ expr: 'lower(slug)' }], where: 'title IS NOT NULL' }),
      ],
      undefined,
      'postgresql',
    ).schema;

  it('DROP TABLE … CASCADE removes the foreign keys that point at it, silently', () => {
    const s = base();
    const issues = applyOp(s, op('drop_table', { table: q('users'), cascade: true }));
    expect(issues).toEqual([]);
    expect(s.tables.has('users')).toBe(false);
    expect(names(table(s, 'posts').constraints)).toEqual(['posts_pkey', 'posts_title_check']);
  });

  it('DROP TABLE without CASCADE still drops them, and reports that PostgreSQL would refuse', () => {
    const s = base();
    const issues = applyOp(s, op('drop_table', { table: q('users') }));
    expect(issues.map((i) => i.message)).toEqual([
      'PostgreSQL refuses to drop users without CASCADE while posts_author_id_fkey on posts reference it; modeled as dropping them too',
    ]);
    expect(names(table(s, 'posts').constraints)).toEqual(['posts_pkey', 'posts_title_check']);
  });

  it('DROP COLUMN drops the indexes and constraints that use it, including expressions and predicates', () => {
    const s = base();
    expect(applyOp(s, op('drop_column', { table: q('posts'), column: 'title' }))).toEqual([]);
    const posts = table(s, 'posts');
    expect(names(posts.indexes)).toEqual(['posts_pkey']);
    expect(names(posts.constraints)).toEqual(['posts_pkey', 'posts_author_id_fkey']);
  });

  it('DROP COLUMN of a referenced column removes the foreign keys elsewhere', () => {
    const s = base();
    const issues = applyOp(s, op('drop_column', { table: q('users'), column: 'id', cascade: true }));
    expect(issues).toEqual([]);
    expect(table(s, 'users').constraints).toEqual([]);
    expect(table(s, 'users').indexes).toEqual([]);
    expect(names(table(s, 'posts').constraints)).toEqual(['posts_pkey', 'posts_title_check']);
  });

  it('DROP CONSTRAINT of a primary key drops its index and, with CASCADE, the FKs depending on it', () => {
    const s = base();
    expect(applyOp(s, op('drop_constraint', { table: q('users'), name: 'users_pkey', cascade: true }))).toEqual([]);
    expect(table(s, 'users').indexes).toEqual([]);
    expect(names(table(s, 'posts').constraints)).toEqual(['posts_pkey', 'posts_title_check']);
  });

  it('DROP TYPE … CASCADE drops the columns of that type', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_enum', { name: q('mood'), values: ['ok'] }));
    applyOp(s, op('create_table', { table: q('people'), columns: [col('id', 'integer'), col('mood', 'mood')] }));
    applyOp(s, op('create_index', { table: q('people'), elems: [{ column: 'mood' }] }));
    expect(applyOp(s, op('drop_type', { name: q('mood'), cascade: true }))).toEqual([]);
    expect(names(table(s, 'people').columns)).toEqual(['id']);
    expect(table(s, 'people').indexes).toEqual([]);
    expect(s.enums.size).toBe(0);
  });

  it('DROP SCHEMA … CASCADE drops its tables, enums and views, and FKs into it', () => {
    const s = base();
    applyOp(s, op('create_schema', { name: 'audit' }));
    applyOp(s, op('create_enum', { name: q('kind', 'audit'), values: ['a'] }));
    applyOp(s, op('create_table', { table: q('log', 'audit'), columns: [col('id', 'integer', { constraints: [pk()] })] }));
    applyOp(s, op('create_view', { name: q('recent', 'audit') }));
    applyOp(s, op('add_column', { table: q('posts'), column: col('log_id', 'integer', { constraints: [fk([], q('log', 'audit'))] }) }));
    expect(table(s, 'posts').constraints.map((c) => c.name)).toContain('posts_log_id_fkey');
    expect(applyOp(s, op('drop_schema', { name: 'audit', cascade: true }))).toEqual([]);
    expect([...s.tables.keys()]).toEqual(['users', 'posts']);
    expect(s.enums.size).toBe(0);
    expect(s.views.size).toBe(0);
    expect(s.schemas.size).toBe(0);
    expect(table(s, 'posts').constraints.map((c) => c.name)).not.toContain('posts_log_id_fkey');
  });

  it('dropping a partitioned table drops its partitions', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', { table: q('events'), columns: [col('id', 'integer'), col('at', 'date')] }));
    applyOp(s, op('create_table', { table: q('events_2024'), columns: [], partitionOf: q('events') }));
    expect(names(table(s, 'events_2024').columns)).toEqual(['id', 'at']);
    applyOp(s, op('drop_table', { table: q('events') }));
    expect(s.tables.size).toBe(0);
  });
});

describe('replay (PostgreSQL): renames propagate', () => {
  it('RENAME COLUMN follows into indexes, expressions, predicates, checks, generated columns and FKs elsewhere', () => {
    const { schema: s, issues } = replay(
      [
        op('create_table', {
          table: q('items'),
          columns: [
            col('code', 'text', { constraints: [pk()] }),
            col('price', 'integer', { constraints: [check('price > 0')] }),
            col('doubled', 'integer', { generated: { expr: 'price * 2', stored: true } }),
          ],
        }),
        op('create_index', { name: 'items_expr', table: q('items'), elems: [{ expr: 'abs(price)' }], where: "price > 10 AND code <> 'price'" }),
        op('create_table', { table: q('lines'), columns: [col('item_code', 'text', { constraints: [fk([], q('items'))] })] }),
        op('rename_column', { table: q('items'), column: 'price', newName: 'amount' }),
        op('rename_column', { table: q('items'), column: 'code', newName: 'sku' }),
      ],
      undefined,
      'postgresql',
    );
    expect(issues).toEqual([]);
    const items = table(s, 'items');
    expect(items.constraints).toEqual([
      { kind: 'primary', name: 'items_pkey', columns: ['sku'] },
      { kind: 'check', name: 'items_price_check', columns: ['amount'], expr: 'amount > 0' },
    ]);
    expect(items.indexes[1]).toEqual({ name: 'items_expr', elems: [{ expr: 'abs(amount)' }], unique: false, where: "amount > 10 AND sku <> 'price'" });
    expect(items.columns[2].generated).toEqual({ expr: 'amount * 2', stored: true });
    expect(table(s, 'lines').constraints[0].references).toEqual({ table: { name: 'items' }, columns: ['sku'] });
  });

  it('RENAME TABLE into the same schema keeps the schema and retargets qualified FKs', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', { table: q('a', 'app'), columns: [col('id', 'integer', { constraints: [pk()] })] }));
    applyOp(s, op('create_table', { table: q('b'), columns: [col('a_id', 'integer', { constraints: [fk([], q('a', 'app'))] })] }));
    applyOp(s, op('rename_table', { table: q('a', 'app'), newName: q('a2') }));
    expect([...s.tables.keys()]).toEqual(['b', 'app.a2']);
    expect(table(s, 'b').constraints[0].references!.table).toEqual({ schema: 'app', name: 'a2' });
  });

  it('renaming a key index renames the key, and renaming the key renames its index', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', { table: q('t'), columns: [col('a', 'integer')], constraints: [unique('a')] }));
    applyOp(s, op('rename_index', { name: q('t_a_key'), newName: 't_a_uq' }));
    expect(table(s, 't').constraints[0].name).toBe('t_a_uq');
    applyOp(s, op('rename_constraint', { table: q('t'), name: 't_a_uq', newName: 't_a_unique' }));
    expect(table(s, 't').indexes).toEqual([{ name: 't_a_unique', elems: [{ column: 'a' }], unique: true, constraint: 't_a_unique' }]);
  });

  it('ADD CONSTRAINT … USING INDEX turns the index into the key, renamed to the constraint', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', { table: q('t'), columns: [col('a', 'integer'), col('b', 'integer')] }));
    applyOp(s, op('create_index', { name: 't_a_idx', table: q('t'), elems: [{ column: 'a' }], unique: true, concurrently: true }));
    applyOp(s, op('add_constraint', { table: q('t'), constraint: { kind: 'primary', name: 't_pk', columns: [], usingIndex: 't_a_idx' } }));
    applyOp(s, op('create_index', { name: 't_b_idx', table: q('t'), elems: [{ column: 'b' }], unique: true }));
    applyOp(s, op('add_constraint', { table: q('t'), constraint: { kind: 'unique', columns: [], usingIndex: 't_b_idx' } }));
    const t = table(s, 't');
    expect(t.constraints).toEqual([
      { kind: 'primary', name: 't_pk', columns: ['a'] },
      { kind: 'unique', name: 't_b_idx', columns: ['b'] },
    ]);
    expect(t.indexes.map((i) => [i.name, i.constraint])).toEqual([
      ['t_pk', 't_pk'],
      ['t_b_idx', 't_b_idx'],
    ]);
    expect(t.columns[0].nullable).toBe(false);
  });

  it('VALIDATE CONSTRAINT clears notValid', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', { table: q('p'), columns: [col('id', 'integer', { constraints: [pk()] })] }));
    applyOp(s, op('create_table', { table: q('c'), columns: [col('p_id', 'integer')] }));
    applyOp(s, op('add_constraint', { table: q('c'), constraint: { ...fk(['p_id'], q('p')), notValid: true } }));
    expect(table(s, 'c').constraints[0]).toMatchObject({ name: 'c_p_id_fkey', notValid: true });
    expect(applyOp(s, op('validate_constraint', { table: q('c'), name: 'c_p_id_fkey' }))).toEqual([]);
    expect(table(s, 'c').constraints[0].notValid).toBeUndefined();
  });
});

describe('replay (PostgreSQL): enums, views, schemas', () => {
  it('adds enum values before/after and renames them', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_enum', { name: q('size'), values: ['s', 'l'] }));
    applyOp(s, op('add_enum_value', { name: q('size'), value: 'm', before: 'l' }));
    applyOp(s, op('add_enum_value', { name: q('size'), value: 'xl', after: 'l' }));
    applyOp(s, op('add_enum_value', { name: q('size'), value: 'xs' }));
    applyOp(s, op('rename_enum_value', { name: q('size'), value: 'xs', newValue: 'tiny' }));
    expect(s.enums.get('size')).toEqual(['s', 'm', 'l', 'xl', 'tiny']);
    expect(applyOp(s, op('add_enum_value', { name: q('size'), value: 'm', ifNotExists: true }))).toEqual([]);
  });

  it('finds an enum by its public-qualified or mixed-case name', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_enum', { name: q('Mood'), values: ['ok'] }));
    applyOp(s, op('create_table', { table: q('t'), columns: [col('a', 'public.mood'), col('b', 'Mood')] }));
    expect(table(s, 't').columns.map((c) => c.type.name)).toEqual(['Mood', 'Mood']);
  });

  it('creates and drops views and schemas', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_view', { name: q('v'), materialized: true }));
    expect(s.views.get('v')).toEqual({ name: { name: 'v' }, materialized: true });
    expect(applyOp(s, op('create_view', { name: q('v'), orReplace: true }))).toEqual([]);
    applyOp(s, op('drop_view', { name: q('v') }));
    expect(s.views.size).toBe(0);
    applyOp(s, op('create_schema', { name: 'app' }));
    expect(applyOp(s, op('create_schema', { name: 'app', ifNotExists: true }))).toEqual([]);
    expect([...s.schemas]).toEqual(['app']);
  });

  it('statements without schema effect leave it untouched', () => {
    const start = replay([op('create_table', { table: q('t'), columns: [col('a', 'integer')] })], undefined, 'postgresql').schema;
    const ops = [
      op('truncate', { tables: [q('t')] }),
      op('data_change', { verb: 'delete', table: q('t') }),
      op('transaction', { action: 'begin' }),
      op('set_setting', { name: 'lock_timeout', value: "'5s'" }),
      op('maintenance', { action: 'vacuum_full', table: q('t') }),
      op('reindex', { target: 'table', name: q('t') }),
      op('refresh_materialized_view', { name: q('mv') }),
      op('opaque_code', { description: 'RunPython(forwards)' }),
      op('other', { description: 'GRANT' }),
      op('unparsed', { message: 'syntax error' }),
    ];
    const { schema, issues } = replay(ops, start);
    expect(issues).toEqual([]);
    expect(schema).toEqual(start);
    expect(schema).not.toBe(start);
  });
});

describe('replay (PostgreSQL): surprising input becomes issues, never exceptions', () => {
  it('reports and keeps going', () => {
    const { schema, issues } = replay(
      [
        op('drop_table', { table: q('ghost') }),
        op('drop_table', { table: q('ghost'), ifExists: true }),
        op('add_column', { table: q('legacy'), column: col('note', 'text') }),
        op('alter_column_type', { table: q('legacy'), column: 'amount', type: ty('bigint') }),
        op('set_not_null', { table: q('legacy'), column: 'other' }),
        op('create_index', { table: q('legacy'), elems: [{ column: 'note' }] }),
        op('create_table', { table: q('t'), columns: [col('a', 'integer')] }),
        op('create_table', { table: q('t'), columns: [col('a', 'integer')], ifNotExists: true }),
        op('drop_column', { table: q('t'), column: 'zzz' }),
        op('drop_column', { table: q('t'), column: 'zzz', ifExists: true }),
        op('drop_index', { name: q('nope') }),
        op('drop_index', { name: q('nope'), ifExists: true }),
        op('drop_constraint', { table: q('t'), name: 'nope' }),
        op('drop_constraint', { table: q('t'), name: 'nope', ifExists: true }),
        op('add_enum_value', { name: q('nope'), value: 'x' }),
        op('drop_type', { name: q('address') }),
        op('rename_table', { table: q('missing'), newName: q('found') }),
        op('create_table', { table: q('t'), columns: [col('b', 'text')] }),
        op('drop_view', { name: q('v') }),
        op('drop_schema', { name: 'nope' }),
      ],
      undefined,
      'postgresql',
    );
    expect(issues.map((i) => [i.op.stmt.line, i.message])).toEqual([
      [issues[0].op.stmt.line, 'table ghost does not exist'],
      [issues[0].op.stmt.line + 2, 'table legacy was not created by any replayed migration; tracking it from here with only what later statements show'],
      [issues[0].op.stmt.line + 8, 'column zzz does not exist in t'],
      [issues[0].op.stmt.line + 10, 'index nope does not exist'],
      [issues[0].op.stmt.line + 12, 'constraint nope does not exist on t'],
      [issues[0].op.stmt.line + 14, 'enum type nope does not exist'],
      [issues[0].op.stmt.line + 16, 'table missing does not exist'],
      [issues[0].op.stmt.line + 16, 'table found was not created by any replayed migration; tracking it from here with only what later statements show'],
      [issues[0].op.stmt.line + 17, 'table t already exists; replaced by this definition'],
      [issues[0].op.stmt.line + 18, 'view v does not exist'],
      [issues[0].op.stmt.line + 19, 'schema nope does not exist'],
    ]);
    const legacy = table(schema, 'legacy');
    expect(legacy.partial).toBe(true);
    expect(legacy.columns.map((c) => [c.name, c.type.name])).toEqual([
      ['note', 'text'],
      ['amount', 'bigint'],
    ]);
    expect(names(legacy.indexes)).toEqual(['legacy_note_idx']);
    expect(table(schema, 'found').partial).toBe(true);
    expect(names(table(schema, 't').columns)).toEqual(['b']);
  });

  it('applies what PostgreSQL would refuse, and says so', () => {
    const s = emptySchema('postgresql');
    applyOp(s, op('create_table', { table: q('t'), columns: [col('a', 'integer')], constraints: [pk('a')] }));
    const issues = applyOp(s, op('drop_index', { name: q('t_pkey') }));
    expect(issues.map((i) => i.message)).toEqual(['index t_pkey belongs to constraint t_pkey; drop the constraint instead (modeled as dropping both)']);
    expect(table(s, 't').constraints).toEqual([]);
    expect(applyOp(s, op('add_constraint', { table: q('t'), constraint: pk('a') }))).toEqual([]);
    expect(applyOp(s, op('add_constraint', { table: q('t'), constraint: named('other_pk', pk('a')) })).map((i) => i.message)).toEqual([
      't already has a primary key (t_pkey); the second one is ignored',
    ]);
  });

  it('never throws, even on malformed operations', () => {
    const s = emptySchema('postgresql');
    const broken = { ...op('create_table', { table: q('x'), columns: [] }), columns: undefined } as never;
    let issues: ReturnType<typeof applyOp> = [];
    expect(() => (issues = applyOp(s, broken))).not.toThrow();
    expect(issues.map((i) => i.message)).toEqual([expect.stringMatching(/^internal replay error: /)]);
  });
});

describe('replay (PostgreSQL): Prisma histories', () => {
  const replaySql = async (sql: string) => replay(await parseSqlFile(sql, { file: 'migration.sql', dialect: 'postgresql' }), undefined, 'postgresql');

  it('follows an enum recreated under a temporary name and renamed into place', async () => {
    const { schema, issues } = await replaySql(`
CREATE TYPE "public"."SurveyType" AS ENUM ('email', 'link');
CREATE TABLE "Survey" ("id" TEXT NOT NULL, "type" "public"."SurveyType" NOT NULL DEFAULT 'link', "past" "SurveyType"[]);
BEGIN;
CREATE TYPE "SurveyType_new" AS ENUM ('link', 'app');
ALTER TABLE "Survey" ALTER COLUMN "type" DROP DEFAULT;
ALTER TABLE "Survey" ALTER COLUMN "type" TYPE "SurveyType_new" USING ("type"::text::"SurveyType_new");
ALTER TYPE "SurveyType" RENAME TO "SurveyType_old";
ALTER TYPE "SurveyType_new" RENAME TO "SurveyType";
DROP TYPE "public"."SurveyType_old" CASCADE;
ALTER TABLE "Survey" ALTER COLUMN "type" SET DEFAULT 'link';
COMMIT;`);
    expect(issues).toEqual([]);
    expect([...schema.enums]).toEqual([['SurveyType', ['link', 'app']]]);
    // "past" kept the old type, which followed the rename to SurveyType_old: DROP … CASCADE took it.
    const survey = table(schema, 'Survey');
    expect(survey.columns.map((c) => [c.name, c.type.name, c.type.array])).toEqual([['id', 'text', 0], ['type', 'SurveyType', 0]]);
  });

  it('renames the columns of a renamed type, array columns too, and keeps the type in its schema', async () => {
    const { schema, issues } = await replaySql(`
CREATE TYPE app."Role" AS ENUM ('USER', 'ADMIN');
CREATE TABLE "Member" ("id" TEXT NOT NULL, "roles" app."Role"[]);
ALTER TYPE app."Role" RENAME TO "MemberRole";`);
    expect(issues.map((i) => i.message)).toEqual([]);
    expect([...schema.enums.keys()]).toEqual(['app.MemberRole']);
    expect(table(schema, 'Member').columns[1].type).toMatchObject({ name: 'app.MemberRole', array: 1 });
  });

  it('keeps the case of quoted type names, so columns find their enum', async () => {
    const { schema } = await replaySql(`
CREATE TYPE "WebhookTriggerEvents" AS ENUM ('responseCreated', 'responseFinished');
CREATE TYPE webhooktriggerevents AS ENUM ('other');
CREATE TABLE "Webhook" ("id" TEXT NOT NULL, "triggers" "WebhookTriggerEvents"[], "legacy" WebhookTriggerEvents);`);
    expect(table(schema, 'Webhook').columns.map((c) => c.type.name)).toEqual(['text', 'WebhookTriggerEvents', 'webhooktriggerevents']);
  });

  it('records PARTITION BY on the parent, not on its partitions', async () => {
    const { schema } = await replaySql(`
CREATE TABLE "Event" ("id" BIGSERIAL, "createdAt" TIMESTAMP(3) NOT NULL) PARTITION BY RANGE ("createdAt");
CREATE TABLE "Event_2024" PARTITION OF "Event" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE "Event" RENAME TO "AuditEvent";`);
    expect(table(schema, 'AuditEvent').partitioned).toBe(true);
    expect(table(schema, 'Event_2024').partitioned).toBeUndefined();
  });
});
