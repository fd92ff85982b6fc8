import { stripMarkup } from '../model/markup.js';

/** Longest summary kept, in characters. */
export const AI_TEXT_MAX = 2_000;

/**
 * The model's answer as plain text: reasoning blocks, HTML, images and code fences removed,
 * links other than relative ones reduced to their text, control characters dropped, length capped.
 * The renderer escapes the result again (mdProse), so this is the first of two layers.
 */
export function sanitizeAiText(raw: string): string {
  let s = stripMarkup(raw.replace(/<think>[\s\S]*?(<\/think>|$)/gi, ''))
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
