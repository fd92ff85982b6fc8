import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import { djangoChange } from '../../src/rules/lib/python-examples.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { alembicPr } from '../helpers/alembic.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'foreign-key-without-index';
const BASE = 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE posts (id bigint PRIMARY KEY, author_id bigint, editor_id bigint);';

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

function djangoPr(field: string): RuleExample {
  return djangoChange(`migrations.AddField(model_name='order', name='parent', field=${field})`, '0002_parent');
}

describe('foreign-key-without-index', () => {
  it('reports a new table whose foreign key has no index, with the plain CREATE INDEX for a new table', async () => {
    const [f, ...rest] = await hits({ before: BASE, sql: 'SELECT 1;\nCREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint NOT NULL REFERENCES posts (id), body text);' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'low', category: 'integrity' });
    expect(f.message).toBe('Foreign key comments (post_id) → posts has no index on comments (post_id): every DELETE from posts (or update of its key) scans comments.');
    expect(f.why).toContain('full scan of comments');
    expect(f.fix).toContain('CREATE INDEX comments_post_id_idx ON comments (post_id);');
    expect(f.fix).not.toContain('CONCURRENTLY');
  });

  it('reports ADD CONSTRAINT on an existing table with CREATE INDEX CONCURRENTLY, and the tool\'s way out of the transaction', async () => {
    const [f] = await hits({ before: BASE, sql: 'ALTER TABLE posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) NOT VALID;', format: 'goose' });
    expect(f.message).toContain('Foreign key posts (author_id) → users');
    expect(f.fix).toContain('CREATE INDEX CONCURRENTLY posts_author_id_idx ON posts (author_id);');
    expect(f.fix).toContain('-- +goose NO TRANSACTION');
  });

  it('lists every unindexed foreign key of one statement in one finding', async () => {
    const [f, ...rest] = await hits({ before: BASE, sql: 'CREATE TABLE reviews (id bigint PRIMARY KEY, post_id bigint REFERENCES posts, reviewer_id bigint REFERENCES users);' });
    expect(rest).toEqual([]);
    expect(f.message).toBe('Foreign keys post_id → posts, reviewer_id → users of reviews have no index on their columns: every DELETE from posts or users (or update of its key) scans reviews.');
    expect(f.fix).toContain('CREATE INDEX reviews_post_id_idx ON reviews (post_id);\nCREATE INDEX reviews_reviewer_id_idx ON reviews (reviewer_id);');
  });

  it('reports one ALTER TABLE that adds two foreign keys once', async () => {
    const hits2 = await hits({ before: BASE, sql: 'ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users (id), ADD CONSTRAINT posts_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id);' });
    expect(hits2).toHaveLength(1);
    expect(hits2[0].message).toContain('Foreign keys author_id → users, editor_id → users of posts');
    expect(hits2[0].message).toContain('every DELETE from users (or update of its key)');
  });

  it('reports a composite key whose columns do not lead an index', async () => {
    const before = 'CREATE TABLE shops (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id));';
    const sql = 'CREATE TABLE items (id bigint PRIMARY KEY, tenant_id bigint, shop_id bigint, sku text, FOREIGN KEY (tenant_id, shop_id) REFERENCES shops (tenant_id, id));\nCREATE INDEX items_tenant_id_idx ON items (tenant_id);\nCREATE INDEX items_sku_shop_id_idx ON items (sku, shop_id, tenant_id);';
    const [f] = await hits({ before, sql });
    expect(f.message).toContain('items (tenant_id, shop_id) → shops');
  });

  it('reports SQLite ADD COLUMN … REFERENCES', async () => {
    const [f] = await hits({ dialect: 'sqlite', before: 'CREATE TABLE artists (id INTEGER PRIMARY KEY);\nCREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT);', sql: 'ALTER TABLE albums ADD COLUMN artist_id INTEGER REFERENCES artists (id);' });
    expect(f.why).toContain('SQLite does not index the child key');
    expect(f.fix).toContain('CREATE INDEX albums_artist_id_idx ON albums (artist_id);');
  });

  it('reports a Django ForeignKey with db_index=False, with the Django way to fix it', async () => {
    const [f] = await hits(djangoPr("models.ForeignKey(null=True, db_index=False, on_delete=django.db.models.deletion.CASCADE, to='shop.order')"));
    expect(f.message).toContain('shop_order (parent_id) → shop_order');
    expect(f.fix).toContain('db_index=False');
  });

  it('reports an Alembic table whose sa.ForeignKey has no index, with op.create_index', async () => {
    const [f] = await hits(alembicPr('alembic/versions/4d5e6f_posts.py', "from alembic import op\nimport sqlalchemy as sa\n\nrevision = '4d5e6f'\ndown_revision = '1a2b3c'\n\n\ndef upgrade():\n    op.create_table('posts', sa.Column('id', sa.Integer(), primary_key=True), sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id')))\n\n\ndef downgrade():\n    op.drop_table('posts')\n"));
    expect(f.fix).toContain("op.create_index(op.f('ix_posts_user_id'), 'posts', ['user_id'])");
  });

  describe('stays quiet', () => {
    it('when an index created later in the pull request leads with the columns, in any order', async () => {
      expect(await hits({ before: BASE, sql: 'CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint REFERENCES posts (id));\nCREATE INDEX comments_post_id_idx ON comments (post_id);' })).toEqual([]);
      const before = 'CREATE TABLE shops (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id));';
      const sql = 'CREATE TABLE items (id bigint PRIMARY KEY, tenant_id bigint, shop_id bigint, FOREIGN KEY (tenant_id, shop_id) REFERENCES shops (tenant_id, id));\nCREATE INDEX items_shop_tenant_idx ON items (shop_id, tenant_id, id);';
      expect(await hits({ before, sql })).toEqual([]);
    });

    it('when the index comes in a later migration of the same pull request', async () => {
      const report = await reviewPr({ 'migrations/001_base.sql': BASE }, {
        'migrations/002_comments.sql': 'CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint REFERENCES posts (id));',
        'migrations/003_comments_index.sql': 'CREATE INDEX comments_post_id_idx ON comments (post_id);',
      });
      expect(report.findings.filter((f) => f.rule === ID)).toEqual([]);
    });

    it('when a primary key, unique constraint or partial index leads with the columns', async () => {
      expect(await hits({ before: BASE, sql: 'CREATE TABLE post_tags (post_id bigint REFERENCES posts, user_id bigint REFERENCES users, PRIMARY KEY (post_id, user_id), UNIQUE (user_id, post_id));' })).toEqual([]);
      expect(await hits({ before: BASE, sql: 'CREATE TABLE profiles (user_id bigint PRIMARY KEY REFERENCES users (id));' })).toEqual([]);
      expect(await hits({ before: BASE, sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY, post_id bigint REFERENCES posts);\nCREATE INDEX drafts_post_id_idx ON drafts (post_id) WHERE post_id IS NOT NULL;' })).toEqual([]);
    });

    it('for SQLite INTEGER PRIMARY KEY, which is the rowid', async () => {
      expect(await hits({ dialect: 'sqlite', before: 'CREATE TABLE users (id INTEGER PRIMARY KEY);', sql: 'CREATE TABLE profiles (user_id INTEGER PRIMARY KEY REFERENCES users (id));' })).toEqual([]);
    });

    it('on MySQL, where InnoDB creates the index', async () => {
      expect(await hits({ dialect: 'mysql', before: BASE, sql: 'ALTER TABLE posts ADD CONSTRAINT posts_author_id_fk FOREIGN KEY (author_id) REFERENCES users (id);' })).toEqual([]);
    });

    it('for a foreign key that existed at base (re-added to change ON DELETE)', async () => {
      const before = `${BASE}\nALTER TABLE posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id);`;
      const sql = 'ALTER TABLE posts DROP CONSTRAINT posts_author_id_fkey;\nALTER TABLE posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE NOT VALID;';
      expect(await hits({ before, sql })).toEqual([]);
    });

    it('for a SQLite rebuild that restates the foreign keys of the old table', async () => {
      const before = 'CREATE TABLE artists (id INTEGER PRIMARY KEY);\nCREATE TABLE albums (id INTEGER PRIMARY KEY, artist_id INTEGER REFERENCES artists (id));';
      const sql = [
        'CREATE TABLE new_albums (id INTEGER PRIMARY KEY, artist_id INTEGER REFERENCES artists (id), title TEXT);',
        'INSERT INTO new_albums (id, artist_id) SELECT id, artist_id FROM albums;',
        'DROP TABLE albums;',
        'ALTER TABLE new_albums RENAME TO albums;',
      ].join('\n');
      expect(await hits({ dialect: 'sqlite', before, sql })).toEqual([]);
    });

    it('for a Django ForeignKey, which Django indexes itself', async () => {
      expect(await hits(djangoPr("models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, to='shop.order')"))).toEqual([]);
    });

    it('when the key or the table is dropped later in the pull request', async () => {
      expect(await hits({ before: BASE, sql: 'ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users (id);\nALTER TABLE posts DROP CONSTRAINT posts_author_fk;' })).toEqual([]);
      expect(await hits({ before: BASE, sql: 'CREATE TABLE scratch (post_id bigint REFERENCES posts);\nDROP TABLE scratch;' })).toEqual([]);
    });

    it('for a table replay never saw whole, and for temporary tables', async () => {
      expect(await hits({ before: BASE, sql: 'ALTER TABLE legacy_orders ADD CONSTRAINT legacy_orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);' })).toEqual([]);
      expect(await hits({ before: BASE, sql: 'CREATE TEMPORARY TABLE tmp_links (post_id bigint REFERENCES posts);' })).toEqual([]);
    });
  });

  it('in a realistic history, reports only the new unindexed keys of the pull request', async () => {
    const base = {
      'db/migrations/001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);',
      'db/migrations/002_orders.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));',
      'db/migrations/003_items.sql': 'CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));\nCREATE INDEX items_order_id_idx ON items (order_id);',
    };
    const report = await reviewPr(base, {
      'db/migrations/004_payments.sql': 'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id), payer_id bigint REFERENCES users (id));\nCREATE INDEX payments_order_id_idx ON payments (order_id);',
      'db/migrations/005_refunds.sql': 'CREATE TABLE refunds (id bigint PRIMARY KEY, payment_id bigint NOT NULL REFERENCES payments (id));\nCREATE INDEX refunds_payment_id_idx ON refunds (payment_id);',
    });
    // orders.user_id has no index either, but that key is old: not this pull request's finding.
    expect(found(report).filter((f) => f.startsWith(ID))).toEqual([`${ID}@004_payments.sql:1`]);
    expect(report.findings.find((f) => f.rule === ID)!.message).toContain('payments (payer_id) → users');
  });
});
