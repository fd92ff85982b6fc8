/**
 * An error the user can act on (bad ref, bad config, missing history). The CLI prints its
 * one-line message without a stack trace and exits with code 2.
 */
export class MigraError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'MigraError';
  }
}
