import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const hits = async (ex: RuleExample) => (await runExample(ex, RULES)).findings.filter((f) => f.rule === 'rename-schema');
const BILLING = 'CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id bigint PRIMARY KEY);';

describe('rename-schema (issue 10)', () => {
  it('reports ALTER SCHEMA … RENAME TO of a schema that exists in production, at its line', async () => {
    const [f, ...rest] = await hits({ before: BILLING, sql: "SET lock_timeout = '1s';\nALTER SCHEMA billing RENAME TO accounting;" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'compatibility', line: 2 });
    expect(f.message).toBe('Renaming schema billing to accounting moves every object in it at once: every query of the running application that names billing (or has it in its search_path) fails.');
  });

  it('reports a schema the replayed history never created (made outside the migrations)', async () => {
    expect(await hits({ before: 'CREATE TABLE t (id int);', sql: 'ALTER SCHEMA "Legacy" RENAME TO legacy;' })).toHaveLength(1);
  });

  it('stays quiet for a schema created in the same pull request', async () => {
    expect(await hits({ sql: 'CREATE SCHEMA billing_import;\nALTER SCHEMA billing_import RENAME TO billing;' })).toEqual([]);
  });

  it('stays quiet for ALTER SCHEMA … OWNER TO', async () => {
    expect(await hits({ before: BILLING, sql: 'ALTER SCHEMA billing OWNER TO admin;' })).toEqual([]);
  });
});
