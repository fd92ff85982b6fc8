/**
 * The GitHub Actions runner's reading of a step's output, as actions/runner does it
 * (Runner.Sdk/ProcessInvoker: StreamReader.ReadLine; Runner.Worker/ActionCommandManager and
 * Runner.Common/ActionCommand: TryParseV2, then the legacy TryParse, then stop-commands), so a test
 * can see exactly which workflow commands a log would have run.
 */

/** Commands the runner registers (ActionCommandManager's extensions), compared without case. */
export const REGISTERED = ['stop-commands', 'set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher', 'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo'];

export interface RunnerCommand {
  command: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

/** .NET Char.IsWhiteSpace: what String.TrimStart removes. */
const DOTNET_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

/** StreamReader.ReadLine: a line ends at CR, LF or CRLF. */
export function runnerLines(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const msg = line.replace(DOTNET_SPACE, '');
  if (!msg.startsWith('::')) return undefined;
  const end = msg.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = msg.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const p of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const eq = p.indexOf('=');
      if (eq > 0 && eq < p.length - 1) properties[p.slice(0, eq)] = unescape(p.slice(eq + 1), true);
    }
  }
  return { command: name, properties, data: unescape(msg.slice(end + 2), false), line };
}

function parseLegacy(line: string, registered: Set<string>): RunnerCommand | undefined {
  const at = line.indexOf('##[');
  if (at < 0) return undefined;
  const rb = line.indexOf(']', at);
  if (rb < 0) return undefined;
  const info = line.slice(at + 3, rb);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  return { command: name, properties: {}, data: line.slice(rb + 1), line };
}

function unescape(s: string, property: boolean): string {
  let out = s.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

/** The commands the runner would process, in order, honouring stop-commands and its resume token. */
export function runnerCommands(output: string): RunnerCommand[] {
  const registered = new Set(REGISTERED);
  const out: RunnerCommand[] = [];
  let stopToken: string | undefined;
  for (const line of runnerLines(output)) {
    const cmd = parseV2(line, registered) ?? parseLegacy(line, registered);
    if (!cmd) continue;
    const name = cmd.command.toLowerCase();
    if (stopToken !== undefined) {
      if (name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
        out.push({ ...cmd, command: '(resume)' });
      }
      continue;
    }
    if (name === 'stop-commands') {
      stopToken = cmd.data;
      registered.add(cmd.data.toLowerCase());
    }
    out.push(cmd);
  }
  return out;
}
