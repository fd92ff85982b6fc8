import type { Report } from '../model/report.js';
import { deliveryOutputs, type Delivery } from './delivery.js';

export interface OutputPaths {
  reportPath: string;
  sarifPath?: string;
}

/** The step outputs about the report (names are public API, documented in action.yml). */
export function actionOutputs(report: Report, paths: OutputPaths): Record<string, string> {
  return {
    'risk-score': String(report.score),
    'risk-level': report.level,
    'findings-count': String(report.findings.length),
    'report-path': paths.reportPath,
    'sarif-path': paths.sarifPath ?? '',
  };
}

/** Every step output: the report's, set before publishing, and publishing's, set after it. */
export function allOutputNames(): string[] {
  return [...Object.keys(actionOutputs({ score: 0, level: 'none', findings: [] } as unknown as Report, { reportPath: '' })), ...Object.keys(deliveryOutputs([] as Delivery[]))];
}
