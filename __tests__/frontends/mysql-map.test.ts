import type { Dialect } from '../../src/model/dialect.js';
import type { ColumnDef, Operation } from '../../src/model/operation.js';
import { mapMysqlStatement, mysqlAlterOptions } from '../../src/frontends/sql/mysql-map.js';

const map = (sql: string, dialect: Dialect = 'mysql'): Operation[] => mapMysqlStatement(sql, dialect);
const one = (sql: string, dialect: Dialect = 'mysql'): Operation => {
  const ops = map(sql, dialect);
  expect(ops).toHaveLength(1);
  return ops[0];
};
const kinds = (sql: string, dialect: Dialect = 'mysql'): string[] => map(sql, dialect).map((o) => o.kind);

function createTable(sql: string, dialect: Dialect = 'mysql') {
  const ops = map(sql, dialect);
  const ct = ops.find((o) => o.kind === 'create_table');
  if (!ct || ct.kind !== 'create_table') throw new Error('no create_table');
  const col = (name: string): ColumnDef => {
    const c = ct.columns.find((x) => x.name === name);
    if (!c) throw new Error(`no column ${name}`);
    return c;
  };
  return { ops, ct, col, indexes: ops.filter((o) => o.kind === 'create_index') };
}

function addedColumn(sql: string, dialect: Dialect = 'mysql'): ColumnDef {
  const op = map(sql, dialect)[0];
  if (op.kind !== 'add_column') throw new Error(`expected add_column, got ${op.kind}`);
  return op.column;
}

const users = { name: 'users' };

describe('CREATE TABLE', () => {
  const prisma = `CREATE TABLE \`User\` (
    \`id\` INTEGER NOT NULL AUTO_INCREMENT,
    \`email\` VARCHAR(191) NOT NULL,
    \`name\` VARCHAR(191) NULL,
    \`role\` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',
    \`createdAt\` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),

    UNIQUE INDEX \`User_email_key\`(\`email\`),
    INDEX \`User_name_role_idx\`(\`name\`, \`role\`),
    PRIMARY KEY (\`id\`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`;

  it('maps a Prisma table to create_table followed by its indexes', () => {
    expect(map(prisma)).toEqual([
      {
        kind: 'create_table',
        table: { name: 'User' },
        ifNotExists: false,
        temporary: false,
        asSelect: false,
        columns: [
          { name: 'id', type: { name: 'integer', args: [], array: 0, raw: 'INTEGER' }, nullable: false, identity: 'auto', constraints: [] },
          { name: 'email', type: { name: 'varchar', args: [191], array: 0, raw: 'VARCHAR(191)' }, nullable: false, constraints: [] },
          { name: 'name', type: { name: 'varchar', args: [191], array: 0, raw: 'VARCHAR(191)' }, nullable: true, constraints: [] },
          {
            name: 'role',
            type: { name: 'enum', args: [], array: 0, values: ['USER', 'ADMIN'], raw: "ENUM('USER', 'ADMIN')" },
            nullable: false,
            default: { text: "'USER'", volatile: false },
            constraints: [],
          },
          {
            name: 'createdAt',
            type: { name: 'datetime', args: [3], array: 0, raw: 'DATETIME(3)' },
            nullable: false,
            default: { text: 'CURRENT_TIMESTAMP(3)', volatile: false },
            constraints: [],
          },
        ],
        constraints: [{ kind: 'primary', name: 'PRIMARY', columns: ['id'] }],
      },
      {
        kind: 'create_index',
        name: 'User_email_key',
        table: { name: 'User' },
        elems: [{ column: 'email' }],
        unique: true,
        concurrently: false,
        ifNotExists: false,
      },
      {
        kind: 'create_index',
        name: 'User_name_role_idx',
        table: { name: 'User' },
        elems: [{ column: 'name' }, { column: 'role' }],
        unique: false,
        concurrently: false,
        ifNotExists: false,
      },
    ]);
  });

  it('maps a mysqldump table: KEY, UNIQUE KEY, FULLTEXT KEY, named foreign key, table options', () => {
    const { ct, indexes } = createTable(`CREATE TABLE \`posts\` (
  \`id\` bigint unsigned NOT NULL AUTO_INCREMENT,
  \`user_id\` bigint unsigned NOT NULL,
  \`slug\` varchar(255) NOT NULL,
  \`body\` text,
  PRIMARY KEY (\`id\`),
  UNIQUE KEY \`posts_slug_unique\` (\`slug\`),
  KEY \`posts_user_id_foreign\` (\`user_id\`),
  FULLTEXT KEY \`posts_body_fulltext\` (\`body\`),
  CONSTRAINT \`posts_user_id_foreign\` FOREIGN KEY (\`user_id\`) REFERENCES \`users\` (\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    expect(ct.constraints).toEqual([
      { kind: 'primary', name: 'PRIMARY', columns: ['id'] },
      {
        kind: 'foreign',
        name: 'posts_user_id_foreign',
        columns: ['user_id'],
        references: { table: { name: 'users' }, columns: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
      },
    ]);
    expect(indexes).toEqual([
      { kind: 'create_index', name: 'posts_slug_unique', table: { name: 'posts' }, elems: [{ column: 'slug' }], unique: true, concurrently: false, ifNotExists: false },
      { kind: 'create_index', name: 'posts_user_id_foreign', table: { name: 'posts' }, elems: [{ column: 'user_id' }], unique: false, concurrently: false, ifNotExists: false },
      {
        kind: 'create_index',
        name: 'posts_body_fulltext',
        table: { name: 'posts' },
        elems: [{ column: 'body' }],
        unique: false,
        concurrently: false,
        ifNotExists: false,
        method: 'fulltext',
      },
    ]);
  });

  it('reads column attributes', () => {
    const { col } = createTable(`CREATE TABLE t (
      id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
      flag TINYINT(1) NOT NULL DEFAULT '0',
      price DECIMAL(65,30) NOT NULL,
      data JSON NULL,
      name VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT 'display name',
      updated DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      full_name VARCHAR(300) GENERATED ALWAYS AS (CONCAT(first, ' ', last)) STORED,
      name_len INT AS (CHAR_LENGTH(name)) VIRTUAL,
      public_id CHAR(36) NOT NULL DEFAULT (UUID()),
      PRIMARY KEY (id)
    )`);
    expect(col('id')).toEqual({
      name: 'id',
      type: { name: 'bigint', args: [], array: 0, unsigned: true, raw: 'BIGINT UNSIGNED' },
      nullable: false,
      identity: 'auto',
      constraints: [],
    });
    expect(col('flag').type).toEqual({ name: 'tinyint', args: [1], array: 0, raw: 'TINYINT(1)' });
    expect(col('flag').default).toEqual({ text: "'0'", volatile: false });
    expect(col('price').type).toEqual({ name: 'numeric', args: [65, 30], array: 0, raw: 'DECIMAL(65,30)' });
    expect(col('data')).toEqual({ name: 'data', type: { name: 'json', args: [], array: 0, raw: 'JSON' }, nullable: true, constraints: [] });
    expect(col('name')).toEqual({
      name: 'name',
      type: { name: 'varchar', args: [100], array: 0, raw: 'VARCHAR(100)' },
      nullable: false,
      collation: 'utf8mb4_bin',
      constraints: [],
    });
    expect(col('updated').default).toEqual({ text: 'CURRENT_TIMESTAMP(3)', volatile: false });
    expect(col('full_name').generated).toEqual({ expr: "CONCAT(first, ' ', last)", stored: true });
    expect(col('name_len').generated).toEqual({ expr: 'CHAR_LENGTH(name)', stored: false });
    expect(col('public_id').default).toEqual({ text: '(UUID())', volatile: true });
  });

  it('keeps inline PRIMARY KEY, REFERENCES and CHECK on the column, and turns UNIQUE into an index', () => {
    const { col, indexes } = createTable(
      'CREATE TABLE t (id INT PRIMARY KEY, email VARCHAR(10) UNIQUE, owner_id INT REFERENCES owners(id) ON DELETE SET NULL, qty INT CONSTRAINT qty_pos CHECK (qty > 0))',
    );
    expect(col('id')).toMatchObject({ nullable: false, constraints: [{ kind: 'primary', name: 'PRIMARY', columns: ['id'] }] });
    expect(col('owner_id').constraints).toEqual([
      { kind: 'foreign', columns: ['owner_id'], references: { table: { name: 'owners' }, columns: ['id'], onDelete: 'SET NULL' } },
    ]);
    expect(col('qty').constraints).toEqual([{ kind: 'check', name: 'qty_pos', columns: ['qty'], expr: 'qty > 0' }]);
    expect(col('email').constraints).toEqual([]);
    expect(indexes).toEqual([
      { kind: 'create_index', table: { name: 't' }, elems: [{ column: 'email' }], unique: true, concurrently: false, ifNotExists: false },
    ]);
  });

  it('maps table-level UNIQUE constraints, CHECK, SPATIAL, USING, prefix and expression key parts', () => {
    const { ct, indexes } = createTable(`CREATE TABLE t (
      a INT, b VARCHAR(255), g POINT NOT NULL SRID 4326,
      CONSTRAINT uq_a UNIQUE (a),
      CONSTRAINT ck_a CHECK (a >= 0) NOT ENFORCED,
      KEY b_prefix (b(191)) USING BTREE,
      INDEX b_lower ((LOWER(b)), a DESC),
      SPATIAL INDEX g_idx (g)
    )`);
    expect(ct.constraints).toEqual([{ kind: 'check', name: 'ck_a', columns: [], expr: 'a >= 0' }]);
    expect(indexes.map((i) => (i.kind === 'create_index' ? [i.name, i.unique, i.elems, i.method] : []))).toEqual([
      ['uq_a', true, [{ column: 'a' }], undefined],
      ['b_prefix', false, [{ column: 'b' }], 'btree'],
      ['b_lower', false, [{ expr: 'LOWER(b)' }, { column: 'a', desc: true }], undefined],
      ['g_idx', false, [{ column: 'g' }], 'spatial'],
    ]);
  });

  it('makes primary key columns NOT NULL, as MySQL does', () => {
    const { col } = createTable('CREATE TABLE t (a INT, b INT, PRIMARY KEY (a, b))');
    expect(col('a').nullable).toBe(false);
    expect(col('b').nullable).toBe(false);
  });

  it('reads IF NOT EXISTS, TEMPORARY, AS SELECT and LIKE', () => {
    expect(one('CREATE TABLE IF NOT EXISTS `db`.`t` (a INT)')).toMatchObject({ table: { schema: 'db', name: 't' }, ifNotExists: true });
    expect(one('CREATE TEMPORARY TABLE tmp (a INT)')).toMatchObject({ temporary: true, asSelect: false });
    expect(one('CREATE TABLE t2 AS SELECT * FROM t')).toMatchObject({ asSelect: true, columns: [] });
    expect(one('CREATE TABLE t2 (extra INT) ENGINE=InnoDB SELECT * FROM t')).toMatchObject({ asSelect: true, columns: [{ name: 'extra' }] });
    expect(one('CREATE TABLE t2 LIKE t')).toMatchObject({ table: { name: 't2' }, asSelect: true, columns: [] });
  });

  it('keeps FLOAT(M,D) as written and reads FLOAT(p) as FLOAT up to 24 bits, DOUBLE from 25', () => {
    const { col } = createTable('CREATE TABLE t (a FLOAT(7,2), b FLOAT(24), c FLOAT(25), d FLOAT, e FLOAT(10,3) UNSIGNED)');
    const t = (n: string) => ({ name: col(n).type.name, args: col(n).type.args });
    expect(t('a')).toEqual({ name: 'real', args: [7, 2] });
    expect(t('b')).toEqual({ name: 'real', args: [] });
    expect(t('c')).toEqual({ name: 'double precision', args: [] });
    expect(t('d')).toEqual({ name: 'real', args: [] });
    expect(col('e').type).toMatchObject({ name: 'real', args: [10, 3], unsigned: true });
    expect(createTable('CREATE TABLE t (a FLOAT(7,2))', 'mariadb').col('a').type.args).toEqual([7, 2]);
  });

  it('reads every type spelling MySQL accepts', () => {
    const { col } = createTable(`CREATE TABLE t (
      a BOOLEAN, b INT(11) UNSIGNED ZEROFILL, c DOUBLE PRECISION, d REAL, e DEC(10,2), f NVARCHAR(20),
      g NATIONAL CHAR(2), h SERIAL, i SET('x','y'), j FLOAT(53), k MEDIUMTEXT, l VARBINARY(16), m YEAR, n CHAR(2) BINARY
    )`);
    const t = (n: string) => {
      const { name, args, unsigned, values } = col(n).type;
      return { name, args, unsigned, values };
    };
    expect(t('a')).toEqual({ name: 'tinyint', args: [1], unsigned: undefined, values: undefined });
    expect(t('b')).toEqual({ name: 'integer', args: [11], unsigned: true, values: undefined });
    expect(t('c').name).toBe('double precision');
    expect(t('d').name).toBe('double precision');
    expect(t('e')).toMatchObject({ name: 'numeric', args: [10, 2] });
    expect(t('f')).toMatchObject({ name: 'varchar', args: [20] });
    expect(t('g')).toMatchObject({ name: 'char', args: [2] });
    expect(t('h')).toMatchObject({ name: 'bigint', unsigned: true });
    expect(col('h')).toMatchObject({ nullable: false, identity: 'auto', serial: true });
    expect(t('i')).toMatchObject({ name: 'set', values: ['x', 'y'] });
    expect(t('j').name).toBe('double precision');
    expect(t('k').name).toBe('mediumtext');
    expect(t('l')).toMatchObject({ name: 'varbinary', args: [16] });
    expect(t('m').name).toBe('year');
    expect(col('n').type).toMatchObject({ name: 'char', args: [2], raw: 'CHAR(2) BINARY' });
  });

  it('reads Laravel collations written as strings and Doctrine ones in backticks', () => {
    const { col } = createTable(
      "create table `u` (`name` varchar(255) character set utf8mb4 collate 'utf8mb4_bin' not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci'",
    );
    expect(col('name')).toMatchObject({ nullable: false, collation: 'utf8mb4_bin' });
    expect(one('CREATE TABLE u (id INT) DEFAULT CHARACTER SET utf8mb4 COLLATE `utf8mb4_unicode_ci` ENGINE = InnoDB').kind).toBe('create_table');
  });
});

describe('defaults', () => {
  const dflt = (expr: string) => addedColumn(`ALTER TABLE t ADD COLUMN c VARCHAR(64) DEFAULT ${expr}`).default;

  it('keeps the text as written and classifies volatility', () => {
    expect(dflt("'it''s'")).toEqual({ text: "'it''s'", volatile: false });
    expect(dflt('-1.5')).toEqual({ text: '-1.5', volatile: false });
    expect(dflt("b'0'")).toEqual({ text: "b'0'", volatile: false });
    expect(dflt('CURRENT_TIMESTAMP')).toEqual({ text: 'CURRENT_TIMESTAMP', volatile: false });
    expect(dflt('NOW()')).toEqual({ text: 'NOW()', volatile: false });
    expect(dflt('(JSON_ARRAY())')).toEqual({ text: '(JSON_ARRAY())', volatile: false });
    expect(dflt('(UUID())')).toEqual({ text: '(UUID())', volatile: true });
    expect(dflt('(RAND() * 10)')).toEqual({ text: '(RAND() * 10)', volatile: true });
    expect(dflt('(my_func(1))')).toEqual({ text: '(my_func(1))', volatile: true });
    expect(dflt('(UUID_TO_BIN(UUID()))')).toEqual({ text: '(UUID_TO_BIN(UUID()))', volatile: true });
  });

  it('treats DEFAULT NULL as no default', () => {
    expect(dflt('NULL')).toBeUndefined();
  });
});

describe('ALTER TABLE', () => {
  it('maps each comma-separated action to its own operations, in order', () => {
    expect(
      map("ALTER TABLE `users` ADD COLUMN `age` INT UNSIGNED NOT NULL DEFAULT 0 AFTER `name`, ADD INDEX `users_age_idx` (`age`), DROP COLUMN `legacy`, ALGORITHM=INPLACE, LOCK=NONE"),
    ).toEqual([
      {
        kind: 'add_column',
        table: users,
        ifNotExists: false,
        column: {
          name: 'age',
          type: { name: 'integer', args: [], array: 0, unsigned: true, raw: 'INT UNSIGNED' },
          nullable: false,
          default: { text: '0', volatile: false },
          constraints: [],
        },
      },
      { kind: 'create_index', name: 'users_age_idx', table: users, elems: [{ column: 'age' }], unique: false, concurrently: false, ifNotExists: false },
      { kind: 'drop_column', table: users, column: 'legacy', ifExists: false, cascade: false },
    ]);
  });

  it('maps ADD without COLUMN, ADD … FIRST and ADD (a, b)', () => {
    expect(kinds('ALTER TABLE users ADD phone VARCHAR(20) NULL FIRST')).toEqual(['add_column']);
    expect(map('ALTER TABLE users ADD (a INT, b INT NOT NULL)').map((o) => (o.kind === 'add_column' ? [o.column.name, o.column.nullable] : o.kind))).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('maps ADD COLUMN with inline UNIQUE to the column plus a unique index', () => {
    expect(map('ALTER TABLE users ADD COLUMN email VARCHAR(255) NOT NULL UNIQUE')).toEqual([
      expect.objectContaining({ kind: 'add_column', column: expect.objectContaining({ name: 'email', nullable: false }) }),
      { kind: 'create_index', table: users, elems: [{ column: 'email' }], unique: true, concurrently: false, ifNotExists: false },
    ]);
  });

  it('maps DROP and DROP COLUMN', () => {
    expect(map('ALTER TABLE users DROP COLUMN a, DROP b')).toEqual([
      { kind: 'drop_column', table: users, column: 'a', ifExists: false, cascade: false },
      { kind: 'drop_column', table: users, column: 'b', ifExists: false, cascade: false },
    ]);
  });

  it('spells out MODIFY as type, nullability and default', () => {
    expect(map("ALTER TABLE users MODIFY COLUMN name VARCHAR(500) NOT NULL DEFAULT ''")).toEqual([
      { kind: 'alter_column_type', table: users, column: 'name', type: { name: 'varchar', args: [500], array: 0, raw: 'VARCHAR(500)' } },
      { kind: 'set_not_null', table: users, column: 'name' },
      { kind: 'set_default', table: users, column: 'name', default: { text: "''", volatile: false } },
    ]);
    expect(map('ALTER TABLE users MODIFY name TEXT')).toEqual([
      { kind: 'alter_column_type', table: users, column: 'name', type: { name: 'text', args: [], array: 0, raw: 'TEXT' } },
      { kind: 'drop_not_null', table: users, column: 'name' },
      { kind: 'drop_default', table: users, column: 'name' },
    ]);
  });

  it('spells out CHANGE with a rename first, and no rename when the name stays', () => {
    expect(map('ALTER TABLE users CHANGE COLUMN name full_name VARCHAR(200) NOT NULL')).toEqual([
      { kind: 'rename_column', table: users, column: 'name', newName: 'full_name' },
      { kind: 'alter_column_type', table: users, column: 'full_name', type: { name: 'varchar', args: [200], array: 0, raw: 'VARCHAR(200)' } },
      { kind: 'set_not_null', table: users, column: 'full_name' },
      { kind: 'drop_default', table: users, column: 'full_name' },
    ]);
    expect(kinds('ALTER TABLE users CHANGE `email` `Email` varchar(255) DEFAULT NULL')).toEqual(['alter_column_type', 'drop_not_null', 'drop_default']);
  });

  it('turns inline keys of a MODIFY into separate operations', () => {
    expect(kinds('ALTER TABLE users MODIFY id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY')).toEqual([
      'alter_column_type',
      'set_not_null',
      'drop_default',
      'add_constraint',
    ]);
  });

  it('maps RENAME COLUMN, RENAME TO / AS, RENAME INDEX / KEY', () => {
    expect(one('ALTER TABLE users RENAME COLUMN a TO b')).toEqual({ kind: 'rename_column', table: users, column: 'a', newName: 'b' });
    expect(one('ALTER TABLE users RENAME TO people')).toEqual({ kind: 'rename_table', table: users, newName: { name: 'people' } });
    expect(one('ALTER TABLE users RENAME AS `app`.`people`')).toEqual({ kind: 'rename_table', table: users, newName: { schema: 'app', name: 'people' } });
    expect(one('ALTER TABLE users RENAME INDEX idx_a TO idx_b')).toEqual({ kind: 'rename_index', name: { name: 'idx_a' }, newName: 'idx_b', table: users });
    expect(one('ALTER TABLE users RENAME KEY idx_a TO idx_b')).toMatchObject({ kind: 'rename_index', newName: 'idx_b' });
  });

  it('maps ALTER COLUMN SET DEFAULT / DROP DEFAULT', () => {
    expect(map("ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free', ALTER role DROP DEFAULT")).toEqual([
      { kind: 'set_default', table: users, column: 'plan', default: { text: "'free'", volatile: false } },
      { kind: 'drop_default', table: users, column: 'role' },
    ]);
    expect(one('ALTER TABLE users ALTER COLUMN token SET DEFAULT (UUID())')).toMatchObject({ default: { text: '(UUID())', volatile: true } });
  });

  it('maps ADD [UNIQUE] INDEX / KEY and UNIQUE constraints to create_index', () => {
    const idx = (sql: string) => {
      const op = one(sql);
      return op.kind === 'create_index' ? { name: op.name, unique: op.unique, elems: op.elems, method: op.method } : op.kind;
    };
    expect(idx('ALTER TABLE users ADD INDEX i (a)')).toEqual({ name: 'i', unique: false, elems: [{ column: 'a' }], method: undefined });
    expect(idx('ALTER TABLE users ADD KEY i (a, b)')).toEqual({ name: 'i', unique: false, elems: [{ column: 'a' }, { column: 'b' }], method: undefined });
    expect(idx('ALTER TABLE users ADD UNIQUE INDEX u (a)')).toEqual({ name: 'u', unique: true, elems: [{ column: 'a' }], method: undefined });
    expect(idx('ALTER TABLE users ADD UNIQUE KEY u (a)')).toMatchObject({ name: 'u', unique: true });
    expect(idx('alter table `users` add unique `users_email_unique`(`email`)')).toMatchObject({ name: 'users_email_unique', unique: true });
    expect(idx('ALTER TABLE users ADD CONSTRAINT u UNIQUE (a)')).toMatchObject({ name: 'u', unique: true });
    expect(idx('ALTER TABLE users ADD FULLTEXT INDEX ft (bio)')).toMatchObject({ name: 'ft', method: 'fulltext' });
    expect(idx('alter table `cache` add index `cache_key_index` using hash(`key`)')).toMatchObject({ name: 'cache_key_index', method: 'hash' });
  });

  it('maps ADD CONSTRAINT FOREIGN KEY / CHECK / PRIMARY KEY', () => {
    expect(
      one('ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE'),
    ).toEqual({
      kind: 'add_constraint',
      table: { name: 'Post' },
      constraint: {
        kind: 'foreign',
        name: 'Post_authorId_fkey',
        columns: ['authorId'],
        references: { table: { name: 'User' }, columns: ['id'], onDelete: 'RESTRICT', onUpdate: 'CASCADE' },
      },
    });
    expect(one('ALTER TABLE users ADD CONSTRAINT age_ok CHECK (`age` >= 18)')).toEqual({
      kind: 'add_constraint',
      table: users,
      constraint: { kind: 'check', name: 'age_ok', columns: [], expr: '`age` >= 18' },
    });
    expect(one('ALTER TABLE users ADD PRIMARY KEY (id, tenant_id)')).toEqual({
      kind: 'add_constraint',
      table: users,
      constraint: { kind: 'primary', name: 'PRIMARY', columns: ['id', 'tenant_id'] },
    });
    expect(one('ALTER TABLE users ADD FOREIGN KEY (org_id) REFERENCES orgs (id)')).toEqual({
      kind: 'add_constraint',
      table: users,
      constraint: { kind: 'foreign', columns: ['org_id'], references: { table: { name: 'orgs' }, columns: ['id'] } },
    });
  });

  it('maps DROP FOREIGN KEY, DROP INDEX / KEY, DROP PRIMARY KEY, DROP CHECK / CONSTRAINT', () => {
    expect(one('ALTER TABLE users DROP FOREIGN KEY users_org_fk')).toEqual({
      kind: 'drop_constraint',
      table: users,
      name: 'users_org_fk',
      ifExists: false,
      cascade: false,
      constraintKind: 'foreign',
    });
    expect(one('ALTER TABLE users DROP INDEX users_email_unique')).toEqual({
      kind: 'drop_index',
      name: { name: 'users_email_unique' },
      table: users,
      concurrently: false,
      ifExists: false,
      cascade: false,
    });
    expect(one('ALTER TABLE users DROP KEY k')).toMatchObject({ kind: 'drop_index', name: { name: 'k' }, table: users });
    expect(one('ALTER TABLE users DROP PRIMARY KEY')).toEqual({
      kind: 'drop_constraint',
      table: users,
      name: 'PRIMARY',
      ifExists: false,
      cascade: false,
      constraintKind: 'primary',
    });
    expect(one('ALTER TABLE users DROP CHECK age_ok')).toMatchObject({ kind: 'drop_constraint', name: 'age_ok', constraintKind: 'check' });
    expect(one('ALTER TABLE users DROP CONSTRAINT c')).toEqual({ kind: 'drop_constraint', table: users, name: 'c', ifExists: false, cascade: false });
  });

  it('keeps DROP PRIMARY KEY, ADD COLUMN, ADD PRIMARY KEY in order (Prisma primary key change)', () => {
    expect(kinds('ALTER TABLE `M` DROP PRIMARY KEY, ADD COLUMN `id` VARCHAR(191) NOT NULL, ADD PRIMARY KEY (`id`)')).toEqual([
      'drop_constraint',
      'add_column',
      'add_constraint',
    ]);
  });

  it('maps table options, CONVERT TO and table-wide rebuilds to one alter_table_options; other actions to other', () => {
    const users = { name: 'users' };
    expect(one('ALTER TABLE users CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci')).toEqual({
      kind: 'alter_table_options',
      table: users,
      convert: true,
      charset: 'utf8mb4',
      collation: 'utf8mb4_unicode_ci',
      options: {},
    });
    expect(one('ALTER TABLE users ENGINE=InnoDB')).toEqual({ kind: 'alter_table_options', table: users, engine: 'InnoDB', options: {} });
    // Options follow each other with or without commas; FORCE and partitioning are table-wide too.
    expect(one("ALTER TABLE users ENGINE = MyISAM DEFAULT CHARSET=latin1 COLLATE latin1_bin, COMMENT = 'x', ROW_FORMAT=DYNAMIC, FORCE")).toEqual({
      kind: 'alter_table_options',
      table: users,
      engine: 'MyISAM',
      charset: 'latin1',
      collation: 'latin1_bin',
      options: { COMMENT: 'x', ROW_FORMAT: 'DYNAMIC', FORCE: '' },
    });
    expect(one('ALTER TABLE t PARTITION BY HASH(id) PARTITIONS 4')).toMatchObject({ options: { 'PARTITION BY': 'HASH(id) PARTITIONS 4' } });
    expect(one('ALTER TABLE t REMOVE PARTITIONING')).toMatchObject({ options: { 'REMOVE PARTITIONING': '' } });
    expect(kinds('ALTER TABLE t ADD COLUMN x INT, ENGINE=InnoDB, ALGORITHM=COPY')).toEqual(['add_column', 'alter_table_options']);
    expect(kinds('ALTER TABLE `t` DISABLE KEYS')).toEqual(['other']);
    expect(kinds('ALTER TABLE t ANALYZE PARTITION p0')).toEqual(['other']);
  });

  it('returns no operation for ALGORITHM= and LOCK= but reports them through mysqlAlterOptions', () => {
    const sql = 'ALTER TABLE users ADD COLUMN x INT, ALGORITHM=INSTANT, LOCK = NONE';
    expect(kinds(sql)).toEqual(['add_column']);
    expect(mysqlAlterOptions(sql)).toEqual({ algorithm: 'instant', lock: 'none' });
    expect(mysqlAlterOptions('ALTER TABLE users MODIFY a BIGINT, ALGORITHM=COPY')).toEqual({ algorithm: 'copy' });
    expect(mysqlAlterOptions('CREATE INDEX i ON t (a) ALGORITHM=INPLACE LOCK=SHARED')).toEqual({ algorithm: 'inplace', lock: 'shared' });
    expect(mysqlAlterOptions('DROP INDEX i ON t LOCK=EXCLUSIVE')).toEqual({ lock: 'exclusive' });
    expect(mysqlAlterOptions('ALTER TABLE users ADD COLUMN algorithm VARCHAR(10)')).toEqual({});
    expect(mysqlAlterOptions('CREATE ALGORITHM=MERGE VIEW v AS SELECT 1')).toEqual({});
    expect(mysqlAlterOptions('SELECT 1')).toEqual({});
  });

  it('rejects an ALTER TABLE with nothing valid to do', () => {
    expect(() => map('ALTER TABLE users FROBNICATE x')).toThrow('Expected an ALTER TABLE action but "FROBNICATE" found (line 1, column 19)');
    expect(() => map('ALTER TABLE users ALGORITHM=FAST')).toThrow(/Expected one of DEFAULT, INSTANT, INPLACE, COPY, NOCOPY but "FAST" found/);
  });
});

describe('indexes', () => {
  it('maps CREATE [UNIQUE|FULLTEXT] INDEX', () => {
    expect(one('CREATE UNIQUE INDEX `user_email_key` ON `user`(`email`)')).toEqual({
      kind: 'create_index',
      name: 'user_email_key',
      table: { name: 'user' },
      elems: [{ column: 'email' }],
      unique: true,
      concurrently: false,
      ifNotExists: false,
    });
    expect(one('CREATE FULLTEXT INDEX ft ON posts (title, body)')).toMatchObject({ unique: false, method: 'fulltext', elems: [{ column: 'title' }, { column: 'body' }] });
    expect(one('CREATE INDEX i ON t (a DESC, (LOWER(b)), c(10)) USING BTREE ALGORITHM=INPLACE LOCK=NONE')).toMatchObject({
      elems: [{ column: 'a', desc: true }, { expr: 'LOWER(b)' }, { column: 'c' }],
      method: 'btree',
    });
  });

  it('maps DROP INDEX … ON', () => {
    expect(one('DROP INDEX `User_email_key` ON `user` ALGORITHM=INPLACE LOCK=NONE')).toEqual({
      kind: 'drop_index',
      name: { name: 'User_email_key' },
      table: { name: 'user' },
      concurrently: false,
      ifExists: false,
      cascade: false,
    });
  });
});

describe('other DDL', () => {
  it('maps DROP TABLE with several tables to one operation each', () => {
    expect(map('DROP TABLE IF EXISTS `a`, b')).toEqual([
      { kind: 'drop_table', table: { name: 'a' }, ifExists: true, cascade: false },
      { kind: 'drop_table', table: { name: 'b' }, ifExists: true, cascade: false },
    ]);
    expect(one('DROP TEMPORARY TABLE t CASCADE')).toEqual({ kind: 'drop_table', table: { name: 't' }, ifExists: false, cascade: true });
  });

  it('maps RENAME TABLE pairs', () => {
    expect(map('RENAME TABLE a TO b, `db`.c TO d')).toEqual([
      { kind: 'rename_table', table: { name: 'a' }, newName: { name: 'b' } },
      { kind: 'rename_table', table: { schema: 'db', name: 'c' }, newName: { name: 'd' } },
    ]);
  });

  it('maps TRUNCATE with and without TABLE', () => {
    expect(one('TRUNCATE TABLE sessions')).toEqual({ kind: 'truncate', tables: [{ name: 'sessions' }], cascade: false });
    expect(one('TRUNCATE sessions')).toEqual({ kind: 'truncate', tables: [{ name: 'sessions' }], cascade: false });
  });

  it('maps CREATE / DROP DATABASE and SCHEMA', () => {
    expect(one('CREATE DATABASE IF NOT EXISTS shop DEFAULT CHARACTER SET utf8mb4')).toEqual({ kind: 'create_schema', name: 'shop', ifNotExists: true });
    expect(one('CREATE SCHEMA shop')).toEqual({ kind: 'create_schema', name: 'shop', ifNotExists: false });
    expect(one('DROP DATABASE shop')).toEqual({ kind: 'drop_schema', name: 'shop', ifExists: false, cascade: false, database: true });
    expect(one('DROP SCHEMA IF EXISTS `shop`')).toEqual({ kind: 'drop_schema', name: 'shop', ifExists: true, cascade: false, database: true });
  });

  it('maps CREATE / ALTER / DROP VIEW', () => {
    expect(one('CREATE OR REPLACE VIEW v AS SELECT 1')).toEqual({ kind: 'create_view', name: { name: 'v' }, materialized: false, orReplace: true });
    expect(one('CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `v` AS select 1 AS `a`')).toEqual({
      kind: 'create_view',
      name: { name: 'v' },
      materialized: false,
      orReplace: false,
    });
    expect(one("CREATE DEFINER='app'@'%' VIEW v2 AS SELECT 1")).toMatchObject({ kind: 'create_view', name: { name: 'v2' } });
    expect(one('ALTER VIEW v AS SELECT 2')).toMatchObject({ kind: 'create_view', orReplace: true });
    expect(map('DROP VIEW IF EXISTS v, w')).toEqual([
      { kind: 'drop_view', name: { name: 'v' }, materialized: false, ifExists: true, cascade: false },
      { kind: 'drop_view', name: { name: 'w' }, materialized: false, ifExists: true, cascade: false },
    ]);
  });

  it('maps routines, triggers, events, grants, locks and queries to other', () => {
    const others = [
      'CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1',
      'CREATE DEFINER=`root`@`localhost` PROCEDURE p() BEGIN SELECT 1; END',
      'CREATE FUNCTION f() RETURNS INT DETERMINISTIC RETURN 1',
      'CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM t',
      'DROP TRIGGER IF EXISTS trg',
      "GRANT ALL ON shop.* TO 'app'@'%'",
      'LOCK TABLES `t` WRITE',
      'UNLOCK TABLES',
      'SELECT 1',
      'USE shop',
      'ALTER DATABASE shop CHARACTER SET utf8mb4',
    ];
    for (const sql of others) expect(map(sql)).toEqual([{ kind: 'other', description: sql }]);
  });

  it('maps ANALYZE TABLE to maintenance', () => {
    expect(map('ANALYZE TABLE a, b')).toEqual([
      { kind: 'maintenance', action: 'analyze', table: { name: 'a' } },
      { kind: 'maintenance', action: 'analyze', table: { name: 'b' } },
    ]);
  });
});

describe('data changes', () => {
  it('maps INSERT / REPLACE / UPDATE / DELETE with and without WHERE', () => {
    expect(one("INSERT INTO `schema_migrations` (version) VALUES ('1'), ('2')")).toEqual({
      kind: 'data_change',
      verb: 'insert',
      table: { name: 'schema_migrations' },
      hasWhere: false,
    });
    expect(one('REPLACE INTO t VALUES (1)')).toMatchObject({ verb: 'insert', table: { name: 't' } });
    expect(one("UPDATE `users` SET `email` = CONCAT('u', id) WHERE `email` = ''")).toEqual({
      kind: 'data_change',
      verb: 'update',
      table: users,
      hasWhere: true,
    });
    expect(one('UPDATE users SET active = 0')).toMatchObject({ verb: 'update', hasWhere: false });
    expect(one('UPDATE users SET n = (SELECT COUNT(*) FROM o WHERE o.u = users.id)')).toMatchObject({ hasWhere: false });
    expect(one('DELETE FROM sessions WHERE last_seen < NOW()')).toEqual({ kind: 'data_change', verb: 'delete', table: { name: 'sessions' }, hasWhere: true });
    expect(one('DELETE FROM sessions')).toMatchObject({ verb: 'delete', hasWhere: false });
    expect(one('DELETE s FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.banned = 1')).toMatchObject({ table: { name: 's' }, hasWhere: true });
  });
});

describe('session statements', () => {
  it('maps SET statements to set_setting', () => {
    expect(one('SET FOREIGN_KEY_CHECKS=0')).toEqual({ kind: 'set_setting', name: 'FOREIGN_KEY_CHECKS', value: '0', local: false });
    expect(one('SET NAMES utf8mb4')).toEqual({ kind: 'set_setting', name: 'names', value: 'utf8mb4', local: false });
    expect(one('SET SESSION lock_wait_timeout = 5')).toEqual({ kind: 'set_setting', name: 'lock_wait_timeout', value: '5', local: false });
    expect(one('SET @@session.innodb_lock_wait_timeout = 10')).toEqual({ kind: 'set_setting', name: 'innodb_lock_wait_timeout', value: '10', local: false });
    expect(one("SET sql_mode = 'STRICT_ALL_TABLES'")).toEqual({ kind: 'set_setting', name: 'sql_mode', value: 'STRICT_ALL_TABLES', local: false });
    expect(one('SET GLOBAL lock_wait_timeout = 5')).toMatchObject({ name: 'global.lock_wait_timeout' });
    expect(map('SET @old = @@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS = 0')).toEqual([
      { kind: 'set_setting', name: 'FOREIGN_KEY_CHECKS', value: '0', local: false },
    ]);
    expect(one('SET @x = 1')).toEqual({ kind: 'other', description: 'SET @x = 1' });
    expect(one('SET TRANSACTION ISOLATION LEVEL READ COMMITTED').kind).toBe('other');
  });

  it('maps transaction control', () => {
    expect(one('START TRANSACTION')).toEqual({ kind: 'transaction', action: 'begin' });
    expect(one('BEGIN')).toEqual({ kind: 'transaction', action: 'begin' });
    expect(one('BEGIN WORK')).toEqual({ kind: 'transaction', action: 'begin' });
    expect(one('COMMIT')).toEqual({ kind: 'transaction', action: 'commit' });
    expect(one('ROLLBACK')).toEqual({ kind: 'transaction', action: 'rollback' });
    expect(one('ROLLBACK TO SAVEPOINT s1').kind).toBe('other');
  });

  it('reads statements wrapped in mysqldump version comments', () => {
    expect(one('/*!40101 SET NAMES utf8mb4 */')).toEqual({ kind: 'set_setting', name: 'names', value: 'utf8mb4', local: false });
    expect(one('/*!40000 ALTER TABLE `t` DISABLE KEYS */')).toEqual({ kind: 'other', description: 'ALTER TABLE `t`: DISABLE KEYS' });
    expect(map('-- only a comment')).toEqual([]);
    expect(map('DROP TABLE t;')).toEqual([{ kind: 'drop_table', table: { name: 't' }, ifExists: false, cascade: false }]);
  });
});

describe('identifiers', () => {
  it('strips backticks and keeps the case as written', () => {
    expect(one('ALTER TABLE `App`.`UserAccount` RENAME COLUMN `FirstName` TO `first name`')).toEqual({
      kind: 'rename_column',
      table: { schema: 'App', name: 'UserAccount' },
      column: 'FirstName',
      newName: 'first name',
    });
    expect(addedColumn('ALTER TABLE t ADD `weird``name` INT').name).toBe('weird`name');
  });
});

describe('MariaDB', () => {
  it('reads IF [NOT] EXISTS in ALTER TABLE actions, CREATE INDEX and DROP INDEX', () => {
    expect(one('ALTER TABLE users ADD COLUMN IF NOT EXISTS last_login DATETIME', 'mariadb')).toMatchObject({ kind: 'add_column', ifNotExists: true });
    expect(one('ALTER TABLE users DROP COLUMN IF EXISTS legacy', 'mariadb')).toMatchObject({ kind: 'drop_column', ifExists: true });
    expect(one('ALTER TABLE users ADD INDEX IF NOT EXISTS i (a)', 'mariadb')).toMatchObject({ kind: 'create_index', name: 'i', ifNotExists: true });
    expect(one('ALTER TABLE users DROP INDEX IF EXISTS i', 'mariadb')).toMatchObject({ kind: 'drop_index', ifExists: true });
    expect(one('ALTER TABLE users DROP FOREIGN KEY IF EXISTS fk', 'mariadb')).toMatchObject({ kind: 'drop_constraint', ifExists: true });
    expect(one('CREATE INDEX IF NOT EXISTS i ON t (a)', 'mariadb')).toMatchObject({ kind: 'create_index', ifNotExists: true });
    expect(one('DROP INDEX IF EXISTS i ON t', 'mariadb')).toMatchObject({ kind: 'drop_index', ifExists: true, table: { name: 't' } });
  });

  it('reads MariaDB types, defaults and column flags', () => {
    const { col } = createTable(
      `CREATE TABLE s (
        token uuid NOT NULL DEFAULT uuid(),
        ip inet6 DEFAULT NULL,
        created timestamp NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
        total decimal(10,2) AS (price * 1.2) PERSISTENT,
        secret varchar(100) INVISIBLE,
        data longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL CHECK (json_valid(data))
      )`,
      'mariadb',
    );
    expect(col('token')).toMatchObject({ type: { name: 'uuid' }, nullable: false, default: { text: 'uuid()', volatile: true } });
    expect(col('ip').type.name).toBe('inet6');
    expect(col('created').default).toEqual({ text: 'current_timestamp()', volatile: false });
    expect(col('total').generated).toEqual({ expr: 'price * 1.2', stored: true });
    expect(col('secret')).toMatchObject({ nullable: true });
    expect(col('data').constraints).toEqual([{ kind: 'check', columns: ['data'], expr: 'json_valid(data)' }]);
  });

  it('maps CREATE OR REPLACE TABLE to a drop and a create', () => {
    expect(kinds('CREATE OR REPLACE TABLE t (a INT)', 'mariadb')).toEqual(['drop_table', 'create_table']);
  });

  it('maps the statement inside SET STATEMENT … FOR', () => {
    expect(kinds('SET STATEMENT max_statement_time=60 FOR ALTER TABLE t MODIFY a BIGINT NOT NULL', 'mariadb')).toEqual([
      'alter_column_type',
      'set_not_null',
      'drop_default',
    ]);
  });

  it('treats sequence defaults as volatile', () => {
    expect(addedColumn('ALTER TABLE o ADD COLUMN n BIGINT NOT NULL DEFAULT (NEXT VALUE FOR seq)', 'mariadb').default).toEqual({
      text: '(NEXT VALUE FOR seq)',
      volatile: true,
    });
  });
});

describe('errors', () => {
  it('quotes the parser: what was expected, what was found, and where', () => {
    expect(() => map('CREATE TABLE t (\n  id INT NOT NULL,\n  name VARCHAR(10) NOT NULL DEFAULT \'a\' GARBAGE\n)')).toThrow(
      /^Expected .* but "GARBAGE" found \(line 3, column 41\)$/,
    );
    expect(() => map('CREATE TABLE t (id INT NOT NUL)')).toThrow(/Expected "\(", "NOT NULL", "NULL", "DEFAULT".* but "NOT" found \(line 1, column 24\)/);
  });

  it('reports structural errors found before parsing', () => {
    expect(() => map('CREATE TABLE t (id INT,)')).toThrow('Expected a column or index definition but end of input found (line 1, column 24)');
    expect(() => map('CREATE TABLE t (id VARCHAR(abc))')).toThrow('Expected a number but "abc" found (line 1, column 28)');
    expect(() => map('CREATE TABLE t (id INT) ENGIN=InnoDB')).toThrow('Expected a table option but "ENGIN" found (line 1, column 25)');
    expect(() => map('RENAME TABLE a b')).toThrow('Expected "TO" but "b" found (line 1, column 16)');
    expect(() => map("SELECT 'open")).toThrow('Unterminated string starting here (line 1, column 8)');
    expect(() => map('CREATE TABLE t (a int')).toThrow('Unclosed "(" (line 1, column 16)');
  });
});
