import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const hits = async (ex: RuleExample) => (await runExample(ex, RULES)).findings.filter((f) => f.rule === 'rename-enum-value');
const ORDERS = "CREATE TYPE order_status AS ENUM ('new', 'paid');\nCREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);";

describe('rename-enum-value (issue 10)', () => {
  it('reports ALTER TYPE … RENAME VALUE on a type that exists in production, with the add-then-move fix', async () => {
    const [f, ...rest] = await hits({ before: ORDERS, sql: "ALTER TYPE order_status RENAME VALUE 'paid' TO 'settled';" });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'high', category: 'compatibility', line: 1 });
    expect(f.message).toBe("Renaming value 'paid' of enum order_status to 'settled' changes it in every row at once: the running application still writes and compares 'paid', and its inserts and updates with it fail.");
    expect(f.fix).toContain("ALTER TYPE order_status ADD VALUE 'settled';");
  });

  it('stays quiet for a type created in the same pull request', async () => {
    expect(await hits({ sql: "CREATE TYPE ticket_state AS ENUM ('open', 'done');\nALTER TYPE ticket_state RENAME VALUE 'done' TO 'closed';" })).toEqual([]);
  });

  it('stays quiet for ADD VALUE', async () => {
    expect(await hits({ before: ORDERS, sql: "ALTER TYPE order_status ADD VALUE 'settled';" })).toEqual([]);
  });
});
