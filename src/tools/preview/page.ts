import { readFileSync } from 'node:fs';
import { Marked } from 'marked';

const STYLE = readFileSync(new URL('./github.css', import.meta.url), 'utf8');

/**
 * The comment as GitHub shows it: GitHub-flavoured markdown (marked with GFM, raw HTML kept as
 * GitHub keeps <details>, <summary>, <sub> and <br>), inside a comment box styled like
 * github.com's light theme. The page loads nothing: its content security policy allows no
 * request and only the one script that measures the page's height for the screenshot.
 */
export function commentPage(markdown: string, opts: { openDetails: boolean; author?: string }): string {
  const marked = new Marked({ gfm: true, breaks: false });
  let body = marked.parse(markdown, { async: false });
  if (opts.openDetails) body = body.replace(/<details>/g, '<details open>');
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-measure'";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Migra comment preview</title>
<style>${STYLE}</style>
</head><body>
<div class="timeline-comment">
  <div class="comment-header"><span class="avatar">M</span><strong>${escapeHtml(opts.author ?? 'github-actions')}</strong> <span class="bot">bot</span> commented</div>
  <div class="markdown-body">${body}</div>
</div>
<script nonce="measure">document.body.dataset.height = String(Math.ceil(document.documentElement.getBoundingClientRect().height));</script>
</body></html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
