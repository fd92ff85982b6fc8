import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'detach-partition-non-concurrently';
const PARTS = "CREATE TABLE measurements (id bigint, taken date NOT NULL) PARTITION BY RANGE (taken);\nCREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');";

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('detach-partition-non-concurrently', () => {
  it('reports DETACH PARTITION, naming the parent, the partition and the lock, with the rewrite', async () => {
    const [f, ...rest] = await hits({ before: PARTS, sql: 'SELECT 1;\nALTER TABLE measurements DETACH PARTITION measurements_2023;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'medium', category: 'locking' });
    expect(f.message).toContain('Detaching partition measurements_2023 from measurements without CONCURRENTLY takes ACCESS EXCLUSIVE');
    expect(f.replacement).toBe('ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;');
  });

  it('before PostgreSQL 14 says there is no concurrent form, without a rewrite', async () => {
    const [f] = await hits({ before: PARTS, version: '13', sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2023;' });
    expect(f.message).toContain('has no DETACH PARTITION … CONCURRENTLY');
    expect(f.fix).toContain('lock_timeout');
    expect(f.replacement).toBeUndefined();
  });

  describe('stays quiet', () => {
    it('with CONCURRENTLY', async () => {
      expect(await hits({ before: PARTS, sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;' })).toEqual([]);
    });

    it('for a partitioned table created in this pull request', async () => {
      const sql = "CREATE TABLE readings (id bigint, taken date NOT NULL) PARTITION BY RANGE (taken);\nCREATE TABLE readings_2023 PARTITION OF readings FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');\nALTER TABLE readings DETACH PARTITION readings_2023;";
      expect(await hits({ sql })).toEqual([]);
    });
  });
});
