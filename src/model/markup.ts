/*
 * Shared by the AI stage (which cleans the model's answer) and the renderer (which treats any
 * prose, even from an uploaded report, as untrusted): one list of what must never become markup.
 */

/** Remove what must never reach a comment as markup: HTML, images, link targets, reference definitions. */
export function stripMarkup(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|iframe|object|svg|math|textarea|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
    .replace(/!\[[^\]\n]*\]\[[^\]\n]*\]/g, '')
    .replace(/^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm, '');
}
