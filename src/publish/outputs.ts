import type { Report } from '../model/report.js';

export interface OutputPaths {
  reportPath: string;
  sarifPath?: string;
}

/** The step outputs (names are public API, documented in action.yml). */
export function actionOutputs(report: Report, paths: OutputPaths): Record<string, string> {
  return {
    'risk-score': String(report.score),
    'risk-level': report.level,
    'findings-count': String(report.findings.length),
    'report-path': paths.reportPath,
    'sarif-path': paths.sarifPath ?? '',
  };
}
