import type { Report } from '../../src/model/report.js';
import { renderText } from '../../src/render/text.js';

const report = (findings: Array<{ severity: string; rule: string }>, level = 'critical') =>
  ({
    version: 1, tool: { name: 'migra', version: '0' }, before: 'a', head: 'b', sets: [], files: ['db/1.sql'], acknowledged: [], score: 80, level, rollback: '', dataLoss: [],
    schemaDiff: { tables: [], enumsAdded: [], enumsDropped: [], enumsChanged: [] }, timings: {},
    findings: findings.map((f) => ({ ...f, category: 'locking', file: 'db/1.sql', line: 1, endLine: 1, message: 'm', why: 'w', fix: 'f' })),
  }) as unknown as Report;

const RED = '\x1b[31m';
const BOLD = '\x1b[1m';

describe('terminal text colours', () => {
  it('colours each severity, the file and the verdict when asked, and closes every style', () => {
    const out = renderText(report([{ severity: 'critical', rule: 'drop-table' }, { severity: 'medium', rule: 'add-index' }]), { color: true });
    expect(out).toContain(`${BOLD}${RED}critical`);
    expect(out).toContain('\x1b[33mmedium');
    expect(out).toContain(`${BOLD}db/1.sql\x1b[22m`);
    expect(out).toContain(`${BOLD}${RED}risk 80/100 (critical)`);
    // Every opened style is closed before the line ends, so nothing bleeds into the next line.
    for (const line of out.split('\n')) expect(line.match(/\x1b\[(?:1|2|3[1-6])m/g)?.length ?? 0).toBe(line.match(/\x1b\[(?:22|39)m/g)?.length ?? 0);
  });

  it('says all clear in green', () => {
    expect(renderText(report([], 'none'), { color: true })).toContain('\x1b[32mno risky changes in 1 changed migration file\x1b[39m');
  });
});
