import { randomBytes } from 'node:crypto';

/**
 * Text from a pull request written to a GitHub Actions log must not be able to run a workflow
 * command. The runner (actions/runner, ProcessInvoker + ActionCommandManager) reads stdout and
 * stderr with StreamReader.ReadLine, so a line ends at CR, LF or CRLF; it then treats a line as a
 * command when
 *  - after String.TrimStart (every Unicode white space) it starts with `::name` and has a second
 *    `::` (the V2 form, `::error title=x::message`), or
 *  - it contains `##[name` followed by `]` anywhere (the legacy form, `##[error]message`),
 * where name is a registered command (case-insensitive). `::stop-commands::TOKEN` turns all of
 * that off until a command named TOKEN (`::TOKEN::` or `##[TOKEN]`) arrives.
 *
 * Single-line values: line breaks become visible escapes and command starts are broken with a
 * zero-width space (not white space to .NET, so TrimStart keeps it). Multi-line blocks: wrapped
 * between `::stop-commands::` and a random resume token nobody can guess in advance.
 */

/** What .NET's TrimStart removes, as a superset (JS \s plus NEL and the Mongolian vowel separator). */
const LEADING_SPACE = /^[\s\u0085\u180e]*/;
const ZWSP = '\u200b';
/** Line breaks of any kind a log or a viewer may honour; the runner itself splits at CR and LF. */
const BREAK = /\r\n|[\r\n\u0085\u2028\u2029\v\f]/g;
/** C0 and C1 control characters other than tab and the breaks handled above (ESC starts terminal sequences). */
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/g;

/** One physical log line that cannot start or contain a workflow command. */
export function logLine(s: string): string {
  return defuseLine(
    s.replace(BREAK, (m) => (m === '\r\n' ? '\\r\\n' : m === '\n' ? '\\n' : m === '\r' ? '\\r' : ' ')).replace(CONTROL, hexEscape),
  );
}

/** A line without breaks, with command starts broken up (the text stays readable). */
function defuseLine(line: string): string {
  const lead = LEADING_SPACE.exec(line)?.[0].length ?? 0;
  const out = line.startsWith('::', lead) ? ZWSP + line : line;
  return out.replace(/##\[/g, `##${ZWSP}[`);
}

/** Multi-line text with every line, as the runner splits them, defused; the line breaks are kept. */
export function defuseText(text: string): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 1 ? part : defuseLine(part)))
    .join('');
}

/** A resume token for `::stop-commands::`: random, so text written before it cannot contain it. */
export function stopToken(): string {
  return `migra-${randomBytes(16).toString('hex')}`;
}

/** Text between `::stop-commands::TOKEN` and `::TOKEN::`: no line of it is processed as a command. */
export function commandsStopped(text: string, token = stopToken()): string {
  return `::stop-commands::${token}\n${text.replace(/\r?\n$/, '')}\n::${token}::`;
}

/**
 * JSON that is safe to print to the log as is: JSON.stringify never writes a raw line break and a
 * JSON line never starts with `::`; `##[` can only occur inside a string, where `[` may be written
 * as \u005b with the same meaning.
 */
export function logSafeJson(json: string): string {
  return json.replace(/##\[/g, '##\\u005b');
}

/**
 * Untrusted text for a terminal: control characters (ESC, CR, bidi overrides) shown as escapes, so
 * SQL cannot move the cursor, recolour or overwrite the report's lines. Line feeds stay.
 */
export function visibleControls(s: string): string {
  return s
    .replace(/\r\n/g, '\n')
    .replace(/\r/g, '\\r')
    .replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, hexEscape)
    .replace(/[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** One line of untrusted text for the terminal: visibleControls, and line breaks shown as \n. */
export function visibleLine(s: string): string {
  return visibleControls(s).replace(/\n/g, '\\n');
}

function hexEscape(c: string): string {
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
