import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Report } from '../model/report.js';
import { renderSarif } from '../render/sarif.js';
import { RULES } from '../rules/index.js';

/** The report every output is rendered from, as JSON (output `report-path`, the artifact of the fork-safe pair). */
export async function writeReportFile(report: Report, path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(report, null, 2) + '\n');
  return path;
}

/** SARIF 2.1.0 for github/codeql-action/upload-sarif (output `sarif-path`). */
export async function writeSarifFile(report: Report, path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, renderSarif(report, RULES));
  return path;
}
