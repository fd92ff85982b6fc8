import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';

// The verify stage drops a rewrite finding only when Migra's knowledge (knowledge/predict.ts, where
// the rule's claim comes from) predicts the rewrite the engine did not do.
describe('reconciling a finding with the engine through the knowledge', () => {
  it('text → citext keeps its finding: it claims an index rebuilt, not a table rewritten, so an unchanged table contradicts nothing', async () => {
    const r = await runExample(
      {
        verify: true,
        before: 'CREATE EXTENSION IF NOT EXISTS citext;\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX users_email ON users (email);',
        sql: 'ALTER TABLE users ALTER COLUMN email TYPE citext;',
      },
      RULES,
    );
    const f = r.findings.find((x) => x.rule === 'table-rewrite-type-change');
    expect(f?.message).toMatch(/keeps the rows but rebuilds index users_email/);
    expect(f?.verified).toMatch(/^verified on PostgreSQL 17[.\d]* \(PGlite\): ACCESS EXCLUSIVE on users, no table rewritten/);
    expect(r.notes ?? []).toEqual([]);
  }, 120_000);
});
