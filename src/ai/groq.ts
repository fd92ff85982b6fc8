import Groq from 'groq-sdk';
import type { Prompt } from './prompt.js';

export interface GroqCallOptions {
  apiKey: string;
  model: string;
  /** The whole call, retries included, ends after this. */
  timeoutMs: number;
  retries: number;
  /** Default: GROQ_BASE_URL, else Groq's API. */
  baseURL?: string;
}

/** Thrown when the deadline passes; its message is the one line the log shows. */
export class AiTimeoutError extends Error {}

/** One chat completion; resolves to the answer text. */
export async function callGroq(prompt: Prompt, opts: GroqCallOptions): Promise<string> {
  const client = new Groq({
    apiKey: opts.apiKey,
    baseURL: opts.baseURL ?? (process.env.GROQ_BASE_URL || undefined),
    timeout: opts.timeoutMs,
    maxRetries: opts.retries,
    logLevel: 'off',
  });
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new AiTimeoutError(`no answer from Groq within ${seconds(opts.timeoutMs)}`));
    }, opts.timeoutMs);
  });
  // gpt-oss models think before answering: keep that short and out of the answer.
  const reasoning = opts.model.startsWith('openai/gpt-oss') ? { reasoning_effort: 'low' as const, include_reasoning: false } : {};
  try {
    const completion = await Promise.race([
      client.chat.completions.create(
        {
          model: opts.model,
          messages: [
            { role: 'system', content: prompt.system },
            { role: 'user', content: prompt.user },
          ],
          temperature: 0.2,
          max_completion_tokens: 1024,
          ...reasoning,
        },
        { signal: controller.signal },
      ),
      deadline,
    ]);
    const text = completion.choices?.[0]?.message?.content;
    if (typeof text !== 'string' || !text.trim()) throw new Error('Groq returned an empty answer');
    return text;
  } finally {
    clearTimeout(timer);
  }
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
