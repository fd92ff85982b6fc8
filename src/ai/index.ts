import type { AiSummary, Report } from '../model/report.js';
import { AiTimeoutError, callGroq, type GroqCallOptions } from './groq.js';
import { buildPrompt } from './prompt.js';
import { sanitizeAiText } from './sanitize.js';

export type AiResult = { ok: true; ai: AiSummary } | { ok: false; reason: string };

/**
 * The advisory summary for report.ai. It never throws: on any error or timeout the caller gets
 * one line saying why, and the report stays complete without it.
 */
export async function summarize(report: Report, opts: GroqCallOptions): Promise<AiResult> {
  try {
    const answer = await callGroq(buildPrompt(report), opts);
    const text = sanitizeAiText(answer);
    if (!text) return { ok: false, reason: 'the answer was empty once markup was removed' };
    return { ok: true, ai: { model: opts.model, text } };
  } catch (e) {
    return { ok: false, reason: describe(e, opts.apiKey) };
  }
}

function describe(e: unknown, key: string): string {
  if (e instanceof AiTimeoutError) return e.message;
  const err = e as { status?: number; name?: string; message?: string; error?: { message?: unknown; error?: { message?: unknown } } };
  const body = err?.error?.error?.message ?? err?.error?.message;
  const first = (typeof body === 'string' && body ? body : (err?.message ?? String(e)).replace(/^\d{3}\s+/, '')).split('\n')[0].slice(0, 200);
  const msg = err?.status ? `Groq answered HTTP ${err.status}: ${first}` : `${err?.name === 'Error' || !err?.name ? '' : `${err.name}: `}${first}`;
  return key ? msg.split(key).join('***') : msg;
}
