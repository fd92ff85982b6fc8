import { renderCheckRun } from '../../src/render/check-run.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { COMMENT_MARKER, renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { clip, clipBytes } from '../../src/render/size.js';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';

function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    version: 1, tool: { name: 'migra', version: '0.1.0' }, before: 'a'.repeat(40), head: 'b'.repeat(40),
    sets: [{ dir: 'db/migrations', format: 'plain', dialect: 'postgresql', dialectSource: 'default', files: 3 }],
    files: [{ path: 'db/migrations/004_x.sql', status: 'added', set: 'db/migrations', statements: 2, unparsed: 0 }],
    findings, acknowledged: [], score: 90, level: findings.length ? 'critical' : 'none', rollback: '', dataLoss: [],
    schemaDiff: { tables: [], enumsAdded: [], enumsDropped: [], enumsChanged: [] }, timings: {}, ...extra,
  };
}
const finding = (i: number, over: Partial<Finding> = {}): Finding => ({
  rule: 'drop-column', severity: 'high', category: 'data-loss', file: `db/migrations/${i}_x.sql`, line: i, endLine: i,
  message: `Dropping column t.c${i} deletes its data.`, why: 'w', fix: 'f', statement: `ALTER TABLE t DROP COLUMN c${i};`, ...over,
});
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Four-byte characters everywhere: a limit counted in characters would be four times over. */
const wide = (i: number) => `😀${'𝔘'.repeat(20)}${i}`;

describe('size limits, counted in UTF-8 bytes', () => {
  const many = Array.from({ length: 600 }, (_, i) => finding(i + 1, { message: `Drop ${wide(i)}`, severity: i < 5 ? 'critical' : i < 300 ? 'high' : 'low' }));
  const big = report(many, {
    notes: Array.from({ length: 50 }, (_, i) => `note ${wide(i)}`),
    dataLoss: Array.from({ length: 3000 }, (_, i) => `t.${wide(i)}: every value`),
    rollback: Array.from({ length: 3000 }, (_, i) => `ALTER TABLE t ADD COLUMN "${wide(i)}" text;`).join('\n'),
  });

  it('cuts details first, then the notes, the rollback, data loss no finding states, then the least severe findings, and says so', () => {
    const md = renderMarkdown(big, { elsewhere: 'See [the run](https://x).' });
    expect(bytes(md)).toBeLessThanOrEqual(65_536);
    expect(md.startsWith(COMMENT_MARKER)).toBe(true);
    expect(md).toMatch(/> \*\*Shortened to fit GitHub's size limit\.\*\* Left out: the "why, and the safe way" of each finding; 50 of the 50 notes; the rollback SQL; "Data that would be lost"; the \d+ least severe findings\. See \[the run\]\(https:\/\/x\)\./);
    // The most severe findings stay, each under its file.
    for (let i = 1; i <= 5; i++) expect(md).toContain(`#### \`${i}_x.sql\` <sub>in \`db/migrations/\`</sub>\n\n- 🔴 **critical** · line ${i} ·`);
    expect(md).not.toContain('<details>');
  });

  it('keeps the details of the most severe findings when only some fit', () => {
    const r = report(Array.from({ length: 40 }, (_, i) => finding(i + 1, { severity: i < 3 ? 'critical' : 'low', why: 'w'.repeat(2_000) })));
    const md = renderMarkdown(r, { maxLength: 20_000 });
    expect(bytes(md)).toBeLessThanOrEqual(20_000);
    const shown = md.split('<details><summary>Why, and the safe way</summary>').length - 1;
    expect(shown).toBeGreaterThanOrEqual(3);
    expect(shown).toBeLessThan(40);
    expect(md).toContain(`Left out: the "why, and the safe way" of ${40 - shown} of the 40 findings (the least severe).`);
    for (let i = 1; i <= 3; i++) expect(md).toMatch(new RegExp(`line ${i} · [^\\n]*\\n[^\\n]*\\n\\n  <details>`));
  });

  it('keeps a partial rollback and data-loss list when they are what does not fit', () => {
    const r = report([finding(1)], { dataLoss: big.dataLoss.slice(0, 50), rollback: big.rollback });
    const md = renderMarkdown(r, { maxLength: 20_000 });
    expect(bytes(md)).toBeLessThanOrEqual(20_000);
    expect(md).toMatch(/the rollback SQL after line \d+ of 3000/);
    expect(md).toMatch(/-- … \d+ more lines left out here/);
    expect(md).toContain('**Data that would be lost**');
    expect(md).toMatch(/```sql\n[\s\S]*\n```\n\n<\/details>/);
  });

  it('the check run summary, the job summary and SARIF stay within their limits', () => {
    const gate = { failing: true, failOn: 'high' };
    expect(bytes(renderCheckRun(big, gate).summary)).toBeLessThanOrEqual(65_535);
    const huge = report(Array.from({ length: 4000 }, (_, i) => finding(i, { message: wide(i).repeat(20), statement: wide(i).repeat(100) })), { rollback: big.rollback.repeat(5) });
    expect(bytes(renderJobSummary(huge, gate, { notes: Array.from({ length: 10_000 }, (_, i) => `note ${wide(i)}`) }))).toBeLessThanOrEqual(1024 * 1024);
    const sarif = JSON.parse(renderSarif(report(Array.from({ length: 6000 }, (_, i) => finding(i, { severity: i === 5999 ? 'critical' : 'low' }))), RULES));
    expect(sarif.runs[0].results).toHaveLength(5000);
    expect(sarif.runs[0].results[0].properties.severity).toBe('critical');
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^1000 of 6000 findings/);
  });

  it('never splits a surrogate pair when cutting', () => {
    expect(clip('a😀b', 2, '')).toBe('a');
    expect(clipBytes('😀😀😀', 9, '')).toBe('😀😀');
    expect(bytes(clipBytes('€'.repeat(1000), 100))).toBeLessThanOrEqual(100);
  });
});
