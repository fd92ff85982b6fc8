import type { Finding, Severity } from '../model/finding.js';
import { severityRank } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { clip } from './size.js';
import { compareText } from '../model/text-order.js';

/** Check-run annotation levels by severity. */
export const ANNOTATION_LEVEL: Record<Severity, 'failure' | 'warning' | 'notice'> = {
  critical: 'failure',
  high: 'failure',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

/** Workflow-command annotations (::error, ::warning, ::notice) by severity. */
export const COMMAND_LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

/** The checks API takes at most 50 annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * API limits: title 255 characters, message and raw_details 64 KB. Kept well below in UTF-16
 * units, at most 3 UTF-8 bytes each: 16,000 units are at most 48,000 bytes.
 */
const TITLE_MAX = 255;
const MESSAGE_MAX = 4000;
const DETAILS_MAX = 16_000;
const PATH_MAX = 1_000;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
  raw_details?: string;
}

export interface CommandAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file: string;
  startLine: number;
  endLine: number;
}

/** One annotation per finding, most severe first (plain text: annotations are not rendered as markdown). */
export function checkAnnotations(report: Report): CheckAnnotation[] {
  return ordered(report.findings).map((f) => {
    const { start, end } = lines(f);
    const details = rawDetails(f);
    return {
      path: cut(f.file, PATH_MAX),
      start_line: start,
      end_line: end,
      annotation_level: ANNOTATION_LEVEL[f.severity],
      title: cut(`${f.rule} (${f.severity})`, TITLE_MAX),
      message: cut(annotationMessage(f), MESSAGE_MAX),
      ...(details ? { raw_details: cut(details, DETAILS_MAX) } : {}),
    };
  });
}

/**
 * Annotations as workflow commands, for when no check run could be written (read-only token):
 * `file` is relative to the workspace, so the repository's place in it is prefixed.
 */
export function commandAnnotations(report: Report, pathPrefix = ''): CommandAnnotation[] {
  const prefix = pathPrefix && !pathPrefix.endsWith('/') ? `${pathPrefix}/` : pathPrefix;
  return ordered(report.findings).map((f) => {
    const { start, end } = lines(f);
    return {
      level: COMMAND_LEVEL[f.severity],
      title: cut(`Migra: ${f.rule} (${f.severity})`, TITLE_MAX),
      message: cut(annotationMessage(f), MESSAGE_MAX),
      file: `${prefix}${f.file}`,
      startLine: start,
      endLine: end,
    };
  });
}

function annotationMessage(f: Finding): string {
  return `${f.message}${f.impact ? `\n\nIn the database: ${f.impact}` : ''}\n\nWhy: ${f.why}\n\nSafe way: ${f.fix}`;
}

function rawDetails(f: Finding): string {
  const parts: string[] = [];
  if (f.replacement) parts.push(`Safe rewrite:\n${f.replacement}`);
  if (f.rollback) parts.push(`Rollback:\n${f.rollback}`);
  return parts.join('\n\n');
}

function ordered(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || compareText(a.file, b.file) || a.line - b.line);
}

function lines(f: Finding): { start: number; end: number } {
  const start = Math.max(1, Math.trunc(f.line) || 1);
  return { start, end: Math.max(start, Math.trunc(f.endLine) || start) };
}

function cut(s: string, max: number): string {
  return clip(s, max);
}
