import { commandsStopped, defuseText, logLine, logSafeJson, visibleControls } from '../../src/render/log-safe.js';
import { renderText } from '../../src/render/text.js';
import type { Report } from '../../src/model/report.js';
import { runnerCommands } from '../helpers/runner-commands.js';

const FORGED = [
  'x\n::error title=Injected::from an identifier',
  'a\r::add-mask::risk',
  '  \u00a0\u3000::set-output name=x::y',
  '\u0085::warning::next line',
  'text ##[error]legacy anywhere in the line',
  'x\r\n::stop-commands::guess\n::error::after a stop',
  '::ERROR::case does not matter',
];

describe('log safety, read the way the runner reads the log', () => {
  it('the runner model itself sees the forged commands (so the tests below mean something)', () => {
    for (const f of FORGED) expect(runnerCommands(f).length).toBeGreaterThan(0);
  });

  it('a single line of untrusted text is one line and no command', () => {
    for (const f of FORGED) {
      const line = logLine(f);
      expect(line).not.toMatch(/[\r\n]/);
      expect(runnerCommands(line)).toEqual([]);
    }
    expect(logLine('a\nb\rc')).toBe('a\\nb\\rc');
    expect(logLine('\x1b[2Kfake')).toBe('\\x1b[2Kfake');
  });

  it('multi-line text keeps its lines, each defused; JSON stays valid JSON with the same value', () => {
    const text = FORGED.join('\n');
    expect(runnerCommands(defuseText(text))).toEqual([]);
    expect(defuseText(text).split(/\r\n|\r|\n/)).toHaveLength(text.split(/\r\n|\r|\n/).length);
    const json = JSON.stringify({ a: FORGED }, null, 2);
    expect(runnerCommands(logSafeJson(json))).toEqual([]);
    expect(JSON.parse(logSafeJson(json))).toEqual({ a: FORGED });
  });

  it('a block between stop-commands and a random token: only those two lines are commands', () => {
    const cmds = runnerCommands(commandsStopped(FORGED.join('\n')) + '\n::error::Migra: after\n');
    expect(cmds.map((c) => c.command)).toEqual(['stop-commands', '(resume)', 'error']);
    expect(cmds[0].data).toMatch(/^migra-[0-9a-f]{32}$/);
  });

  it('the terminal report shows control characters from SQL as escapes', () => {
    const report = {
      version: 1, tool: { name: 'migra', version: '0' }, before: 'a', head: 'b', sets: [], files: [], acknowledged: [], score: 50, level: 'high', rollback: '', dataLoss: [],
      schemaDiff: { tables: [], enumsAdded: [], enumsDropped: [], enumsChanged: [] }, timings: {},
      findings: [{ rule: 'drop-column', severity: 'high', category: 'data-loss', file: 'x\r\x1b[2K.sql', line: 1, endLine: 1, message: 'drops "a\nb"', why: 'w', fix: 'f', statement: 'ALTER TABLE t DROP COLUMN "a\r\u202eb";' }],
    } as unknown as Report;
    const out = renderText(report, { color: false });
    expect(out).not.toMatch(/[\r\x1b\u202e]/);
    expect(out).toContain('x\\r\\x1b[2K.sql');
    expect(out).toContain('drops "a\\nb"');
    expect(visibleControls('a\r\nb')).toBe('a\nb');
  });
});
