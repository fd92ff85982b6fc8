import { ANNOTATIONS_PER_REQUEST, checkAnnotations, commandAnnotations } from '../../src/render/annotations.js';
import { renderCheckRun } from '../../src/render/check-run.js';
import { checkRunTitle } from '../../src/render/verdict.js';
import { mdProse } from '../../src/render/escape.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';

function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    version: 1, tool: { name: 'migra', version: '0.1.0' }, before: 'a'.repeat(40), head: 'b'.repeat(40),
    sets: [], files: [{ path: 'db/m/004_x.sql', status: 'added', set: 'db/m', statements: 2, unparsed: 0 }],
    findings, acknowledged: [], score: 60, level: findings.length ? 'critical' : 'none', rollback: '', dataLoss: [],
    schemaDiff: { tables: [], enumsAdded: [], enumsDropped: [], enumsChanged: [] }, timings: {}, ...extra,
  };
}
const finding = (line: number, over: Partial<Finding> = {}): Finding => ({
  rule: 'drop-table', severity: 'critical', category: 'data-loss', file: 'db/m/004_x.sql', line, endLine: line,
  message: `Dropping t${line}.`, why: 'Rows are gone.', fix: 'Back up first.', ...over,
});

describe('check-run annotations', () => {
  it('map severities to levels, most severe first, within the API limits', () => {
    const anns = checkAnnotations(report([
      finding(9, { severity: 'low' }), finding(3, { severity: 'medium' }), finding(5, { severity: 'high', endLine: 7, replacement: 'X;', rollback: 'Y;' }),
      finding(1, { severity: 'info' }), finding(2), finding(4, { rule: 'r'.repeat(400), message: 'm'.repeat(100_000) }),
    ]));
    expect(anns.map((a) => [a.start_line, a.annotation_level])).toEqual([[2, 'failure'], [4, 'failure'], [5, 'failure'], [3, 'warning'], [9, 'notice'], [1, 'notice']]);
    expect(anns[2]).toMatchObject({ end_line: 7, title: 'drop-table (high)', raw_details: 'Safe rewrite:\nX;\n\nRollback:\nY;' });
    expect(anns[2].message).toBe('Dropping t5.\n\nWhy: Rows are gone.\n\nSafe way: Back up first.');
    expect(anns[1].title.length).toBeLessThanOrEqual(255);
    expect(anns[1].message.length).toBeLessThanOrEqual(4000);
    expect(ANNOTATIONS_PER_REQUEST).toBe(50);
  });

  it('never sends a line 0', () => {
    expect(checkAnnotations(report([finding(0, { endLine: 0 })]))[0]).toMatchObject({ start_line: 1, end_line: 1 });
  });

  it('as workflow commands, with the checkout prefix', () => {
    expect(commandAnnotations(report([finding(3, { severity: 'medium' })]), 'repo')[0]).toMatchObject({ level: 'warning', file: 'repo/db/m/004_x.sql', startLine: 3, title: 'Migra: drop-table (medium)' });
  });
});

describe('check run and job summary', () => {
  it('words what the gate decided, in the title and first in the summary', () => {
    const r = report([finding(1)]);
    expect(checkRunTitle(r, { failing: true, failOn: 'high' })).toBe('Blocked at fail-on high: 1 finding, critical risk (score 60/100)');
    expect(renderCheckRun(r, { failing: true, failOn: 'high', approveLabel: 'migra:approved' }).summary).toMatch(/^<!-- migra:report -->\n\n## ❌ Migra: blocked · critical risk\n\n\*\*Blocked:\*\* 1 finding is at or above `fail-on: high`\. To unblock, fix it, or a maintainer adds the label `migra:approved` to accept it\./);
    const approved = { ...r, approvedBy: 'migra:approved' };
    expect(checkRunTitle(approved, { failing: true, failOn: 'high' })).toBe('Passes, approved by label: 1 finding, critical risk (score 60/100)');
    expect(renderCheckRun(approved, { failing: true, failOn: 'high' }).summary).toContain('## ✅ Migra: passes, approved by label · critical risk\n\n**Passes:** at or above `fail-on: high`, and the label `migra:approved` accepts the findings below');
    expect(checkRunTitle(r, { failing: false, failOn: 'never' })).toBe('Passes: 1 finding, critical risk (score 60/100)');
    expect(checkRunTitle(report([]), { failing: false, failOn: 'high' })).toBe('Passes: no risky changes');
    expect(checkRunTitle(report([], { files: [] }), { failing: false, failOn: 'high' })).toBe('No migration files changed');
  });

  it('keeps the check-run summary within 65,535 characters', () => {
    const many = Array.from({ length: 600 }, (_, i) => finding(i + 1, { why: 'w'.repeat(300), statement: 'DROP TABLE x;\n'.repeat(20) }));
    expect(renderCheckRun(report(many), { failing: true, failOn: 'high' }).summary.length).toBeLessThanOrEqual(65_535);
  });

  it('job summary: the verdict first, the notes as text', () => {
    const md = renderJobSummary(report([finding(1)]), { failing: false, failOn: '90' }, { notes: ['Shallow clone: fetched <x> @team'] });
    expect(md).toMatch(/^<!-- migra:report -->\n\n## ✅ Migra: passes · critical risk\n\n\*\*Passes:\*\* the risk score 60 is below `fail-on: 90`\./);
    expect(md).toContain('- Shallow clone: fetched &lt;x&gt; @\u200bteam');
  });
});

describe('AI prose in the comment', () => {
  const files = ['db/m/004_x.sql'];
  it('keeps paragraphs and escapes markdown', () => {
    expect(mdProse('First *line*\nwraps.\n\nSecond_para.', { files })).toEqual(['First \\*line\\* wraps.', 'Second\\_para.']);
  });

  it('drops HTML, comments, images and foreign links; escapes mentions and issue references', () => {
    const [p] = mdProse('Hi @octocat <img src=x onerror=alert(1)><script>alert(2)</script><!-- x --> ![i](https://e/x.png) [click](https://e/p) [up](../../x) #7 GH-8 https://e/bare');
    expect(p).toBe('Hi @\u200boctocat   click up \\#\u200b7 GH-\u200b8 https\u200b://e/bare');
  });

  it('keeps relative links to the report files, pointing at the head commit', () => {
    const blobUrl = 'https://github.com/o/r/blob/abc/';
    expect(mdProse('See [the drop](db/m/004_x.sql#L3).', { files, blobUrl })).toEqual(['See [the drop](https://github.com/o/r/blob/abc/db/m/004_x.sql#L3).']);
    expect(mdProse('See [the drop](./db/m/004_x.sql).', { files })).toEqual(['See the drop (`db/m/004_x.sql`).']);
    expect(mdProse('See [other](db/m/999.sql) and [abs](/db/m/004_x.sql).', { files, blobUrl })).toEqual(['See other and abs.']);
  });

  it('caps its length', () => {
    const [p] = mdProse('word '.repeat(5000), { maxLength: 100 });
    expect(p.length).toBeLessThan(110);
    expect(p.endsWith('…')).toBe(true);
  });

  it('renders in the comment as a labelled quote, and not at all when empty after cleaning', () => {
    const md = renderMarkdown(report([finding(1)], { ai: { model: 'm@x', text: 'One.\n\nTwo @team.' } }), { gate: { failing: true, failOn: 'high' } });
    // Right under the verdict and the counts, before the findings.
    expect(md).toContain('statements reviewed in 1 file, 1 fine.\n\n> **AI summary** <sub>by `m@x`, advisory: it does not change the score, the findings or the verdict</sub>\n>\n> One.\n>\n> Two @\u200bteam.\n\n####');
    expect(renderMarkdown(report([finding(1)], { ai: { model: 'm', text: '<img src=x>' } }))).not.toMatch(/AI summary|^> /m);
  });
});
