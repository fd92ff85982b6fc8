/** Longest summary kept, in characters. */
export const AI_TEXT_MAX = 2_000;

/**
 * The model's answer as plain text: reasoning blocks, HTML, images and code fences removed,
 * links other than relative ones reduced to their text, control characters dropped, length capped.
 * The renderer escapes the result again (mdProse), so this is the first of two layers.
 */
export function sanitizeAiText(raw: string): string {
  let s = raw
    .replace(/\r\n?/g, '\n')
    .replace(/<think>[\s\S]*?(<\/think>|$)/gi, '')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|iframe|object|svg|math|textarea|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/!\[[^\]\n]*\]\[[^\]\n]*\]/g, '')
    .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, '')
    .replace(/^```[^\n]*$/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    // Keep a link only when it is relative (a file of this repository); the renderer decides which.
    .replace(/\[([^\]\n]*)\]\(\s*<?([^()\s>]*)>?(?:\s+"[^"\n]*")?\s*\)/g, (_m, label: string, target: string) =>
      /^[a-z][a-z0-9+.-]*:|^\/\/|^\//i.test(target) ? label : `[${label}](${target})`,
    )
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (s.length > AI_TEXT_MAX) s = `${s.slice(0, AI_TEXT_MAX).replace(/\s+\S*$/, '')} …`;
  return s;
}
