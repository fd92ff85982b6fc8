import type { Report } from '../model/report.js';
import { renderMarkdown } from '../render/markdown.js';
import type { GateOutcome } from '../render/verdict.js';
import { renderSarif } from '../render/sarif.js';
import { renderText } from '../render/text.js';
import { RULES } from '../rules/index.js';
import type { CliArgs } from './args.js';

/** `gate`: what the exit status says, for the markdown's verdict (the other formats carry no verdict). */
export function formatReport(report: Report, args: Pick<CliArgs, 'format' | 'color'>, notes: string[] = [], gate?: GateOutcome): string {
  switch (args.format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'markdown':
      return renderMarkdown(report, { gate }) + '\n';
    case 'sarif':
      return renderSarif(report, RULES);
    default:
      return renderText(report, { color: args.color, notes });
  }
}
