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
    .replace(/\r?\n/g, ' ');
}

/** Inline code: no backtick inside can end it early, and mentions inside code never ping. */
export function mdCode(s: string): string {
  const clean = s.replace(/\r?\n/g, ' ');
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
