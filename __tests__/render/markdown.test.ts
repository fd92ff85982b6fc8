import { COMMENT_MARKER, renderMarkdown } from '../../src/render/markdown.js';
import { mdCode, mdFence, mdRich, mdText } from '../../src/render/escape.js';
import { renderSarif } from '../../src/render/sarif.js';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { RULES } from '../../src/rules/index.js';

function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    version: 1, tool: { name: 'migra', version: '0.1.0' }, before: 'a'.repeat(40), head: 'b'.repeat(40),
    sets: [{ dir: 'db/migrations', format: 'plain', dialect: 'postgresql', dialectSource: 'default', files: 3 }],
    files: [{ path: 'db/migrations/004_x.sql', status: 'added', set: 'db/migrations', statements: 2, unparsed: 0 }],
    findings, acknowledged: [], score: 60, level: findings.length ? 'critical' : 'none', rollback: '', dataLoss: [],
    schemaDiff: { tables: [], enumsAdded: [], enumsDropped: [], enumsChanged: [] }, timings: {}, ...extra,
  };
}
const finding = (i: number, over: Partial<Finding> = {}): Finding => ({
  rule: 'drop-table', severity: 'critical', category: 'data-loss', file: 'db/migrations/004_x.sql', line: i, endLine: i,
  message: `Dropping table t${i} deletes all of its rows.`, why: 'w', fix: 'f', statement: `DROP TABLE t${i};`, ...over,
});

describe('markdown comment', () => {
  it('starts with the marker and shows the risk and each finding with its file and line', () => {
    const md = renderMarkdown(report([finding(3)]));
    expect(md.startsWith(COMMENT_MARKER)).toBe(true);
    expect(md).toContain('## 🔴 Migra: critical risk');
    expect(md).toContain('Risk score **60/100**');
    expect(md).toContain('#### `004_x.sql` <sub>in `db/migrations/`</sub>');
    expect(md).toContain('- 🔴 **critical** · line 3 · `drop-table` · data loss<br>\n  Dropping table t3 deletes all of its rows.');
    expect(md).toContain('  ```sql\n  DROP TABLE t3;\n  ```');
  });

  it('says so in one line when nothing is found', () => {
    const md = renderMarkdown(report([], { score: 0 }));
    expect(md).toContain('No risky changes found');
    expect(md).not.toContain('####');
  });

  it('neutralizes mentions, HTML, images and links coming from SQL text', () => {
    const hostile = finding(1, { message: 'Dropping table @octocat <img src=x onerror=alert(1)> ![i](http://e/x.png) [l](http://e)', statement: 'DROP TABLE "@org/team"; ```\n<script>' });
    const md = renderMarkdown(report([hostile]));
    expect(md).not.toMatch(/@octocat/);
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/https?:\/\//);
    expect(md).not.toMatch(/!\[i\]\(/);
    expect(md).not.toMatch(/\[l\]\(http/);
    expect(md).toContain('  ````sql\n  DROP TABLE "@org/team"; ```\n  <script>\n  ````');
  });

  it('keeps a statement with carriage returns inside its fence and its list item', () => {
    const md = renderMarkdown(report([finding(1, { statement: 'DROP TABLE t;\r</details>\r\n<img src=x>\r', message: 'a\rb' })]));
    expect(md).toContain('  ````sql\n  DROP TABLE t;\n  </details>\n  <img src=x>\n  ````'.replace(/````/g, '```'));
    expect(md).toContain('  a b');
    expect(md).not.toMatch(/\r/);
  });

  it('stays under the limit by collapsing details, keeping the score and the most severe findings', () => {
    const many = Array.from({ length: 400 }, (_, i) => finding(i + 1, { severity: i === 399 ? 'critical' : 'low', why: 'x'.repeat(400), statement: 'SELECT 1;\n'.repeat(30) }));
    const md = renderMarkdown(report(many), { maxLength: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expect(md).toContain('Risk score **60/100**');
    expect(md).toContain('- 🔴 **critical** · line 400 ·');
    expect(md).toMatch(/and \d+ more findings/);
  });
});

describe('escaping', () => {
  it('escapes markdown and mentions in text', () => {
    expect(mdText('a_b *c* @d <e>')).toBe('a\\_b \\*c\\* @\u200bd &lt;e&gt;');
  });
  it('keeps code spans of our own prose as code and escapes the rest', () => {
    expect(mdRich('Use `CREATE INDEX CONCURRENTLY` on @team <b>')).toBe('Use `CREATE INDEX CONCURRENTLY` on @\u200bteam &lt;b&gt;');
  });
  it('makes inline code that no backtick can end', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdFence('x ```` y', 'sql')).toBe('`````sql\nx ```` y\n`````');
  });
});

describe('sarif', () => {
  it('is SARIF 2.1.0 with rule metadata and exact regions', () => {
    const s = JSON.parse(renderSarif(report([finding(7, { endLine: 9 })]), RULES));
    expect(s.version).toBe('2.1.0');
    expect(s.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['drop-table']);
    expect(s.runs[0].results[0]).toMatchObject({ ruleId: 'drop-table', level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'db/migrations/004_x.sql' }, region: { startLine: 7, endLine: 9 } } }] });
  });
});
