import { parseMigrationFile } from '../../src/frontends/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { MigrationFile } from '../../src/model/migration.js';
import type { LocatedOp } from '../../src/model/operation.js';
import { typeToSql } from '../../src/model/sql-type.js';

function revision(upgrade: string): MigrationFile {
  const up = `from alembic import op\nimport sqlalchemy as sa\n\nrevision = 'abc'\ndown_revision = None\n\n\ndef upgrade():\n${upgrade}\n`;
  return { path: 'alembic/versions/abc_x.py', version: 'abc', name: 'x', language: 'python', up, hasDown: true, transaction: 'per-file', blobId: 'x', graph: { format: 'alembic', id: 'abc', parents: [] } };
}

async function ops(upgrade: string, dialect: Dialect = 'postgresql'): Promise<LocatedOp[]> {
  return parseMigrationFile(revision(upgrade), dialect);
}

function show(list: LocatedOp[]): string[] {
  return list.map((o) => {
    const at = `@${o.stmt.line}${o.stmt.inTransaction ? '' : ' (autocommit)'}`;
    switch (o.kind) {
      case 'create_table':
        return `create_table${at} ${o.table.name}(${o.columns.map((c) => `${c.name} ${typeToSql(c.type)}${c.nullable ? '' : ' not null'}${c.serial ? ' serial' : ''}${c.default ? ` default ${c.default.text}` : ''}${c.constraints.map((k) => ` ${k.kind}`).join('')}`).join(', ')})${o.constraints.map((k) => ` ${k.kind}${k.name ? ` ${k.name}` : ''}(${k.columns.join(',')})`).join('')}`;
      case 'create_enum':
        return `create_enum${at} ${o.name.name}(${o.values.join(',')})`;
      case 'add_column':
        return `add_column${at} ${o.table.name}.${o.column.name} ${typeToSql(o.column.type)}${o.column.nullable ? '' : ' not null'}${o.column.default ? ` default ${o.column.default.text}${o.column.default.volatile ? ' volatile' : ''}` : ''}${o.column.constraints.map((k) => ` ${k.kind}→${k.references?.table.name}`).join('')}`;
      case 'alter_column_type':
        return `alter_column_type${at} ${o.table.name}.${o.column} ${typeToSql(o.type)}${o.using ? ` using ${o.using}` : ''}`;
      case 'set_default':
        return `set_default${at} ${o.table.name}.${o.column} ${o.default.text}`;
      case 'set_not_null':
      case 'drop_not_null':
      case 'drop_default':
        return `${o.kind}${at} ${o.table.name}.${o.column}`;
      case 'rename_column':
        return `rename_column${at} ${o.table.name}.${o.column}→${o.newName}`;
      case 'drop_column':
        return `drop_column${at} ${o.table.name}.${o.column}`;
      case 'create_index':
        return `create_index${at} ${o.name} on ${o.table.name}(${o.elems.map((e) => e.column ?? e.expr).join(',')})${o.unique ? ' unique' : ''}${o.concurrently ? ' concurrently' : ''}${o.where ? ` where ${o.where}` : ''}`;
      case 'drop_index':
        return `drop_index${at} ${o.name.name}${o.concurrently ? ' concurrently' : ''}`;
      case 'add_constraint':
        return `add_constraint${at} ${o.table.name} ${o.constraint.kind} ${o.constraint.name}(${o.constraint.columns.join(',')})${o.constraint.references ? `→${o.constraint.references.table.name}(${o.constraint.references.columns.join(',')})` : ''}${o.constraint.expr ? ` ${o.constraint.expr}` : ''}`;
      case 'drop_constraint':
        return `drop_constraint${at} ${o.table.name} ${o.name}${o.constraintKind ? ` ${o.constraintKind}` : ''}`;
      case 'rename_table':
        return `rename_table${at} ${o.table.name}→${o.newName.name}`;
      case 'drop_table':
        return `drop_table${at} ${o.table.name}`;
      case 'data_change':
        return `data_change${at} ${o.verb} ${o.table.name}${o.hasWhere ? ' where' : ''}`;
      case 'opaque_code':
        return `opaque_code${at} ${o.description}`;
      case 'unparsed':
        return `unparsed${at} ${o.message}`;
      default:
        return `${o.kind}${at}`;
    }
  });
}

describe('Alembic operations → IR', () => {
  it('create_table with columns, constraints, enum and server defaults', async () => {
    expect(
      show(
        await ops(`    op.create_table(
        'accounts',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('kind', sa.Enum('a', 'b', name='account_kind'), nullable=False),
        sa.Column('created', sa.DateTime(timezone=True), server_default=sa.func.now()),
        sa.Column('balance', sa.Numeric(12, 2), server_default='0'),
        sa.Column('owner_id', sa.BigInteger, sa.ForeignKey('users.id', ondelete='CASCADE')),
        sa.UniqueConstraint('name', name='uq_accounts_name'),
    )`),
      ),
    ).toEqual([
      'create_enum@9 account_kind(a,b)',
      "create_table@9 accounts(id integer not null serial primary, name varchar(100) not null, kind account_kind not null, created timestamptz default now(), balance numeric(12, 2) default '0', owner_id bigint foreign) unique uq_accounts_name(name)",
    ]);
  });

  it('maps column, index and constraint operations statement by statement', async () => {
    expect(
      show(
        await ops(
          [
            "    op.add_column('users', sa.Column('age', sa.Integer(), nullable=True))",
            "    op.add_column('users', sa.Column('token', postgresql.UUID(), server_default=sa.text('gen_random_uuid()'), nullable=False))",
            "    op.add_column('users', sa.Column('team_id', sa.Integer(), sa.ForeignKey('teams.id'), nullable=True))",
            "    op.alter_column('users', 'age', type_=sa.BigInteger(), existing_type=sa.Integer(), postgresql_using='age::bigint')",
            "    op.alter_column('users', 'email', nullable=False, server_default='x', new_column_name='mail')",
            "    op.alter_column('users', 'mail', server_default=None)",
            "    op.drop_column('users', 'age')",
            "    op.create_index(op.f('ix_users_mail'), 'users', ['mail'], unique=True, postgresql_where=sa.text('mail IS NOT NULL'))",
            "    op.drop_index('ix_old', table_name='users', postgresql_concurrently=True)",
            "    op.create_unique_constraint('uq_users_mail', 'users', ['mail'])",
            "    op.create_foreign_key('fk_users_team', 'users', 'teams', ['team_id'], ['id'], ondelete='SET NULL')",
            "    op.create_check_constraint('ck_users_mail', 'users', \"mail <> ''\")",
            "    op.drop_constraint('fk_old', 'users', type_='foreignkey')",
            "    op.create_primary_key('pk_tags', 'tags', ['id'])",
            "    op.rename_table('tags', 'labels')",
            "    op.drop_table('old')",
            "    op.bulk_insert(sa.table('labels', sa.column('id')), [{'id': 1}])",
          ].join('\n'),
        ),
      ),
    ).toEqual([
      'add_column@9 users.age integer',
      'add_column@10 users.token uuid not null default gen_random_uuid() volatile',
      'add_column@11 users.team_id integer foreign→teams',
      'alter_column_type@12 users.age bigint using age::bigint',
      'set_not_null@13 users.email',
      "set_default@13 users.email 'x'",
      'rename_column@13 users.email→mail',
      'drop_default@14 users.mail',
      'drop_column@15 users.age',
      'create_index@16 ix_users_mail on users(mail) unique where mail IS NOT NULL',
      'drop_index@17 ix_old concurrently',
      'add_constraint@18 users unique uq_users_mail(mail)',
      'add_constraint@19 users foreign fk_users_team(team_id)→teams(id)',
      "add_constraint@20 users check ck_users_mail() mail <> ''",
      'drop_constraint@21 users fk_old foreign',
      'add_constraint@22 tags primary pk_tags(id)',
      'rename_table@23 tags→labels',
      'drop_table@24 old',
      'data_change@25 insert labels',
    ]);
  });

  it('batch_alter_table, autocommit_block, execute with sa.text, and opaque code', async () => {
    expect(
      show(
        await ops(`    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('nick', sa.String(30), nullable=True))
        batch_op.drop_column('legacy')
        batch_op.create_index('ix_users_nick', ['nick'])
    with op.get_context().autocommit_block():
        op.create_index('ix_users_created', 'users', ['created'], postgresql_concurrently=True)
        op.execute(sa.text("VACUUM users"))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE users SET nick = name"))
    table = 'users'
    op.drop_column(table, 'nick')
    op.frobnicate('users')`),
      ),
    ).toEqual([
      'add_column@10 users.nick varchar(30)',
      'drop_column@11 users.legacy',
      'create_index@12 ix_users_nick on users(nick)',
      'create_index@14 (autocommit) ix_users_created on users(created) concurrently',
      'maintenance@15 (autocommit)',
      'opaque_code@16 Python code: conn = op.get_bind()',
      'opaque_code@17 Python call conn.execute()',
      'drop_column@19 users.nick',
      'unparsed@20 Migra does not know the Alembic operation op.frobnicate',
    ]);
  });

  it('maps SQLAlchemy types per dialect', async () => {
    const up = "    op.create_table('t', sa.Column('a', sa.DateTime()), sa.Column('b', sa.JSON()), sa.Column('c', sa.Uuid()), sa.Column('d', sa.Boolean()), sa.Column('e', sa.Text()))";
    expect(show(await ops(up, 'mysql'))).toEqual(['create_table@9 t(a datetime, b json, c char(32), d boolean, e text)']);
    expect(show(await ops(up))).toEqual(['create_table@9 t(a timestamp, b json, c uuid, d boolean, e text)']);
  });

  it('regression_alembic_pk_constraint_serial: an integer id made the key by sa.PrimaryKeyConstraint is SERIAL, as SQLAlchemy renders it', async () => {
    const idOf = (list: LocatedOp[], table: string) => {
      const ct = list.find((o) => o.kind === 'create_table' && o.table.name === table);
      const c = ct?.kind === 'create_table' ? ct.columns[0] : undefined;
      return { serial: !!c?.serial, identity: c?.identity };
    };
    const up = [
      "    op.create_table('a', sa.Column('id', sa.Integer(), nullable=False), sa.Column('n', sa.Text()), sa.PrimaryKeyConstraint('id'))",
      "    op.create_table('b', sa.Column('id', sa.BigInteger(), nullable=False), sa.PrimaryKeyConstraint('id', name='b_pk'))",
      // autoincrement='auto' passes over a key column that is a foreign key, has a server default or is not an integer.
      "    op.create_table('c', sa.Column('id', sa.Integer(), sa.ForeignKey('a.id'), nullable=False), sa.PrimaryKeyConstraint('id'))",
      "    op.create_table('d', sa.Column('id', sa.Integer(), server_default='1', nullable=False), sa.PrimaryKeyConstraint('id'))",
      "    op.create_table('e', sa.Column('id', sa.String(10), nullable=False), sa.PrimaryKeyConstraint('id'))",
      // A composite key has no autoincrement column unless one says autoincrement=True.
      "    op.create_table('f', sa.Column('x', sa.Integer(), primary_key=True), sa.Column('y', sa.Integer(), primary_key=True))",
      "    op.create_table('g', sa.Column('x', sa.Integer(), nullable=False), sa.Column('y', sa.Integer(), nullable=False), sa.PrimaryKeyConstraint('x', 'y'))",
      "    op.create_table('h', sa.Column('x', sa.Integer(), autoincrement=True), sa.Column('y', sa.Integer()), sa.PrimaryKeyConstraint('x', 'y'))",
      "    op.create_table('i', sa.Column('id', sa.Integer(), sa.ForeignKey('a.id'), autoincrement='ignore_fk'), sa.PrimaryKeyConstraint('id'))",
      "    op.create_table('j', sa.Column('id', sa.Integer(), autoincrement=False), sa.PrimaryKeyConstraint('id'))",
    ].join('\n');
    const pg = await ops(up);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((t) => `${t}:${idOf(pg, t).serial}`)).toEqual(['a:true', 'b:true', 'c:false', 'd:false', 'e:false', 'f:false', 'g:false', 'h:true', 'i:true', 'j:false']);
    const f = pg.find((o) => o.kind === 'create_table' && o.table.name === 'f');
    expect(f?.kind === 'create_table' && f.columns.map((c) => !!c.serial)).toEqual([false, false]);
    const my = await ops(up, 'mysql');
    expect(['a', 'c', 'g', 'h'].map((t) => `${t}:${idOf(my, t).identity}`)).toEqual(['a:auto', 'c:undefined', 'g:undefined', 'h:auto']);
  });

  it('regression_alembic_server_default_func: sa.func calls keep their arguments, ANSI functions are bare, text() is SQL as written', async () => {
    const up = [
      "    op.add_column('t', sa.Column('a', sa.DateTime(), server_default=sa.func.current_timestamp()))",
      "    op.add_column('t', sa.Column('b', sa.DateTime(), server_default=sa.func.timezone('utc', sa.func.now())))",
      "    op.add_column('t', sa.Column('c', sa.DateTime(), server_default=sa.text('now()')))",
      "    op.add_column('t', sa.Column('d', sa.DateTime(), server_default=sa.func.now()))",
      "    op.add_column('t', sa.Column('e', sa.Text(), server_default=sa.null()))",
      "    op.add_column('t', sa.Column('f', sa.Uuid(), server_default=sa.func.gen_random_uuid()))",
    ].join('\n');
    expect(show(await ops(up)).map((l) => l.replace(/^add_column@\d+ /, ''))).toEqual([
      't.a timestamp default CURRENT_TIMESTAMP',
      "t.b timestamp default timezone('utc', now())",
      't.c timestamp default now()',
      't.d timestamp default now()',
      't.e text default NULL',
      't.f uuid default gen_random_uuid() volatile',
    ]);
    // SQLAlchemy's SQLite compiler renders func.now() as CURRENT_TIMESTAMP.
    expect(show(await ops(up, 'sqlite'))[3]).toBe('add_column@12 t.d datetime default CURRENT_TIMESTAMP');
  });

  it('sa.func volatility is the SQL front end\'s (volatility.ts): SYSDATE is per row on MySQL, timeofday() from PostgreSQL\'s catalogue', async () => {
    const up = [
      "    op.add_column('t', sa.Column('a', sa.DateTime(), server_default=sa.func.sysdate()))",
      "    op.add_column('t', sa.Column('b', sa.Text(), server_default=sa.func.timeofday()))",
      "    op.add_column('t', sa.Column('c', sa.DateTime(), server_default=sa.func.statement_timestamp()))",
    ].join('\n');
    expect(show(await ops(up, 'mysql'))[0]).toBe('add_column@9 t.a datetime default SYSDATE volatile');
    expect(show(await ops(up)).slice(1).map((l) => l.replace(/^add_column@\d+ /, ''))).toEqual(['t.b text default timeofday() volatile', 't.c timestamp default statement_timestamp()']);
  });

  it('regression_alembic_server_default_false: sa.false() / sa.true() are boolean literals of the dialect, not quoted strings', async () => {
    const up = "    op.add_column('t', sa.Column('a', sa.Boolean(), server_default=sa.false(), nullable=False))\n    op.add_column('t', sa.Column('b', sa.Boolean(), server_default=sa.sql.expression.true()))\n    op.add_column('t', sa.Column('c', sa.Integer(), server_default=sa.literal_column('0')))";
    expect(show(await ops(up)).map((l) => l.replace(/^add_column@\d+ /, ''))).toEqual(['t.a boolean not null default false', 't.b boolean default true', 't.c integer default 0']);
    expect(show(await ops(up, 'sqlite')).map((l) => l.replace(/^add_column@\d+ /, ''))).toEqual(['t.a boolean not null default 0', 't.b boolean default 1', 't.c integer default 0']);
  });
});

