import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { GateOutcome } from '../../src/render/verdict.js';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';

// The comment as a busy reviewer reads it (issue 13): the verdict and what unblocks it first,
// findings by file with their lines, each fact once, and how much of the pull request was fine.

function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    version: 1, tool: { name: 'migra', version: '0.1.0' }, before: 'a'.repeat(40), head: 'b'.repeat(40),
    sets: [{ dir: 'db/migrations', format: 'plain', dialect: 'postgresql', dialectSource: 'default', files: 5 }],
    files: [
      { path: 'db/migrations/004_a.sql', status: 'added', set: 'db/migrations', statements: 5, unparsed: 0 },
      { path: 'db/migrations/005_b.sql', status: 'added', set: 'db/migrations', statements: 3, unparsed: 0 },
    ],
    findings, acknowledged: [], score: 72, level: 'high', rollback: '', dataLoss: [],
    schemaDiff: { tables: [], enumsAdded: [], enumsDropped: [], enumsChanged: [] }, timings: {}, ...extra,
  };
}
const finding = (file: string, line: number, over: Partial<Finding> = {}): Finding => ({
  rule: 'drop-column', severity: 'high', category: 'data-loss', file: `db/migrations/${file}`, line, endLine: line,
  message: `Finding at line ${line} of ${file.slice(0, 3)} says this once.`, why: 'Because.', fix: 'Do it safely.', statement: `ALTER TABLE t${line} DROP COLUMN c;`, ...over,
});
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const gate = (failOn: string, failing: boolean, approveLabel: string | undefined = 'migra:approved'): GateOutcome => ({ failOn, failing, approveLabel });

describe('the verdict, first', () => {
  const three = [finding('004_a.sql', 2), finding('004_a.sql', 4, { severity: 'critical', rule: 'drop-table' }), finding('005_b.sql', 1, { severity: 'medium', rule: 'lock-timeout-missing', category: 'locking' })];

  it('blocked at a level: how many findings reach it, and that fixing them or the approve label unblocks it', () => {
    const md = renderMarkdown(report(three, { level: 'critical' }), { gate: gate('high', true) });
    expect(md).toMatch(/^<!-- migra:report -->\n\n## ❌ Migra: blocked · critical risk\n\n\*\*Blocked:\*\* 2 findings are at or above `fail-on: high`\. To unblock, fix them, or a maintainer adds the label `migra:approved` to accept them\.<br>\n/);
  });

  it('blocked without an approve label says only what to fix; at a score it names the score', () => {
    expect(renderMarkdown(report(three), { gate: { failOn: 'medium', failing: true } })).toContain('**Blocked:** 3 findings are at or above `fail-on: medium`. To unblock, fix them.<br>');
    expect(renderMarkdown(report(three), { gate: gate('60', true) })).toContain('**Blocked:** the risk score 72 is at or above `fail-on: 60`. To unblock, fix findings until the score is below 60, or a maintainer adds the label `migra:approved` to accept the risk.');
    expect(renderMarkdown(report(three), { gate: gate('none', true) })).toContain('**Blocked:** `fail-on: none` blocks on any finding. To unblock, fix the 3 findings, or a maintainer adds');
  });

  it('passes: below the gate, with the label, or with fail-on never; the icon is the verdict and the risk is in words', () => {
    expect(renderMarkdown(report(three), { gate: gate('critical', false) })).toContain('## ✅ Migra: passes · high risk\n\n**Passes:** no finding reaches `fail-on: critical`.');
    expect(renderMarkdown(report(three, { approvedBy: 'ship-it' }), { gate: gate('high', true) })).toContain('## ✅ Migra: passes, approved by label · high risk\n\n**Passes:** at or above `fail-on: high`, and the label `ship-it` accepts the findings below; they still stand.');
    expect(renderMarkdown(report(three), { gate: gate('never', false) })).toContain('**Passes:** with `fail-on: never` Migra reports but never blocks.');
    expect(renderMarkdown(report([], { score: 0, level: 'none' }), { gate: gate('high', false) })).toContain('## ✅ Migra: passes · no risky changes\n\n8 statements reviewed in 2 files, all fine.');
  });

  it('never puts a level colour beside the score: the score is on its own line, uncoloured', () => {
    const md = renderMarkdown(report(three, { score: 93 }), { gate: gate('high', true) });
    const [headline] = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headline).not.toMatch(/\d+\/100|🟠|🔴/);
    expect(md).toContain('Risk score **93/100** · **3 findings**: 1 critical, 1 high, 1 medium ·');
  });
});

describe('findings by file', () => {
  it('groups by file, the file with the most severe finding first, and lists each file in line order', () => {
    const md = renderMarkdown(report([
      finding('004_a.sql', 9, { severity: 'low', rule: 'r1' }), finding('005_b.sql', 3, { severity: 'critical', rule: 'r2' }),
      finding('004_a.sql', 1, { severity: 'medium', rule: 'r3' }), finding('005_b.sql', 1, { severity: 'low', rule: 'r4' }),
    ]));
    expect(count(md, '#### `005_b.sql` <sub>in `db/migrations/`</sub>')).toBe(1);
    expect(count(md, '#### `004_a.sql` <sub>in `db/migrations/`</sub>')).toBe(1);
    const order = ['`005_b.sql`', 'line 1 · `r4`', 'line 3 · `r2`', '`004_a.sql`', 'line 1 · `r3`', 'line 9 · `r1`'].map((s) => md.indexOf(s));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('links the file and each line to the head commit, ranges included', () => {
    const md = renderMarkdown(report([finding('004_a.sql', 2, { endLine: 4 })]), { blobUrl: 'https://github.com/o/r/blob/abc/' });
    expect(md).toContain('#### [`004_a.sql`](https://github.com/o/r/blob/abc/db/migrations/004_a.sql) <sub>');
    expect(md).toContain('· [lines 2–4](https://github.com/o/r/blob/abc/db/migrations/004_a.sql#L2-L4) · `drop-column` · data loss');
  });
});

describe('each fact once', () => {
  it("a finding's message appears once, though the report's data-loss list holds it too", () => {
    const fs = [finding('004_a.sql', 2), finding('004_a.sql', 4)];
    const md = renderMarkdown(report(fs, { dataLoss: fs.map((f) => `${f.file}:${f.line} ${f.message}`), rollback: '-- undo\nSELECT 1;' }));
    for (const f of fs) expect(count(md, f.message)).toBe(1);
    expect(md).not.toContain('Data that would be lost');
  });

  it('data loss that no finding states is still shown, once', () => {
    const md = renderMarkdown(report([finding('004_a.sql', 2)], { dataLoss: ['public.t.c: every value'] }));
    expect(count(md, 'public.t.c: every value')).toBe(1);
    expect(md).toContain('**Data that would be lost**\n\n- public.t.c: every value');
  });

  it('a statement with several findings is quoted once; a safe way that is the rewrite is shown once', () => {
    const sql = 'ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0);';
    const fix = 'ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) NOT VALID;';
    const md = renderMarkdown(report([finding('004_a.sql', 3, { statement: sql, fix, replacement: fix }), finding('004_a.sql', 3, { rule: 'other', severity: 'low', statement: sql })]));
    expect(count(md, sql)).toBe(1);
    expect(count(md, fix)).toBe(1);
    expect(count(md, 'Why, and the safe way')).toBe(2);
  });

  it('the rollback of each statement is only in the rollback script, collapsed', () => {
    const md = renderMarkdown(report([finding('004_a.sql', 2, { rollback: 'ALTER TABLE t ADD COLUMN c int;' })], { rollback: '-- db/migrations/004_a.sql:2\nALTER TABLE t ADD COLUMN c int;' }));
    expect(count(md, 'ALTER TABLE t ADD COLUMN c int;')).toBe(1);
    expect(md).toMatch(/<details><summary>Rollback SQL[^<]*<\/summary>\n\n```sql\n-- db\/migrations\/004_a\.sql:2\nALTER TABLE t ADD COLUMN c int;\n```\n\n<\/details>/);
  });
});

describe('statements reviewed', () => {
  it('counts the statements of the changed files and those no finding points at', () => {
    const md = renderMarkdown(report([finding('004_a.sql', 2), finding('004_a.sql', 2, { rule: 'x' }), finding('005_b.sql', 7)], {
      acknowledged: [{ ...finding('004_a.sql', 9), reason: 'known' }],
    }));
    // 8 statements; lines 2 and 9 of 004 and line 7 of 005 have findings (one acknowledged).
    expect(md).toContain('· 8 statements reviewed in 2 files, 5 fine.');
  });

  it('leaves out files without statements and says nothing when there are none', () => {
    const r = report([finding('004_a.sql', 2)], { files: [{ path: 'db/migrations/004_a.sql', status: 'deleted', set: 'db/migrations', statements: 0, unparsed: 0 }] });
    expect(renderMarkdown(r)).not.toContain('reviewed');
  });
});

describe('notes', () => {
  const notes = ['db/migrations/x.sql looks like a migration but is not run.', 'Not verified on a real engine: MySQL.'];

  it('the comment shows the report notes, once', () => {
    const md = renderMarkdown(report([finding('004_a.sql', 2)], { notes }));
    expect(md).toContain(`**Notes on this review**\n\n- ${notes[0]}\n- ${notes[1]}`);
    for (const n of notes) expect(count(md, n)).toBe(1);
  });

  it('the job summary adds the run notes to the same list, each once', () => {
    const run = [...notes, 'Shallow clone: fetched main.', 'Published on GitHub: comment created.'];
    const md = renderJobSummary(report([finding('004_a.sql', 2)], { notes }), gate('high', true), { notes: run });
    for (const n of run) expect(count(md, n)).toBe(1);
    expect(md).toContain('<details><summary>4 notes on this review</summary>');
    expect(count(md, 'notes on this review')).toBe(1);
  });
});
