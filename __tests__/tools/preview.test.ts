import { readFileSync } from 'node:fs';
import { renderMarkdown } from '../../src/render/markdown.js';
import { commentPage } from '../../src/tools/preview/page.js';
import { demoComment, quoted, SAMPLE_END, SAMPLE_START, withSample } from '../../src/tools/preview/sample.js';
import type { Report } from '../../src/model/report.js';

describe("the README's sample comment", () => {
  it('is the comment the demo produces today (npm run docs regenerates it)', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const md = await demoComment();
    expect(md).toMatch(/^<!-- migra:report -->\n\n## ❌ Migra: blocked · high risk\n/);
    expect(readme).toContain(`${SAMPLE_START}\n\n${quoted(md)}\n\n${SAMPLE_END}`);
    expect(withSample(readme, md)).toBe(readme);
  });

  it('is written only between its markers', () => {
    expect(withSample(`a\n${SAMPLE_START}\nold\n${SAMPLE_END}\nb`, '## x\n\ny')).toBe(`a\n${SAMPLE_START}\n\n> ## x\n>\n> y\n\n${SAMPLE_END}\nb`);
    expect(() => withSample('no markers', 'x')).toThrow(/markers are missing/);
  });
});

describe('the preview page', () => {
  const hostile: Report = {
    version: 1, tool: { name: 'migra', version: '0.1.0' }, before: 'a'.repeat(40), head: 'b'.repeat(40), sets: [],
    files: [{ path: 'm/1.sql', status: 'added', set: 'm', statements: 1, unparsed: 0 }],
    findings: [{
      rule: 'drop-table', severity: 'critical', category: 'data-loss', file: 'm/1.sql', line: 1, endLine: 1,
      message: 'Drop <img src=x onerror=alert(1)> @octocat', why: 'w', fix: 'f',
      statement: 'DROP TABLE t;\r</details>\r\n<img src=x onerror=alert(2)>\r<script>alert(3)</script>',
    }],
    acknowledged: [], score: 60, level: 'critical', rollback: '', dataLoss: [], notes: ['<script>alert(4)</script>'],
    schemaDiff: { tables: [], enumsAdded: [], enumsDropped: [], enumsChanged: [] }, timings: {},
    ai: { model: 'm', text: 'Fine <img src=y> [x](https://e)' },
  };

  it('renders the markdown as GFM HTML in which hostile text stays text', () => {
    const html = commentPage(renderMarkdown(hostile, { gate: { failing: true, failOn: 'high' } }), { openDetails: true });
    expect(html).toContain('<h2>❌ Migra: blocked · critical risk</h2>');
    expect(html).not.toMatch(/<img/i);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/<a /);
    expect((html.match(/<details open>/g) ?? []).length).toBe((html.match(/<\/details>/g) ?? []).length);
    expect(html).toContain("default-src 'none'");
  });
});
