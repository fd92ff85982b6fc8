import { runExample } from '../../src/analyze/run-example.js';
import { RULES } from '../../src/rules/index.js';

// Supabase Auth style: the schema is a Go template the runner fills in. Findings, rollback SQL and
// the schema diff must name it as the author wrote it, not as the placeholder it was parsed as.
describe('findings on templated names', () => {
  const before = 'CREATE TABLE {{ index .Options "Namespace" }}.users (id uuid PRIMARY KEY, email text, phone text);';
  const sql = 'ALTER TABLE {{ index .Options "Namespace" }}.users DROP COLUMN phone;';

  it('show the template in the message, the rollback and the schema diff', async () => {
    const report = await runExample({ before, sql }, RULES);
    const drop = report.findings.find((f) => f.rule === 'drop-column')!;
    expect(drop.message).toContain('{{ index .Options "Namespace" }}.users');
    expect(drop.message).not.toMatch(/tpl[0-9a-z]+_/);
    expect(drop.rollback).toContain('{{ index .Options "Namespace" }}');
    expect(report.rollback).toContain('{{ index .Options "Namespace" }}');
    expect(JSON.stringify(report.schemaDiff)).not.toMatch(/tpl[0-9a-z]+_/);
    expect(report.schemaDiff.tables.map((t) => t.table)).toEqual(['{{ index .Options "Namespace" }}.users']);
  });
});
