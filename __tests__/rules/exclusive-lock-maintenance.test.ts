import { runExample } from '../../src/analyze/run-example.js';
import type { Finding } from '../../src/model/finding.js';
import { RULES } from '../../src/rules/index.js';
import type { RuleExample } from '../../src/rules/rule.js';

const ID = 'exclusive-lock-maintenance';
const EVENTS = 'CREATE TABLE events (id bigint PRIMARY KEY, kind text);\nCREATE INDEX events_kind_idx ON events (kind);';
const VIEW = `${EVENTS}\nCREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind;`;

async function hits(ex: RuleExample): Promise<Finding[]> {
  const report = await runExample(ex, RULES);
  return report.findings.filter((f) => f.rule === ID);
}

describe('exclusive-lock-maintenance', () => {
  it('reports VACUUM FULL of an existing table, naming it and the lock', async () => {
    const [f, ...rest] = await hits({ before: EVENTS, sql: 'SELECT 1;\nVACUUM FULL events;' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 2, severity: 'high', category: 'locking' });
    expect(f.message).toContain('VACUUM FULL events');
    expect(f.message).toContain('ACCESS EXCLUSIVE');
    expect(f.fix).toContain('pg_repack');
  });

  it('reports VACUUM (FULL, ANALYZE) and a VACUUM FULL of the whole database', async () => {
    expect(await hits({ before: EVENTS, sql: 'VACUUM (FULL, ANALYZE) events;' })).toHaveLength(1);
    const [f] = await hits({ before: EVENTS, sql: 'VACUUM FULL;' });
    expect(f.message).toContain('every table of the database');
  });

  it('reports CLUSTER', async () => {
    const [f] = await hits({ before: EVENTS, sql: 'CLUSTER events USING events_kind_idx;' });
    expect(f.message).toContain('CLUSTER events');
    expect(f.message).toContain('ACCESS EXCLUSIVE');
  });

  it('reports REFRESH MATERIALIZED VIEW without CONCURRENTLY, naming the view', async () => {
    const [f] = await hits({ before: VIEW, sql: 'REFRESH MATERIALIZED VIEW event_counts;' });
    expect(f.message).toContain('REFRESH MATERIALIZED VIEW event_counts without CONCURRENTLY');
    expect(f.message).toContain('ACCESS EXCLUSIVE lock on event_counts');
    expect(f.fix).toContain('unique index');
  });

  describe('stays quiet', () => {
    it('for plain VACUUM and ANALYZE', async () => {
      expect(await hits({ before: EVENTS, sql: 'VACUUM events;\nANALYZE events;\nVACUUM ANALYZE events;' })).toEqual([]);
    });

    it('for REFRESH … CONCURRENTLY', async () => {
      expect(await hits({ before: VIEW, sql: 'REFRESH MATERIALIZED VIEW CONCURRENTLY event_counts;' })).toEqual([]);
    });

    it('for a table created in this pull request', async () => {
      const sql = 'CREATE TABLE imports (id bigint PRIMARY KEY, kind text);\nCREATE INDEX imports_kind_idx ON imports (kind);\nVACUUM FULL imports;\nCLUSTER imports USING imports_kind_idx;';
      expect(await hits({ sql })).toEqual([]);
    });

    it('for a materialized view created in this pull request, or dropped and created again', async () => {
      expect(await hits({ before: EVENTS, sql: 'CREATE MATERIALIZED VIEW kinds AS SELECT DISTINCT kind FROM events;\nREFRESH MATERIALIZED VIEW kinds;' })).toEqual([]);
      const sql = 'DROP MATERIALIZED VIEW event_counts;\nCREATE MATERIALIZED VIEW event_counts AS SELECT kind, count(*) AS n FROM events GROUP BY kind WITH NO DATA;\nREFRESH MATERIALIZED VIEW event_counts;';
      expect(await hits({ before: VIEW, sql })).toEqual([]);
    });
  });
});
