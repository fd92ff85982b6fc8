import { stripMarkup } from '../model/markup.js';

/**
 * Text from migrations and from the AI model is untrusted in a comment: it must not
 * ping people, open HTML, embed images or links. These helpers make it inert.
 */

/** Plain text for a markdown paragraph or table cell. */
export function mdText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]()!#|~])/g, '\\$1')
    .replace(/@(?=[A-Za-z0-9-])/g, '@\u200b')
    // GitHub turns bare URLs into links; a zero-width space keeps them text.
    .replace(/\b(https?|ftp):\/\//gi, '$1\u200b://')
    .replace(/\bwww\./gi, 'www\u200b.')
    // A lone CR ends a line for a markdown parser as LF does.
    .replace(/\r\n?|\n/g, ' ');
}

/** Inline code: no backtick inside can end it early, and mentions inside code never ping. */
export function mdCode(s: string): string {
  const clean = s.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run in the content. */
export function mdFence(s: string, lang = ''): string {
  const longest = Math.max(2, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${s.replace(/\s+$/, '')}\n${fence}`;
}

/**
 * Our own prose (why, fix) with `code` spans kept as code: names inside them come from SQL,
 * and code spans are inert on GitHub (no mentions, no HTML). The rest is escaped as text.
 */
export function mdRich(s: string): string {
  const parts = s.split(/(`[^`\n]+`)/);
  return parts.map((p, i) => (i % 2 === 1 ? mdCode(p.slice(1, -1)) : mdText(p))).join('');
}

export interface ProseOptions {
  /** Repository-relative paths that links may point to (the report's files). */
  files?: Iterable<string>;
  /** Link base for those files (https://github.com/o/r/blob/<sha>/); without it they render as code. */
  blobUrl?: string;
  /** Longest text kept, in characters; the rest is cut with an ellipsis. */
  maxLength?: number;
}

/**
 * Untrusted prose (the AI summary, possibly from an uploaded report artifact) as markdown
 * paragraphs of plain text: HTML tags and comments are removed, images dropped, links reduced to
 * their text unless they are relative links to one of the report's files, mentions and issue
 * references made inert, and everything else escaped as with mdText.
 */
export function mdProse(s: string, opts: ProseOptions = {}): string[] {
  const files = new Set(opts.files ?? []);
  const max = opts.maxLength ?? 4000;
  let text = stripMarkup(s);
  if (text.length > max) text = `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  return paragraphs.map((p) => proseParagraph(p, files, opts.blobUrl));
}


const LINK = /\[([^\]\n]*)\]\(\s*<?([^()\s>]*)>?(?:\s+"[^"\n]*")?\s*\)|\[([^\]\n]*)\]\[[^\]\n]*\]/g;

function proseParagraph(p: string, files: Set<string>, blobUrl: string | undefined): string {
  let out = '';
  let last = 0;
  for (const m of p.matchAll(LINK)) {
    out += inertText(p.slice(last, m.index));
    last = m.index + m[0].length;
    const label = m[1] ?? m[3] ?? '';
    const target = m[2] === undefined ? undefined : repoFileTarget(m[2], files);
    if (!target) {
      out += inertText(label);
      continue;
    }
    const shown = inertText(label.trim() || target.path);
    out += blobUrl
      ? `[${shown}](${blobUrl}${target.path.split('/').map(encodeURIComponent).join('/')}${target.anchor})`
      : `${shown} (${mdCode(target.path)})`;
  }
  return out + inertText(p.slice(last));
}

/** A relative link to one of the report's files, with an optional #L10 or #L10-L12 anchor. */
function repoFileTarget(raw: string, files: Set<string>): { path: string; anchor: string } | undefined {
  const m = /^(?:\.\/)?([^#?:\\]+?)(#L\d+(?:-L\d+)?)?$/.exec(raw);
  if (!m || m[1].startsWith('/') || m[1].split('/').includes('..')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
  return files.has(path) ? { path, anchor: m[2] ?? '' } : undefined;
}

/** mdText, plus issue references (#12, GH-12) that would otherwise cross-link other threads. */
function inertText(s: string): string {
  return mdText(s)
    .replace(/\\#(?=\d)/g, '\\#\u200b')
    .replace(/\b(GH)-(?=\d)/gi, '$1-\u200b');
}

/** Text inside an HTML element (a <summary>): no tag opens, no mention pings. */
export function htmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/@/g, '&#64;').replace(/\r?\n/g, ' ');
}
