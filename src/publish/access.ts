/** What an API failure means for the remaining publishing steps. */
export interface ApiFailure {
  status?: number;
  message: string;
  /** The HTTP method of the request that failed, when known (GET, POST ...). */
  method?: string;
}

/** The error as status and one line of message (never the request: its headers hold the token). */
export function apiFailure(e: unknown): ApiFailure {
  const err = e as { status?: unknown; message?: unknown; response?: { data?: { message?: unknown } }; request?: { method?: unknown } };
  const status = typeof err?.status === 'number' ? err.status : undefined;
  const data = err?.response?.data?.message;
  const message = (typeof data === 'string' && data) || (typeof err?.message === 'string' ? err.message : String(e));
  const method = typeof err?.request?.method === 'string' ? err.request.method.toUpperCase() : undefined;
  return { status, message: message.split('\n')[0].slice(0, 300), ...(method ? { method } : {}) };
}

/**
 * A write refused for lack of permission: 401 (bad or missing token) or 403 that is not a rate
 * limit (the throttling plugin has already waited out and retried rate limits).
 */
export function isPermissionError(e: unknown): boolean {
  const { status, message } = apiFailure(e);
  return status === 401 || (status === 403 && !/rate limit/i.test(message));
}

/**
 * A refused write: what makes the token read-only for the steps after. A refused read (a 403 on
 * listing the comments, from a token without pull-requests: read) says nothing about writing a
 * check run, so it costs only its own step. 401 (a bad token) refuses everything.
 */
export function isWriteRefusal(e: unknown): boolean {
  const { status, method } = apiFailure(e);
  if (!isPermissionError(e)) return false;
  return status === 401 || (method !== undefined && method !== 'GET' && method !== 'HEAD');
}

/**
 * Tracks whether the token may write. The first refused write turns it read-only; later writes are
 * skipped without asking again, and the user gets one warning for all of them.
 */
export class WriteAccess {
  private refusal?: ApiFailure;
  readonly skipped: string[] = [];

  get readOnly(): boolean {
    return this.refusal !== undefined;
  }

  get reason(): ApiFailure | undefined {
    return this.refusal;
  }

  refuse(failure: ApiFailure): void {
    this.refusal ??= failure;
  }

  skip(what: string): void {
    if (!this.skipped.includes(what)) this.skipped.push(what);
  }
}

/** The one warning for a read-only token: what was skipped, and how to publish anyway. */
export function readOnlyWarning(access: WriteAccess, pr: { fromFork: boolean; author?: string } | undefined): string {
  const why = access.reason ? `GitHub refused to write (HTTP ${access.reason.status ?? '?'}: ${access.reason.message})` : 'The token cannot write';
  const who = pr?.author === 'dependabot[bot]' ? ' (Dependabot pull requests get a read-only token)' : pr?.fromFork ? ' (pull requests from forks get a read-only token)' : '';
  const what = access.skipped.length ? access.skipped.join(' and ') : 'publishing';
  return (
    `${why}${who}, so ${what} ${access.skipped.length > 1 ? 'were' : 'was'} skipped. ` +
    'The analysis, the job summary, the annotations and the job status are complete. ' +
    'To get the comment and the check run on such pull requests, keep this workflow read-only, upload the report (output report-path) as an artifact, ' +
    'and publish it from a second workflow triggered by workflow_run with permissions pull-requests: write and checks: write, passing the file as the report input ' +
    '(see examples/workflows/migra-fork-analyze.yml and migra-fork-publish.yml in the Migra repository).'
  );
}
