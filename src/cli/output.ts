import type { Report } from '../model/report.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderSarif } from '../render/sarif.js';
import { renderText } from '../render/text.js';
import { RULES } from '../rules/index.js';
import type { CliArgs } from './args.js';

export function formatReport(report: Report, args: Pick<CliArgs, 'format' | 'color'>, notes: string[] = []): string {
  switch (args.format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'markdown':
      return renderMarkdown(report) + '\n';
    case 'sarif':
      return renderSarif(report, RULES);
    default:
      return renderText(report, { color: args.color, notes });
  }
}
