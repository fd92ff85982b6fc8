import * as core from '@actions/core';

/** Milliseconds per stage, for the log and the report's timings. */
export const stageTimings: Record<string, number> = {};

/** One folded log group per stage, closed with how long it took. */
export async function stage<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(`Migra: ${name}`, async () => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      const ms = Math.round(performance.now() - t0);
      stageTimings[name] = ms;
      core.info(`${name}: ${ms} ms`);
    }
  });
}
