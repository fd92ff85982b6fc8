import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { found, reviewPr } from '../helpers/review.js';

const ID = 'enum-add-value-in-transaction';
const SHOP = "CREATE TYPE order_status AS ENUM ('new', 'paid');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'new', note text);\nCREATE TABLE notes (id bigint PRIMARY KEY, body text);";
const ADD = "ALTER TYPE order_status ADD VALUE 'shipped';";

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

const goose = (sql: string, version?: string): RuleExample => ({ before: SHOP, sql, format: 'goose', ...(version ? { version } : {}) });

describe('enum-add-value-in-transaction', () => {
  describe('PostgreSQL 12+: the new value used in the same transaction', () => {
    it('reports an UPDATE that uses it, at the ALTER TYPE, naming the value and the line', async () => {
      const [f, ...rest] = await hits(goose(`${ADD}\nUPDATE orders SET status = 'shipped' WHERE note = 'sent';`));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ line: 2, severity: 'medium', category: 'locking' });
      expect(f.message).toBe(
        "ALTER TYPE order_status ADD VALUE 'shipped' runs inside the transaction goose wraps this file in, and line 3 of the same transaction uses 'shipped' before it is committed: PostgreSQL refuses with \"unsafe use of new value 'shipped' of enum type order_status\", and the migration fails.",
      );
      expect(f.fix).toContain('move what uses \'shipped\' (line 3) to a later migration');
    });

    it.each([
      ['an INSERT without a column list', "INSERT INTO orders VALUES (1, 'shipped', 'x');"],
      ['a DEFAULT', "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'shipped';"],
      ['a CHECK', "ALTER TABLE orders ADD CONSTRAINT orders_not_shipped CHECK (status <> 'shipped') NOT VALID;"],
      ['a cast to the type', "SELECT count(*) FROM orders WHERE status = 'shipped'::order_status;"],
      ['a new column of the type', "CREATE TABLE shipments (id bigint PRIMARY KEY, state order_status DEFAULT 'shipped');"],
    ])('reports %s', async (_what, use) => {
      const [f] = await hits(goose(`${ADD}\n${use}`));
      expect(f.message).toContain('line 3 of the same transaction uses');
    });

    it('reports inside an explicit BEGIN … COMMIT, naming it, and lists every use', async () => {
      const sql = `BEGIN;\n${ADD}\nUPDATE orders SET status = 'shipped' WHERE note = 'a';\nUPDATE orders SET status = 'shipped' WHERE note = 'b';\nCOMMIT;`;
      const [f] = await hits({ before: SHOP, sql });
      expect(f.message).toContain('runs inside the transaction opened by BEGIN on line 1, and lines 3, 4 of the same transaction use');
    });
  });

  describe('before PostgreSQL 12: refused in any transaction', () => {
    it('reports an explicit transaction', async () => {
      const [f] = await hits({ before: SHOP, sql: `BEGIN;\n${ADD}\nCOMMIT;`, version: '11' });
      expect(f.message).toBe("ALTER TYPE order_status ADD VALUE 'shipped' runs inside the transaction opened by BEGIN on line 1, which PostgreSQL 11 refuses (\"ALTER TYPE ... ADD cannot run inside a transaction block\"): the migration fails.");
      expect(f.why).toMatch(/PostgreSQL 12 lifted the restriction/);
    });

    it('reports a file the tool wraps, with the tool\'s way out', async () => {
      const [f] = await hits(goose(ADD, '11'));
      expect(f.fix).toContain('-- +goose NO TRANSACTION');
    });

    it('reports IF NOT EXISTS too: the check comes before the value is looked up', async () => {
      expect(await hits(goose("ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'paid';", '11'))).toHaveLength(1);
    });

    it('reports a Flyway migration that mixes it with other statements, which Flyway refuses', async () => {
      const [f] = await hits({ before: SHOP, sql: `${ADD}\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;`, format: 'flyway', version: '11' });
      expect(f.message).toContain('this Flyway migration mixes it with transactional statements (line 2)');
    });
  });

  describe('stays quiet', () => {
    it('on PostgreSQL 12+ when nothing in the transaction uses the value', async () => {
      expect(await hits(goose(`${ADD}\nALTER TABLE orders ADD COLUMN shipped_at timestamptz;`))).toEqual([]);
    });

    it('when the same text appears in a statement that has nothing to do with the type', async () => {
      expect(await hits(goose(`${ADD}\nUPDATE notes SET body = 'shipped' WHERE id = 1;`))).toEqual([]);
    });

    it('when the value is used after a COMMIT', async () => {
      expect(await hits({ before: SHOP, sql: `BEGIN;\n${ADD}\nCOMMIT;\nUPDATE orders SET status = 'shipped' WHERE note = 'sent';` })).toEqual([]);
    });

    it('outside a transaction, on any version', async () => {
      expect(await hits({ before: SHOP, sql: `${ADD}\nUPDATE orders SET status = 'shipped' WHERE note = 'sent';`, version: '11' })).toEqual([]);
      expect(await hits({ ...goose(`-- +goose NO TRANSACTION\n${ADD}\nUPDATE orders SET status = 'shipped' WHERE note = 'sent';`), version: '11' })).toEqual([]);
    });

    it('when the type was created in the same transaction, on any version', async () => {
      const sql = "CREATE TYPE ticket_state AS ENUM ('open');\nALTER TYPE ticket_state ADD VALUE 'closed';\nCREATE TABLE tickets (id bigint PRIMARY KEY, state ticket_state DEFAULT 'closed');";
      expect(await hits(goose(sql))).toEqual([]);
      expect(await hits(goose(sql, '11'))).toEqual([]);
    });

    it('for IF NOT EXISTS of a value that already exists (12+)', async () => {
      expect(await hits(goose("ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'paid';\nUPDATE orders SET status = 'paid' WHERE note = 'x';"))).toEqual([]);
    });

    it('for another ADD VALUE placed next to the new value', async () => {
      expect(await hits(goose(`${ADD}\nALTER TYPE order_status ADD VALUE 'delivered' AFTER 'shipped';`))).toEqual([]);
    });

    it('for a Flyway migration of ADD VALUE statements only before 12, which Flyway runs outside a transaction', async () => {
      const sql = `${ADD}\nALTER TYPE order_status ADD VALUE 'delivered';`;
      expect(await hits({ before: SHOP, sql, format: 'flyway', version: '11' })).toEqual([]);
    });
  });

  it('in a Django history, reports the RunSQL migration that adds and uses the value in one atomic migration', async () => {
    const base = {
      'manage.py': 'import os\n',
      'mysite/settings.py': "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'NAME': 'shop'}}\n",
      'shop/apps.py': 'from django.apps import AppConfig\n\n\nclass ShopConfig(AppConfig):\n    name = \'shop\'\n',
      'shop/migrations/__init__.py': '',
      'shop/migrations/0001_initial.py': `from django.db import migrations


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.RunSQL("CREATE TYPE order_status AS ENUM ('new', 'paid')", migrations.RunSQL.noop),
        migrations.RunSQL("CREATE TABLE shop_order (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'new', note text)", migrations.RunSQL.noop),
    ]
`,
      'shop/migrations/0002_refunded.py': `from django.db import migrations


class Migration(migrations.Migration):
    atomic = False
    dependencies = [('shop', '0001_initial')]
    operations = [
        migrations.RunSQL("ALTER TYPE order_status ADD VALUE 'refunded'", migrations.RunSQL.noop),
    ]
`,
    };
    const pr = {
      'shop/migrations/0003_shipped.py': `from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [('shop', '0002_refunded')]
    operations = [
        migrations.RunSQL("ALTER TYPE order_status ADD VALUE 'shipped'", migrations.RunSQL.noop),
        migrations.RunSQL("UPDATE shop_order SET status = 'shipped' WHERE note = 'sent'", migrations.RunSQL.noop),
        migrations.RunSQL("UPDATE shop_order SET status = 'refunded' WHERE note = 'back'", migrations.RunSQL.noop),
    ]
`,
    };
    const report = await reviewPr(base, pr);
    expect(found(report).filter((f) => f.startsWith(ID))).toEqual([`${ID}@0003_shipped.py:7`]);
    const f = report.findings.find((x) => x.rule === ID)!;
    expect(f.message).toContain('the transaction Django wraps this file in, and line 8 of the same transaction uses \'shipped\'');
  });
});
