import { runExample } from '../../src/analyze/run-example.js';
import type { Dialect } from '../../src/model/dialect.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import { DJANGO_BEFORE } from '../../src/rules/lib/python-examples.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'mysql-table-copy';
const SHOP = [
  'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL);',
  'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, status varchar(20), note varchar(50), KEY orders_user_id (user_id));',
  'CREATE TABLE posts (id bigint PRIMARY KEY, title varchar(200), body text, location point NOT NULL);',
].join('\n');

async function hits(sql: string, opts: { before?: string; dialect?: Dialect; version?: string } = {}): Promise<Finding[]> {
  const ex: RuleExample = { before: opts.before ?? SHOP, sql, dialect: opts.dialect ?? 'mysql', version: opts.version };
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

async function all(sql: string, opts: { before?: string; dialect?: Dialect; version?: string } = {}): Promise<string[]> {
  const report = await runExample({ before: opts.before ?? SHOP, sql, dialect: opts.dialect ?? 'mysql', version: opts.version }, RULES);
  return report.findings.map((f) => f.rule);
}

describe('mysql-table-copy', () => {
  describe('CONVERT TO CHARACTER SET', () => {
    const sql = 'ALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;';

    it('reports an in-place rebuild without concurrent writes on MySQL 8.0, naming the table and the lock', async () => {
      const [f, ...rest] = await hits(`SELECT 1;\n${sql}`);
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ line: 2, severity: 'high', category: 'locking' });
      expect(f.message).toBe('Converting posts to utf8mb4 (utf8mb4_unicode_ci) makes MySQL 8.0 rebuild posts in place without allowing concurrent writes (LOCK=SHARED): writes to posts are blocked until the rebuild finishes.');
      expect(f.why).toContain('every INSERT, UPDATE and DELETE on posts waits');
      expect(f.fix).toContain('gh-ost or pt-online-schema-change');
      expect(f.replacement).toBeUndefined();
    });

    it('reports a table copy on MySQL 5.7 and MariaDB, and on MariaDB 10.4+ points to ALGORITHM=NOCOPY', async () => {
      const [five] = await hits(sql, { version: '5.7' });
      expect(five.message).toContain('makes MySQL 5.7 copy the whole posts table (ALGORITHM=COPY)');
      const [maria] = await hits(sql, { dialect: 'mariadb', version: '10.6' });
      expect(maria.message).toContain('makes MariaDB 10.6 copy the whole posts table');
      expect(maria.fix).toContain('ALGORITHM=NOCOPY');
      const [old] = await hits(sql, { dialect: 'mariadb', version: '10.3' });
      expect(old.fix).not.toContain('NOCOPY');
    });

    it('stays quiet when every text column is in that character set already, or there is none', async () => {
      expect(await hits(`${sql}\n${sql}`)).toHaveLength(1);
      expect(await hits('ALTER TABLE counters CONVERT TO CHARACTER SET utf8mb4;', { before: 'CREATE TABLE counters (id bigint PRIMARY KEY, hits int NOT NULL);' })).toEqual([]);
      expect(await hits('ALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4;', { before: `${SHOP}\nALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4;` })).toEqual([]);
    });

    it('records the new character set, so a later VARCHAR widening is judged in its bytes', async () => {
      // 50 → 100 characters crosses 255 bytes in utf8mb4 (a copy) but not in latin1 (in place).
      expect(await all('ALTER TABLE orders MODIFY note varchar(100);')).toEqual(['table-rewrite-type-change']);
      const rules = await all('ALTER TABLE orders CONVERT TO CHARACTER SET latin1;\nALTER TABLE orders MODIFY note varchar(100);');
      expect(rules).toEqual([ID]);
    });
  });

  describe('ADD FOREIGN KEY', () => {
    const add = 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);';

    it('reports it while foreign_key_checks is on, with the orphan check and the in-place recipe', async () => {
      const [f] = await hits(add);
      expect(f.message).toBe('Adding foreign key orders_user_fk on orders(user_id) → users(id) while foreign_key_checks is on makes MySQL 8.0 copy the whole orders table (ALGORITHM=COPY): writes to orders are blocked until the copy finishes.');
      expect(f.fix).toContain('SELECT COUNT(*) FROM orders c LEFT JOIN users p ON p.id = c.user_id WHERE c.user_id IS NOT NULL AND p.id IS NULL;');
      expect(f.fix).toContain('SET foreign_key_checks = 0;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id), ALGORITHM=INPLACE, LOCK=NONE;\nSET foreign_key_checks = 1;');
    });

    it('reports it on MariaDB and when checks were turned back on, or off only in an earlier file', async () => {
      expect(await hits(add, { dialect: 'mariadb' })).toHaveLength(1);
      expect(await hits(`SET foreign_key_checks = 0;\nSET foreign_key_checks = 1;\n${add}`)).toHaveLength(1);
      expect(await hits(add, { before: `${SHOP}\nSET foreign_key_checks = 0;` })).toHaveLength(1);
      expect(await hits(`SET GLOBAL foreign_key_checks = 0;\n${add}`)).toHaveLength(1);
    });

    it('stays quiet with foreign_key_checks off earlier in the file, however it is written', async () => {
      expect(await hits(`SET foreign_key_checks = 0;\n${add}`)).toEqual([]);
      expect(await hits(`SET SESSION FOREIGN_KEY_CHECKS=OFF;\n${add}`)).toEqual([]);
      expect(await hits(`/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n${add}`)).toEqual([]);
      expect(await hits(`SET STATEMENT foreign_key_checks=0 FOR ${add}`, { dialect: 'mariadb' })).toEqual([]);
    });

    it('ignores REFERENCES in a column definition, which MySQL parses and drops', async () => {
      expect(await hits('ALTER TABLE orders ADD COLUMN buyer_id bigint REFERENCES users (id);')).toEqual([]);
    });

    it('reports the foreign key a Django AddField adds on MySQL', async () => {
      const report = await runExample({
        dialect: 'mysql',
        sql: '',
        files: {
          before: { 'manage.py': '', ...DJANGO_BEFORE, 'shop/migrations/0002_user.py': userModel },
          head: {
            'manage.py': '',
            ...DJANGO_BEFORE,
            'shop/migrations/0002_user.py': userModel,
            'shop/migrations/0003_buyer.py': `from django.db import migrations, models
import django.db.models.deletion


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_user')]

    operations = [
        migrations.AddField(model_name='order', name='buyer', field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, to='shop.user')),
    ]
`,
          },
        },
      }, RULES);
      const [f, ...rest] = report.findings.filter((x) => x.rule === ID);
      expect(rest).toEqual([]);
      expect(f.message).toMatch(/^Adding foreign key \S+ on shop_order\(buyer_id\) → shop_user\(id\) while foreign_key_checks is on makes MySQL 8.0 copy the whole shop_order table/);
    });
  });

  describe('engines', () => {
    it('reports a change to another engine', async () => {
      const [f] = await hits('ALTER TABLE orders ENGINE=MyISAM;');
      expect(f.message).toContain('Changing the engine of orders to MyISAM makes MySQL 8.0 copy the whole orders table');
    });

    it('reports ENGINE=InnoDB on a table the history created as MyISAM, naming both', async () => {
      const [f] = await hits('ALTER TABLE legacy ENGINE=InnoDB;', { before: `${SHOP}\nCREATE TABLE legacy (id int PRIMARY KEY, engine varchar(10)) ENGINE=MyISAM;` });
      expect(f.message).toContain('Changing the engine of legacy from MyISAM to InnoDB makes MySQL 8.0 copy');
      expect(f.severity).toBe('high');
    });

    it('reports ENGINE=InnoDB on a table the history does not know as a probable conversion, at medium', async () => {
      const [f] = await hits('ALTER TABLE audit_log ENGINE=InnoDB;');
      expect(f.severity).toBe('medium');
      expect(f.message).toBe('Changing the engine of audit_log to InnoDB makes MySQL 8.0 copy the whole audit_log table (ALGORITHM=COPY): writes to audit_log are blocked until the copy finishes. The migration history does not show the engine of audit_log: if it is InnoDB already, this is an in-place rebuild and writes go on.');
    });

    it('stays quiet on ENGINE=InnoDB and FORCE of an InnoDB table: a null rebuild in place, writes go on', async () => {
      expect(await hits('ALTER TABLE orders ENGINE=InnoDB;')).toEqual([]);
      expect(await hits('ALTER TABLE orders FORCE;')).toEqual([]);
      expect(await hits('ALTER TABLE legacy ENGINE=InnoDB;', { before: `${SHOP}\nCREATE TABLE legacy (id int PRIMARY KEY) ENGINE=MyISAM;\nALTER TABLE legacy ENGINE = InnoDB;` })).toEqual([]);
    });

    it('reports a rebuild of a table with a FULLTEXT index, which cannot be done in place', async () => {
      const [f] = await hits('ALTER TABLE posts FORCE;', { before: `${SHOP}\nCREATE FULLTEXT INDEX posts_body ON posts (body);` });
      expect(f.message).toContain('Rebuilding posts (FORCE) while it has a FULLTEXT index');
    });
  });

  describe('primary keys', () => {
    it('reports DROP PRIMARY KEY without a new one', async () => {
      const [f] = await hits('ALTER TABLE orders DROP PRIMARY KEY;');
      expect(f.message).toContain('Dropping the primary key of orders without adding another in the same statement makes MySQL 8.0 copy the whole orders table');
      expect(f.fix).toContain('DROP PRIMARY KEY, ADD PRIMARY KEY (…), ALGORITHM=INPLACE, LOCK=NONE');
    });

    it('stays quiet when the same statement adds the new primary key, or on ADD PRIMARY KEY alone', async () => {
      expect(await hits('ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, user_id);')).toEqual([]);
      expect(await hits('ALTER TABLE orders DROP PRIMARY KEY, ADD COLUMN uid char(36) NOT NULL, ADD PRIMARY KEY (uid);')).toEqual([]);
      expect(await hits('ALTER TABLE orders ADD PRIMARY KEY (id);', { before: 'CREATE TABLE orders (id bigint NOT NULL, status varchar(20));' })).toEqual([]);
    });
  });

  describe('indexes', () => {
    it('reports a FULLTEXT index: built without concurrent writes, the first one rebuilding the table', async () => {
      const [first] = await hits('ALTER TABLE posts ADD FULLTEXT INDEX posts_body (body);');
      expect(first.message).toBe('Adding the first FULLTEXT index of posts (posts_body on body) makes MySQL 8.0 rebuild posts in place without allowing concurrent writes (LOCK=SHARED): writes to posts are blocked until the rebuild finishes.');
      expect(first.fix).toContain('no LOCK=NONE for a FULLTEXT index');
      const [second] = await hits('CREATE FULLTEXT INDEX posts_title ON posts (title);', { before: `${SHOP}\nCREATE FULLTEXT INDEX posts_body ON posts (body);` });
      expect(second.message).toBe('Adding FULLTEXT index posts_title on posts(title) makes MySQL 8.0 build the index in place without allowing concurrent writes (LOCK=SHARED): writes to posts are blocked until the index build finishes.');
    });

    it('reports a SPATIAL index, also with ALGORITHM=INPLACE, which still takes the shared lock', async () => {
      expect(await hits('ALTER TABLE posts ADD SPATIAL INDEX posts_location (location);')).toHaveLength(1);
      expect(await hits('CREATE SPATIAL INDEX posts_location ON posts (location) ALGORITHM=INPLACE;')).toHaveLength(1);
    });

    it('stays quiet on secondary indexes, drops and renames, and when LOCK=NONE makes the server refuse', async () => {
      expect(await hits('ALTER TABLE orders ADD INDEX orders_status (status), ADD UNIQUE KEY orders_note (note);')).toEqual([]);
      expect(await hits('CREATE INDEX orders_status ON orders (status);')).toEqual([]);
      expect(await hits('ALTER TABLE orders DROP INDEX orders_user_id;')).toEqual([]);
      expect(await hits('ALTER TABLE orders RENAME INDEX orders_user_id TO orders_by_user;')).toEqual([]);
      expect(await hits('ALTER TABLE posts ADD FULLTEXT INDEX posts_body (body), LOCK=NONE;')).toEqual([]);
    });

    it('stays quiet on CREATE INDEX IF NOT EXISTS of an index that is there (MariaDB)', async () => {
      const before = `${SHOP}\nCREATE FULLTEXT INDEX posts_body ON posts (body);`;
      expect(await hits('CREATE FULLTEXT INDEX IF NOT EXISTS posts_body ON posts (body);', { before, dialect: 'mariadb' })).toEqual([]);
    });
  });

  describe('CHECK constraints', () => {
    const add = 'ALTER TABLE orders ADD CONSTRAINT orders_status_known CHECK (status IN (\'new\', \'paid\'));';

    it('reports ADD CHECK from MySQL 8.0.16 (a bare 8.0 counts as the newest 8.0) and on MariaDB', async () => {
      const [f] = await hits(add, { version: '8.0.16' });
      expect(f.message).toContain("Adding CHECK (status IN ('new', 'paid')) to orders makes MySQL 8.0.16 copy the whole orders table");
      expect(await hits(add)).toHaveLength(1);
      expect(await hits(add, { version: '8.4' })).toHaveLength(1);
      expect(await hits(add, { dialect: 'mariadb' })).toHaveLength(1);
      expect(await hits('ALTER TABLE orders ADD COLUMN qty int CHECK (qty > 0);')).toHaveLength(1);
    });

    it('stays quiet where CHECK is parsed and ignored (before 8.0.16), NOT ENFORCED, and on DROP CHECK', async () => {
      expect(await hits(add, { version: '8.0.15' })).toEqual([]);
      expect(await hits(add, { version: '5.7' })).toEqual([]);
      expect(await hits('ALTER TABLE orders ADD CONSTRAINT orders_status_known CHECK (status <> \'\') NOT ENFORCED;')).toEqual([]);
      expect(await hits('ALTER TABLE orders DROP CHECK orders_status_known;', { before: `${SHOP}\n${add}` })).toEqual([]);
    });
  });

  describe('partitioning and encryption', () => {
    it('reports PARTITION BY, REMOVE PARTITIONING and ENCRYPTION', async () => {
      const [p] = await hits('ALTER TABLE orders PARTITION BY HASH(id) PARTITIONS 8;');
      expect(p.message).toContain('Partitioning orders (PARTITION BY HASH(id) PARTITIONS 8) makes MySQL 8.0 copy the whole orders table');
      expect(await hits('ALTER TABLE orders REMOVE PARTITIONING;')).toHaveLength(1);
      expect(await hits("ALTER TABLE orders ENCRYPTION='Y';")).toHaveLength(1);
    });
  });

  describe('ALGORITHM= and LOCK= clauses', () => {
    it('reports ALGORITHM=COPY on an operation that runs in place, with the exact INPLACE rewrite', async () => {
      const [f] = await hits('ALTER TABLE orders ADD INDEX orders_status (status), ALGORITHM=COPY;');
      expect(f.message).toBe('ALGORITHM=COPY makes MySQL 8.0 copy the whole orders table for this statement: writes to orders are blocked until the copy finishes; without it, the statement would run in place while writes go on.');
      expect(f.replacement).toBe('ALTER TABLE orders ADD INDEX orders_status (status), ALGORITHM=INPLACE, LOCK=NONE');
      const [c] = await hits('CREATE INDEX orders_status ON orders (status) ALGORITHM = COPY LOCK = SHARED;');
      expect(c.replacement).toBe('CREATE INDEX orders_status ON orders (status) ALGORITHM=INPLACE LOCK=NONE');
      const [i] = await hits('ALTER TABLE orders ADD COLUMN paid_at datetime, ALGORITHM=COPY;', { version: '8.0.29' });
      expect(i.message).toContain('without it, the statement would run instantly while writes go on');
      expect(i.replacement).toBe('ALTER TABLE orders ADD COLUMN paid_at datetime, ALGORITHM=INPLACE, LOCK=NONE');
    });

    it('reports an algorithm forced by the session: MariaDB alter_algorithm, old_alter_table', async () => {
      const [m] = await hits("SET SESSION alter_algorithm = 'COPY';\nALTER TABLE orders ADD COLUMN paid_at datetime;", { dialect: 'mariadb' });
      expect(m.message).toContain("SET alter_algorithm = 'COPY' makes MariaDB 10.11 copy the whole orders table");
      expect(m.replacement).toBeUndefined();
      expect(await hits('SET old_alter_table = ON;\nALTER TABLE orders RENAME COLUMN note TO remark;')).toHaveLength(1);
      expect(await hits('SET old_alter_table = ON;\nSET old_alter_table = OFF;\nALTER TABLE orders RENAME COLUMN note TO remark;')).toEqual([]);
    });

    it('reports LOCK=SHARED and LOCK=EXCLUSIVE on work that takes time, with LOCK=NONE as the rewrite', async () => {
      const [s] = await hits('ALTER TABLE orders ADD INDEX orders_status (status), LOCK=SHARED;');
      expect(s.message).toBe('LOCK=SHARED blocks writes to orders until the index build finishes; without it, MySQL 8.0 would let writes go on.');
      expect(s.replacement).toBe('ALTER TABLE orders ADD INDEX orders_status (status), LOCK=NONE');
      const [x] = await hits('ALTER TABLE orders ROW_FORMAT=COMPRESSED, LOCK=EXCLUSIVE;');
      expect(x.message).toContain('LOCK=EXCLUSIVE blocks reads and writes to orders until the rebuild finishes');
      expect(x.why).toContain('reads included');
      // INSTANT takes no LOCK clause: with one, ADD COLUMN rebuilds the table in place under it.
      expect(await hits('ALTER TABLE orders ADD COLUMN paid_at datetime, LOCK=SHARED;')).toHaveLength(1);
    });

    it('reports LOCK=SHARED / LOCK=EXCLUSIVE on a metadata-only clause (DROP INDEX, RENAME COLUMN) at low: a short block that buys nothing (issue 10)', async () => {
      const [x, ...rest] = await hits('ALTER TABLE orders DROP INDEX orders_user_id, LOCK=EXCLUSIVE;');
      expect(rest).toEqual([]);
      expect(x).toMatchObject({ severity: 'low' });
      expect(x.message).toBe('LOCK=EXCLUSIVE blocks reads and writes to orders for the whole statement; the change itself only touches the data dictionary and would let them go on without the clause, so the block is short but buys nothing.');
      expect(x.replacement).toBe('ALTER TABLE orders DROP INDEX orders_user_id, LOCK=NONE');
      const [s] = await hits('ALTER TABLE orders RENAME COLUMN note TO remark, LOCK=SHARED;');
      expect(s).toMatchObject({ severity: 'low' });
      expect(await hits('ALTER TABLE orders DROP INDEX orders_user_id, LOCK=NONE;')).toEqual([]);
    });

    it('reports LOCK=SHARED on MODIFY … NOT NULL, which would otherwise rebuild in place with writes going on (issue 10)', async () => {
      const [f] = await hits('ALTER TABLE orders MODIFY note varchar(50) NOT NULL, LOCK=SHARED;');
      expect(f.message).toBe('LOCK=SHARED blocks writes to orders until the rebuild finishes; without it, MySQL 8.0 would let writes go on.');
    });

    it('stays quiet on explicit INPLACE / INSTANT / NOCOPY the server would refuse', async () => {
      // MariaDB still adds the column instantly: its LOCK and ALGORITHM name the least it accepts.
      expect(await hits('ALTER TABLE orders ADD COLUMN paid_at datetime, LOCK=SHARED;', { dialect: 'mariadb' })).toEqual([]);
      // COPY cannot run with LOCK=NONE: MySQL refuses the statement.
      expect(await hits('ALTER TABLE orders ADD INDEX orders_status (status), ALGORITHM=COPY, LOCK=NONE;')).toEqual([]);
      expect(await hits('ALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4, ALGORITHM=INPLACE, LOCK=NONE;')).toEqual([]);
      expect(await hits('ALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4, ALGORITHM=INPLACE;', { version: '5.7' })).toEqual([]);
      expect(await hits('ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id), ALGORITHM=INSTANT;')).toEqual([]);
      expect(await hits('ALTER TABLE orders DROP PRIMARY KEY, ALGORITHM=NOCOPY;', { dialect: 'mariadb' })).toEqual([]);
      expect(await hits('ALTER TABLE orders ADD INDEX orders_status (status), ALGORITHM=INPLACE, LOCK=NONE;')).toEqual([]);
    });
  });

  describe('expression defaults (issue 10)', () => {
    it('reports ADD COLUMN … DEFAULT (now()), which MySQL adds by copying the table', async () => {
      const [f, ...rest] = await hits('ALTER TABLE orders ADD COLUMN placed_at datetime DEFAULT (now());');
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'high' });
      expect(f.message).toBe('Adding column orders.placed_at with the expression default (now()) makes MySQL 8.0 copy the whole orders table (ALGORITHM=COPY): writes to orders are blocked until the copy finishes.');
      expect(f.fix).toContain('backfill the existing rows in batches');
    });
    it('reports a non-constant expression default on MariaDB', async () => {
      expect(await hits('ALTER TABLE orders ADD COLUMN token varchar(36) DEFAULT (uuid());', { dialect: 'mariadb' })).toHaveLength(1);
    });
    it('stays quiet for CURRENT_TIMESTAMP written as a plain default, and for a constant in parentheses on MariaDB', async () => {
      expect(await hits('ALTER TABLE orders ADD COLUMN placed_at datetime DEFAULT CURRENT_TIMESTAMP;')).toEqual([]);
      expect(await hits('ALTER TABLE orders ADD COLUMN n int DEFAULT (1);', { dialect: 'mariadb' })).toEqual([]);
    });
    it('stays quiet on a table created in the pull request', async () => {
      expect(await hits('CREATE TABLE carts (id bigint PRIMARY KEY);\nALTER TABLE carts ADD COLUMN placed_at datetime DEFAULT (now());')).toEqual([]);
    });
  });

  describe('one finding per risk', () => {
    it('leaves copying type changes to table-rewrite-type-change, also under ALGORITHM=COPY', async () => {
      const rules = await all('ALTER TABLE orders MODIFY note varchar(100);');
      expect(rules).toEqual(['table-rewrite-type-change']);
      expect(await hits('ALTER TABLE orders MODIFY status bigint, ALGORITHM=COPY;')).toEqual([]);
      expect(await hits('ALTER TABLE orders MODIFY note varchar(100), ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);')).toEqual([]);
    });

    it('leaves AUTO_INCREMENT and STORED generated columns to add-stored-generated-or-serial', async () => {
      const before = 'CREATE TABLE events (uuid char(36) NOT NULL, total_cents bigint);';
      expect(await all('ALTER TABLE events ADD COLUMN id bigint AUTO_INCREMENT UNIQUE;', { before })).not.toContain(ID);
      expect(await all('ALTER TABLE events ADD COLUMN total decimal(12,2) AS (total_cents / 100) STORED;', { before })).toEqual(['add-stored-generated-or-serial']);
    });

    it('leaves MODIFY … NOT NULL (an in-place rebuild) to set-not-null-scan, and reports LOCK=EXCLUSIVE on top of a copy', async () => {
      expect(await all('ALTER TABLE orders MODIFY status varchar(20) NOT NULL;')).toEqual(['set-not-null-scan']);
      const rules = await all('ALTER TABLE orders MODIFY note varchar(100), LOCK=EXCLUSIVE;');
      expect(rules).toContain('table-rewrite-type-change');
      expect(rules).toContain(ID);
    });
  });

  describe('stays quiet', () => {
    it('on operations that run INSTANT or in place with writes going on', async () => {
      const statements = [
        'ALTER TABLE orders ADD COLUMN paid_at datetime NULL AFTER status;',
        'ALTER TABLE orders DROP COLUMN note;',
        'ALTER TABLE orders RENAME COLUMN note TO remark;',
        "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';",
        'ALTER TABLE orders MODIFY note varchar(60);',
        'ALTER TABLE orders MODIFY status varchar(20) NULL;',
        'ALTER TABLE orders DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;',
        "ALTER TABLE orders COMMENT = 'placed orders', AUTO_INCREMENT = 1000, STATS_PERSISTENT = 1;",
        'ALTER TABLE orders ROW_FORMAT=DYNAMIC;',
        'ALTER TABLE orders ADD COLUMN total_cents bigint AS (1) VIRTUAL;',
        'ALTER TABLE orders DROP FOREIGN KEY orders_user_fk;',
        'ALTER TABLE orders RENAME TO purchases;',
        'RENAME TABLE orders TO purchases;',
      ];
      for (const sql of statements) expect([sql, await hits(sql)]).toEqual([sql, []]);
    });

    it('on ENUM members added at the end', async () => {
      const before = "CREATE TABLE tickets (id bigint PRIMARY KEY, state enum('open','closed') NOT NULL);";
      expect(await hits("ALTER TABLE tickets MODIFY state enum('open','closed','archived') NOT NULL;", { before })).toEqual([]);
    });

    it('on tables created in this pull request, whatever the statement', async () => {
      const create = 'CREATE TABLE drafts (id bigint PRIMARY KEY, user_id bigint, body text);';
      for (const sql of [
        'ALTER TABLE drafts CONVERT TO CHARACTER SET utf8mb4;',
        'ALTER TABLE drafts ADD CONSTRAINT drafts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
        'ALTER TABLE drafts DROP PRIMARY KEY;',
        'ALTER TABLE drafts ADD FULLTEXT INDEX drafts_body (body), ALGORITHM=COPY;',
        'ALTER TABLE drafts ENGINE=MyISAM;',
      ]) expect([sql, await hits(`${create}\n${sql}`)]).toEqual([sql, []]);
    });

    it('on a MariaDB ADD COLUMN IF NOT EXISTS of a column that is already there', async () => {
      expect(await hits('ALTER TABLE orders ADD COLUMN IF NOT EXISTS note varchar(50), ALGORITHM=COPY;', { dialect: 'mariadb' })).toHaveLength(1);
      expect(await hits('ALTER TABLE orders ADD COLUMN IF NOT EXISTS note int CHECK (note > 0);', { dialect: 'mariadb' })).toEqual([]);
    });

    it('on PostgreSQL', async () => {
      expect(await hits('ALTER TABLE orders ADD CONSTRAINT c CHECK (id > 0);', { dialect: 'postgresql', before: 'CREATE TABLE orders (id bigint PRIMARY KEY);' })).toEqual([]);
    });
  });

  it('judges a realistic history: one finding on the conversion, none on the foreign key added with checks off or the new table', async () => {
    const base = {
      'db/migrations/001_users.sql': 'CREATE TABLE users (\n  id bigint unsigned NOT NULL AUTO_INCREMENT,\n  email varchar(191) NOT NULL,\n  name varchar(100) NOT NULL,\n  PRIMARY KEY (id),\n  UNIQUE KEY users_email_unique (email)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;\n',
      'db/migrations/002_posts.sql': 'CREATE TABLE posts (\n  id bigint unsigned NOT NULL AUTO_INCREMENT,\n  user_id bigint unsigned NOT NULL,\n  title varchar(200) NOT NULL,\n  body mediumtext,\n  PRIMARY KEY (id),\n  KEY posts_user_id_index (user_id)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;\n',
      'db/migrations/003_posts_published.sql': 'ALTER TABLE posts ADD COLUMN published_at timestamp NULL;\nCREATE INDEX posts_published_at_index ON posts (published_at);\n',
    };
    const pr = {
      'db/migrations/004_emoji.sql': [
        '-- Emoji in titles and bodies.',
        'ALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;',
        'ALTER TABLE users DEFAULT CHARSET=utf8mb4;',
        '',
        'SET FOREIGN_KEY_CHECKS = 0;',
        'ALTER TABLE posts ADD CONSTRAINT posts_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;',
        'SET FOREIGN_KEY_CHECKS = 1;',
        '',
      ].join('\n'),
      'db/migrations/005_comments.sql': [
        'CREATE TABLE comments (\n  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,\n  post_id bigint unsigned NOT NULL,\n  body text NOT NULL\n) ENGINE=InnoDB;',
        'ALTER TABLE comments ADD CONSTRAINT comments_post_id_foreign FOREIGN KEY (post_id) REFERENCES posts (id);',
        'ALTER TABLE comments ADD FULLTEXT INDEX comments_body_fulltext (body);',
        '',
      ].join('\n'),
    };
    const report = await reviewPr(base, pr, { dialect: 'mysql', version: '8.0.35' });
    const mine = report.findings.filter((f) => f.rule === ID);
    expect(mine.map((f) => `${f.file.split('/').pop()}:${f.line}`)).toEqual(['004_emoji.sql:2']);
    expect(mine[0].message).toContain('Converting posts to utf8mb4 (utf8mb4_unicode_ci) makes MySQL 8.0.35 rebuild posts in place');
    expect(found(report).filter((f) => f.startsWith(ID))).toEqual(['mysql-table-copy@004_emoji.sql:2']);
  });
});

const userModel = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [('shop', '0001_initial')]

    operations = [
        migrations.CreateModel(name='User', fields=[('id', models.BigAutoField(primary_key=True))]),
    ]
`;
