import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';
import { djangoChange } from '../../src/rules/lib/python-examples.js';

// Issue 10: projects that migrate with the application stopped (Lemmy migrates at start-up under
// an advisory lock) set `deploy: offline`; lock and running-application findings become info
// that says why, while duration, data loss and failure keep their severity.
const run = async (ex: RuleExample, deploy?: 'online' | 'offline') => (await runExample(ex, RULES, deploy ? { deploy } : {})).findings;
const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, status text, amount integer);';

describe('deploy: offline', () => {
  it('turns a lock finding (CREATE INDEX without CONCURRENTLY) into info that says why', async () => {
    const ex = { before: ORDERS, sql: 'CREATE INDEX orders_status_idx ON orders (status);' };
    const [online] = (await run(ex)).filter((f) => f.rule === 'create-index-non-concurrently');
    expect(online.severity).toBe('high');
    const [offline] = (await run(ex, 'offline')).filter((f) => f.rule === 'create-index-non-concurrently');
    expect(offline.severity).toBe('info');
    expect(offline.message).toMatch(/Info only: this project migrates with the application stopped \(deploy: offline\), so no query waits on the lock\.$/);
  });

  it('turns a running-application finding (rename-column) into info', async () => {
    const [f] = (await run({ before: ORDERS, sql: 'ALTER TABLE orders RENAME COLUMN status TO state;' }, 'offline')).filter((x) => x.rule === 'rename-column');
    expect(f.severity).toBe('info');
    expect(f.message).toContain('no old code runs against the new schema');
  });

  it('keeps duration, data loss and failure: a rewrite, a dropped column, a NOT NULL column that fails on existing rows', async () => {
    const found = await run({ before: ORDERS, sql: 'ALTER TABLE orders ALTER COLUMN amount TYPE bigint;\nALTER TABLE orders DROP COLUMN status;\nALTER TABLE orders ADD COLUMN plan text NOT NULL;' }, 'offline');
    const sev = Object.fromEntries(found.map((f) => [f.rule, f.severity]));
    expect(sev).toMatchObject({ 'table-rewrite-type-change': 'high', 'drop-column': 'high', 'add-required-column': 'high' });
  });

  it('turns Django AddField(default=…) without db_default into info: only old code omits the column', async () => {
    const [f] = (await runExample(djangoChange("migrations.AddField(model_name='order', name='priority', field=models.IntegerField(default=0))"), RULES, { deploy: 'offline' })).findings.filter((x) => x.rule === 'add-required-column');
    expect(f.severity).toBe('info');
  });

  it('leaves a severity the user configured for the rule alone', async () => {
    const report = await runExample({ before: ORDERS, sql: 'CREATE INDEX orders_status_idx ON orders (status);' }, RULES, { deploy: 'offline', rules: { 'create-index-non-concurrently': 'critical' } });
    expect(report.findings.find((f) => f.rule === 'create-index-non-concurrently')?.severity).toBe('critical');
  });
});
