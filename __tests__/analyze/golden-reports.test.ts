import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewPr } from '../helpers/review.js';
import { GOLDEN_HISTORIES, stableReport } from '../helpers/golden-histories.js';

/**
 * Full reports (JSON, timings left out) of real-looking histories, recorded before the replay,
 * naming and rollback were made faster: speed work must not change one byte of a report.
 * `MIGRA_RECORD_GOLDEN=1` writes the files again — only when a report is meant to change, and
 * the diff of the fixtures is then reviewed like code.
 */
const DIR = join(process.cwd(), '__tests__/analyze/golden');

describe('reports stay byte-identical', () => {
  it.each(GOLDEN_HISTORIES.map((h) => [h.name, h] as const))('%s', async (name, h) => {
    const text = stableReport(await reviewPr(h.base, h.pr, h.dialect ? { dialect: h.dialect } : {}));
    const file = join(DIR, `${name}.json`);
    if (process.env.MIGRA_RECORD_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});
