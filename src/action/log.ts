import * as core from '@actions/core';
import { commandsStopped, logLine } from '../render/log-safe.js';

/**
 * Every log line of the action that carries text from the repository, the pull request, the
 * report file, the API or the AI model goes through here (core.info writes it raw; core.warning,
 * error, notice, debug and setFailed escape CR, LF and % themselves).
 */

/** One line of untrusted text: line breaks shown as \n, command starts broken up. */
export function info(line: string): void {
  core.info(logLine(line));
}

/** A multi-line block (the text report): no line of it can run a workflow command. */
export function block(text: string): void {
  if (text.trim()) core.info(commandsStopped(text));
}
