import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Finding } from '../../src/model/finding.js';
import type { FileSummary, Report } from '../../src/model/report.js';

const PY = 'shop/migrations/0002_order_total.py';

function report(findings: Finding[], files: FileSummary[]): Report {
  return {
    version: 1, tool: { name: 'migra', version: '0.1.0' }, before: 'a'.repeat(40), head: 'b'.repeat(40),
    sets: [{ dir: 'shop/migrations', format: 'django', dialect: 'postgresql', dialectSource: 'settings', files: 2 }],
    files, findings, acknowledged: [], score: findings.length ? 40 : 0, level: findings.length ? 'high' : 'none', rollback: '', dataLoss: [],
    schemaDiff: { tables: [], enumsAdded: [], enumsDropped: [], enumsChanged: [] }, timings: {},
  };
}

const file = (text: string, path = PY): FileSummary => ({ path, status: 'added', set: 'shop/migrations', statements: 1, unparsed: 0, sql: { dialect: 'postgresql', text } });
const finding = (i: number, over: Partial<Finding> = {}): Finding => ({
  rule: 'add-required-column', severity: 'high', category: 'locking', file: PY, line: i, endLine: i,
  message: `Adding a required column c${i}.`, why: 'w'.repeat(300), fix: 'f', statement: `AddField c${i}`, ...over,
});
const SQL = "-- line 9: migrations.AddField(model_name='order', name='total', …)\nALTER TABLE shop_order ADD COLUMN total integer DEFAULT 0 NOT NULL;\nALTER TABLE shop_order ALTER COLUMN total DROP DEFAULT;";

describe('the SQL of Django and Alembic migrations in the comment', () => {
  it('is shown collapsed under the migration, after the findings, with the dialect', () => {
    const md = renderMarkdown(report([finding(9)], [file(SQL)]));
    const block = `<details><summary>SQL of <code>${PY}</code> on PostgreSQL (rendered by Migra)</summary>\n\n\`\`\`sql\n${SQL}\n\`\`\`\n\n</details>`;
    expect(md).toContain(block);
    expect(md.indexOf(block)).toBeGreaterThan(md.indexOf('<details><summary>Why, and the safe way</summary>'));
    expect(md).toContain("not the exact SQL Django or Alembic emit");
  });

  it('is shown when nothing was found too, and in the job summary', () => {
    const r = report([], [file(SQL)]);
    expect(renderMarkdown(r)).toContain(`SQL of <code>${PY}</code> on PostgreSQL`);
    expect(renderJobSummary(r, { failing: false, failOn: 'high' })).toContain(`SQL of <code>${PY}</code> on PostgreSQL`);
  });

  it('keeps hostile text inert: a path cannot open HTML or ping, SQL cannot close its fence', () => {
    const md = renderMarkdown(report([], [file("SELECT '```\n<img src=x onerror=alert(1)> @octocat';", 'shop/migrations/0003_<img src=x>@team.py')]));
    expect(md).toContain('<code>shop/migrations/0003_&lt;img src=x&gt;&#64;team.py</code>');
    expect(md).toContain("````sql\nSELECT '```\n<img src=x onerror=alert(1)> @octocat';\n````");
  });

  it('is cut first when the comment is too big: the findings and their details stay', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `ALTER TABLE shop_order ADD COLUMN c${i} integer;`).join('\n');
    const r = report([finding(1), finding(2)], [file(big)]);
    const md = renderMarkdown(r, { maxLength: 30_000 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(30_000);
    expect(md.match(/<details><summary>Why, and the safe way/g)).toHaveLength(2);
    expect(md).toMatch(/-- … \d+ more lines left out here/);
    expect(md).toMatch(/Left out: the SQL of the Django and Alembic migrations after line \d+ of 3000\./);
    // Smaller still: the SQL goes whole before any finding's details do.
    const small = renderMarkdown(r, { maxLength: 1_500 });
    expect(small).not.toContain('SQL of <code>');
    expect(small.match(/<details><summary>Why, and the safe way/g)).toHaveLength(1);
    expect(small).toContain('Left out: the SQL of the Django and Alembic migrations; the "why, and the safe way" of 1 of the 2 findings (the least severe).');
  });
});
