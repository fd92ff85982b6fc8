import { parseMigrationFile } from '../../src/frontends/index.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { MigrationFile } from '../../src/model/migration.js';
import type { LocatedOp } from '../../src/model/operation.js';
import { readPython, type PyCond } from '../../src/python/reader.js';
import { found, reviewPr } from '../helpers/review.js';

function revision(upgrade: string): MigrationFile {
  const up = `from alembic import context, op\nimport sqlalchemy as sa\n\nrevision = 'abc'\ndown_revision = None\n\n\ndef upgrade():\n${upgrade}\n`;
  return { path: 'alembic/versions/abc_x.py', version: 'abc', name: 'x', language: 'python', up, hasDown: true, transaction: 'per-file', blobId: 'x', graph: { format: 'alembic', id: 'abc', parents: [] } };
}

/** kind@line and the gist, upgrade() starting at line 9. */
async function ops(upgrade: string, dialect: Dialect): Promise<string[]> {
  const list: LocatedOp[] = await parseMigrationFile(revision(upgrade), dialect);
  return list.map((o) => {
    const at = `${o.kind}@${o.stmt.line}${o.stmt.inTransaction ? '' : ' (autocommit)'}`;
    switch (o.kind) {
      case 'add_column':
        return `${at} ${o.table.name}.${o.column.name}`;
      case 'drop_column':
      case 'alter_column_type':
        return `${at} ${o.table.name}.${o.column}`;
      case 'create_index':
        return `${at} ${o.name}${o.concurrently ? ' concurrently' : ''}`;
      case 'opaque_code':
      case 'other':
        return `${at} ${o.description}`;
      default:
        return at;
    }
  });
}

const BRANCHES = `    if op.get_context().dialect.name == "postgresql":
        with op.get_context().autocommit_block():
            op.create_index('ix_users_email', 'users', ['email'], postgresql_concurrently=True)
    elif op.get_bind().dialect.name in ("mysql", "mariadb"):
        op.create_index('ix_users_email', 'users', ['email'], mysql_length={'email': 100})
    else:
        with op.batch_alter_table('users') as batch_op:
            batch_op.create_index('ix_users_email', ['email'])
    op.add_column('users', sa.Column('nick', sa.String(30), nullable=True))`;

describe('Alembic: if on the database dialect', () => {
  it.each<[Dialect, string[]]>([
    ['postgresql', ['create_index@11 (autocommit) ix_users_email concurrently', 'add_column@17 users.nick']],
    ['mysql', ['create_index@13 ix_users_email', 'add_column@17 users.nick']],
    ['mariadb', ['create_index@13 ix_users_email', 'add_column@17 users.nick']],
    ['sqlite', ['create_index@16 ix_users_email', 'add_column@17 users.nick']],
  ])('maps the branch that runs on %s, with its with-blocks, and nothing else', async (dialect, expected) => {
    expect(await ops(BRANCHES, dialect)).toEqual(expected);
  });

  it('follows a bind kept in a variable, without calling the assignment opaque', async () => {
    const up = `    bind = op.get_bind()
    if bind.engine.name != 'sqlite':
        op.drop_column('users', 'legacy')
    name = bind.dialect.name
    if name == 'sqlite':
        with op.batch_alter_table('users') as b:
            b.drop_column('legacy')`;
    expect(await ops(up, 'postgresql')).toEqual(['other@9 dialect test: bind = op.get_bind()', 'drop_column@11 users.legacy', 'other@12 dialect test: name = bind.dialect.name']);
    expect(await ops(up, 'sqlite')).toEqual(['other@9 dialect test: bind = op.get_bind()', 'other@12 dialect test: name = bind.dialect.name', 'drop_column@15 users.legacy']);
  });

  it('decides a dialect name, a URL or a test kept in a variable, and startswith on them', async () => {
    const up = `    dialect = op.get_bind().dialect.name
    if dialect == 'mysql':
        op.drop_column('t', 'a')
    url = context.config.get_main_option("sqlalchemy.url")
    if url.startswith("postgresql"):
        op.drop_column('t', 'b')
    is_sqlite = op.get_bind().dialect.name == 'sqlite'
    if not is_sqlite:
        op.drop_column('t', 'c')
    if str(op.get_bind().engine.url).startswith(('sqlite:', 'mysql')):
        op.drop_column('t', 'd')
    if op.get_bind().dialect.name.startswith('postgres'):
        op.drop_column('t', 'e')`;
    const mapped = async (d: Dialect) => (await ops(up, d)).filter((o) => !o.startsWith('other@'));
    expect(await mapped('postgresql')).toEqual(['drop_column@14 t.b', 'drop_column@17 t.c', 'drop_column@21 t.e']);
    expect(await mapped('mysql')).toEqual(['drop_column@11 t.a', 'drop_column@17 t.c', 'drop_column@19 t.d']);
    expect(await mapped('sqlite')).toEqual(['drop_column@19 t.d']);
    // Each assignment is a dialect test, not opaque code.
    expect((await ops(up, 'sqlite')).filter((o) => o.startsWith('other@')).map((o) => o.split(' ')[0])).toEqual(['other@9', 'other@12', 'other@15']);
    // MariaDB may be `mysql` or `mariadb` to SQLAlchemy: a test on one of them stays undecided.
    expect((await mapped('mariadb')).filter((o) => o.startsWith('opaque_code')).map((o) => o.split(' ')[0])).toEqual(['opaque_code@10', 'opaque_code@18']);
  });

  it('leaves a driver-specific prefix and a test on anything else opaque', async () => {
    const up = `    if op.get_bind().engine.url.drivername.startswith('postgresql+asyncpg'):
        op.drop_column('t', 'a')
    flag = op.get_bind().dialect.server_version_info < (14,)
    if flag:
        op.drop_column('t', 'b')
    if name.startswith('postgres'):
        op.drop_column('t', 'c')`;
    expect((await ops(up, 'postgresql')).map((o) => o.split(' ')[0])).toEqual(['opaque_code@9', 'opaque_code@11', 'opaque_code@12', 'opaque_code@14']);
    // On another database the driver of PostgreSQL does not matter: the branch does not run.
    expect((await ops(up, 'mysql')).map((o) => o.split(' ')[0])).toEqual(['opaque_code@11', 'opaque_code@12', 'opaque_code@14']);
  });

  it('runs no branch when no test holds and there is no else', async () => {
    expect(await ops("    if op.get_bind().dialect.name == 'mysql':\n        op.drop_column('users', 'legacy')", 'postgresql')).toEqual([]);
  });

  it('decides not, and, or, reversed comparisons and not in', async () => {
    const up = `    if not op.get_bind().dialect.name == 'sqlite':
        op.drop_column('t', 'a')
    if 'postgresql' == op.get_bind().dialect.name and op.get_bind().dialect.name not in ['mysql']:
        op.drop_column('t', 'b')
    if op.get_bind().dialect.name == 'mysql' or context.is_offline_mode():
        op.drop_column('t', 'c')`;
    // The last test is undecided on PostgreSQL: `mysql` is false but the other operand is unknown.
    expect(await ops(up, 'postgresql')).toEqual(['drop_column@10 t.a', 'drop_column@12 t.b', 'opaque_code@13 Python if statement (op.get_bind().dialect.name == \'mysql\' or context.is_offline_mode())']);
    // On MySQL the `or` holds whatever the other operand is.
    expect((await ops(up, 'mysql')).at(-1)).toBe('drop_column@14 t.c');
  });

  it('keeps any other test opaque, reported at the if line, and maps none of its branches', async () => {
    expect(await ops("    if context.is_offline_mode():\n        op.execute('SELECT 1')\n    else:\n        op.drop_column('users', 'legacy')", 'postgresql')).toEqual(['opaque_code@9 Python if statement (context.is_offline_mode())']);
    // `not a and b`: Python reads (not a) and b, the grammar not (a and b); Migra does not guess.
    expect(await ops("    if not op.get_bind().dialect.name == 'mysql' and True:\n        op.drop_column('t', 'a')", 'postgresql')).toEqual([expect.stringMatching(/^opaque_code@9 Python if statement/)]);
    // A MariaDB server is `mysql` or `mariadb` to SQLAlchemy depending on the URL: a test on one name is undecided.
    expect(await ops("    if op.get_bind().dialect.name == 'mysql':\n        op.drop_column('t', 'a')", 'mariadb')).toEqual([expect.stringMatching(/^opaque_code@9/)]);
    expect(await ops("    if op.get_bind().dialect.name == 'mysql':\n        op.drop_column('t', 'a')", 'mysql')).toEqual(['drop_column@10 t.a']);
  });

  it('decides a later test only when the earlier ones are decided', async () => {
    const up = `    if op.get_bind().dialect.name == 'postgresql':
        op.drop_column('t', 'a')
    elif context.is_offline_mode():
        op.drop_column('t', 'b')`;
    expect(await ops(up, 'postgresql')).toEqual(['drop_column@10 t.a']);
    expect(await ops(up, 'sqlite')).toEqual([expect.stringMatching(/^opaque_code@9/)]);
  });

  it('reads if statements inside batch and autocommit blocks', async () => {
    const up = `    with op.batch_alter_table('users') as batch_op:
        if op.get_bind().dialect.name == 'sqlite':
            batch_op.drop_column('legacy')`;
    expect(await ops(up, 'sqlite')).toEqual(['drop_column@11 users.legacy']);
    expect(await ops(up, 'postgresql')).toEqual([]);
  });
});

describe('the reader takes an if apart', () => {
  it('into branches with tests, without evaluating anything', () => {
    const mod = readPython("if a.b == 'x':\n    pass\nelif c in ('y', 'z'):\n    f()\nelse:\n    g()\n");
    const s = mod.body[0];
    expect(s.t === 'other' && s.what).toBe('IfStatement');
    const branches = s.t === 'other' ? s.branches! : [];
    expect(branches.map((b) => [b.test?.t, b.body.map((x) => x.t), mod.lineOf(b.from)])).toEqual([
      ['compare', ['pass'], 1],
      ['compare', ['expr'], 3],
      [undefined, ['expr'], 5],
    ]);
    const second = branches[1].test as Extract<PyCond, { t: 'compare' }>;
    expect([second.op, second.left.t, second.right.t]).toEqual(['in', 'name', 'list']);
  });

  it('gives no branches to an if with a syntax error', () => {
    const s = readPython('if a ==:\n    pass\n').body[0];
    expect(s.t === 'other' && s.branches).toBeFalsy();
  });
});

describe('an Alembic pull request with dialect branches', () => {
  it('reports the risks of the branch that runs on the set database only', async () => {
    const base = {
      'alembic.ini': '[alembic]\nscript_location = alembic\nsqlalchemy.url = postgresql://app@localhost/app\n',
      'alembic/versions/a1_users.py': `from alembic import op
import sqlalchemy as sa

revision = 'a1'
down_revision = None


def upgrade():
    op.create_table('users', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('email', sa.String(255)), sa.Column('legacy', sa.Text()))


def downgrade():
    op.drop_table('users')
`,
    };
    const report = await reviewPr(base, {
      'alembic/versions/a2_index.py': `from alembic import op
import sqlalchemy as sa

revision = 'a2'
down_revision = 'a1'


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == 'postgresql':
        op.create_index('ix_users_email', 'users', ['email'])
    else:
        with op.batch_alter_table('users') as batch_op:
            batch_op.drop_column('legacy')


def downgrade():
    op.drop_index('ix_users_email', table_name='users')
`,
    });
    // The PostgreSQL branch runs: a blocking CREATE INDEX; the SQLite branch's DROP COLUMN does not; no opaque code.
    expect(found(report)).toContain('create-index-non-concurrently@a2_index.py:11');
    expect(found(report).filter((f) => /^(drop-column|opaque-code-migration)@/.test(f))).toEqual([]);
  });
});
