import { COMMANDS, commandHelp, OPTIONS, parseCli, USAGE, wantsColor } from '../../src/cli/args.js';
import { progressLine } from '../../src/cli/progress.js';

const parse = (...argv: string[]) => parseCli(argv, false);
const error = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
};

describe('migra command line', () => {
  it('reads options with a separate or an inline value, and positionals after --', () => {
    expect(parse('check', '--repo', '../api', '--base=main', '--fail-on', '40', '--format', 'json')).toMatchObject({
      command: 'check',
      repo: '../api',
      base: 'main',
      head: 'HEAD',
      failOn: '40',
      format: 'json',
    });
    expect(parse('diff', 'a.sql', '--dialect', 'mysql', '--', '--b.sql')).toMatchObject({ command: 'diff', positionals: ['a.sql', '--b.sql'], dialect: 'mysql' });
  });

  it('answers an unknown option with one line naming it and where help is', () => {
    expect(error('check', '--base', 'main', '--fial-on', 'high')).toBe('unknown option --fial-on; see `migra check --help`');
    expect(error('--frobnicate')).toBe('unknown option --frobnicate; see `migra --help`');
    expect(error('rules', '-x')).toBe('unknown option -x; see `migra rules --help`');
  });

  it('rejects an option that does not apply to the command instead of ignoring it', () => {
    expect(error('rules', '--repo', '.')).toBe('--repo does not apply to migra rules (only to check, schema); see `migra rules --help`');
    expect(error('check', '--dialect', 'mysql')).toBe('--dialect does not apply to migra check (only to diff, coverage); see `migra check --help`');
    expect(error('demo', '--fail-on', 'high')).toBe('--fail-on does not apply to migra demo (only to check, diff); see `migra demo --help`');
  });

  it('rejects a missing value, a value given to a flag, stray arguments and formats a command cannot write', () => {
    expect(error('check', '--base')).toBe('--base needs a value (REF); see `migra check --help`');
    expect(error('check', '--base', '--head', 'x')).toBe('--base needs a value (REF); see `migra check --help`');
    expect(error('rules', '--no-color=yes')).toBe('--no-color takes no value; see `migra rules --help`');
    expect(error('check', 'main')).toBe('migra check takes no arguments, got "main"; see `migra check --help`');
    expect(error('diff', 'a.sql', 'b.sql', 'c.sql')).toBe('migra diff takes at most 2 arguments (BEFORE.sql AFTER.sql), got "a.sql b.sql c.sql"; see `migra diff --help`');
    expect(error('rules', '--format', 'sarif')).toBe('--format: "sarif" is not allowed for migra rules; use one of text, json');
    expect(error('lint')).toBe('unknown command "lint"; see `migra --help`');
  });

  it('gives each command its own help, by --help or by `migra help <command>`', () => {
    expect(parse('check', '--help')).toMatchObject({ command: 'help', helpFor: 'check' });
    expect(parse('help', 'diff')).toMatchObject({ command: 'help', helpFor: 'diff' });
    expect(parse('-h')).toMatchObject({ command: 'help', helpFor: undefined });
    expect(parse()).toMatchObject({ command: 'help' });
    expect(parse('check', '-v')).toMatchObject({ command: 'version' });
    const help = commandHelp('diff');
    expect(help).toMatch(/^Usage: migra diff BEFORE\.sql AFTER\.sql \[options\]/);
    expect(help).toContain('--fail-on LEVEL|SCORE|never');
    expect(help).toContain('--dialect DIALECT');
    expect(help).not.toContain('--repo');
    expect(commandHelp('rules')).toContain('output format: text, json (default text)');
  });

  it('lists every option in the help of every command it applies to (the tables are the single source)', () => {
    for (const [command, spec] of Object.entries(COMMANDS)) {
      const help = commandHelp(command as keyof typeof COMMANDS);
      for (const [name, option] of Object.entries(OPTIONS)) {
        if (option.commands === 'all' || !option.commands.includes(command as keyof typeof COMMANDS)) continue;
        expect(help).toContain(`--${name}`);
      }
      expect(USAGE).toContain(spec.summary);
    }
  });

  it('colours only in a terminal without --no-color', () => {
    expect(parseCli(['rules'], true).color).toBe(!process.env.NO_COLOR);
    expect(parseCli(['rules', '--no-color'], true).color).toBe(false);
    expect(parseCli(['rules'], false).color).toBe(false);
  });
});

describe('progress line', () => {
  const stream = (isTTY: boolean, columns?: number) => {
    const out: string[] = [];
    return { isTTY, columns, out, write: (s: string) => out.push(s) };
  };

  it('rewrites one line in a terminal and erases it when done', () => {
    const s = stream(true, 40);
    const p = progressLine(s);
    p('reading git history');
    p('3 migration sets, 120 files parsed; replaying them and judging the changes');
    p.done();
    p.done();
    expect(s.out).toEqual(['\r\x1b[2Kreading git history', '\r\x1b[2K3 migration sets, 120 files parsed; re…', '\r\x1b[2K']);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const s = stream(false);
    const p = progressLine(s);
    p('reading git history');
    p.done();
    expect(s.out).toEqual([]);
  });
});

describe('wantsColor', () => {
  it('colours a terminal; NO_COLOR turns colours off, FORCE_COLOR on through a pipe', () => {
    expect(wantsColor(true, {})).toBe(true);
    expect(wantsColor(false, {})).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor(false, { FORCE_COLOR: 'true' })).toBe(true);
    expect(wantsColor(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColor(true, { FORCE_COLOR: 'false' })).toBe(false);
    expect(wantsColor(false, { FORCE_COLOR: '' })).toBe(false);
    expect(wantsColor(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false);
  });
});
