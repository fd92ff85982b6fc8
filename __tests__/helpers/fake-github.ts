import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A request as the fake API saw it. */
export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  authorization?: string;
  status: number;
}

/** Make matching requests fail. `afterApply`: do the work, then answer with the failure (a lost response). */
export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  times: number;
  afterApply?: boolean;
  message?: string;
  headers?: Record<string, string>;
  /** Never answer (the connection stays open until the client gives up or the fake closes). */
  hang?: boolean;
}

/** Who the fake's token is: GITHUB_TOKEN by default. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  external_id: string | null;
  details_url?: string;
  output: { title: string; summary: string };
  annotations: any[];
  html_url: string;
}

/**
 * A loopback server that plays the parts of the GitHub REST API the action uses, keeps state
 * (comments, check runs, review comments, pull requests), checks the API's documented limits
 * (comment body 65,536 characters, 50 annotations a request, title 255) and records every request.
 */
export class FakeGitHub {
  readonly requests: Recorded[] = [];
  readonly comments: FakeComment[] = [];
  readonly checkRuns: FakeCheckRun[] = [];
  readonly reviewComments: Array<{ id: number; pull: number; body: string; path: string; line: number; start_line?: number; commit_id: string }> = [];
  readonly pulls = new Map<number, any>();
  faults: Fault[] = [];
  /**
   * The token's login, as GraphQL `viewer` answers it; a [bot] login is an installation token, for
   * which GET /user answers 403 as GitHub does. Comments the token writes carry it as their author.
   */
  viewer = ACTIONS_BOT;
  /** Comments per page when the client does not ask (GitHub's default is 30). */
  private nextId = 1000;
  private sockets = new Set<Socket>();

  private constructor(private server: Server, readonly token: string) {}

  static async start(token: string): Promise<FakeGitHub> {
    let fake!: FakeGitHub;
    const server = createServer((req, res) => void fake.handle(req, res));
    fake = new FakeGitHub(server, token);
    server.on('connection', (s) => {
      fake.sockets.add(s);
      s.on('close', () => fake.sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return fake;
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Requests that change something (a GraphQL query is a POST that changes nothing). */
  get writes(): Recorded[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
  }

  /** A comment written by someone else (login and account type as REST reports them). */
  addComment(issue: number, body: string, user: { login: string; type: string }): FakeComment {
    const id = this.nextId++;
    const c = { id, issue, body, user, html_url: `${this.url}/comment/${id}` };
    this.comments.push(c);
    return c;
  }

  reset(): void {
    this.requests.length = 0;
    this.comments.length = 0;
    this.checkRuns.length = 0;
    this.reviewComments.length = 0;
    this.pulls.clear();
    this.faults = [];
    this.viewer = ACTIONS_BOT;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const rec: Recorded = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization,
      status: 0,
    };
    this.requests.push(rec);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      rec.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    const auth = (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
    if (auth !== this.token) return send(401, { message: 'Bad credentials' });

    const fault = this.faults.find((f) => f.times > 0 && f.method === rec.method && f.path.test(rec.path));
    if (fault?.hang) {
      fault.times--;
      rec.status = -1;
      return;
    }
    if (fault && !fault.afterApply) {
      fault.times--;
      return send(fault.status, { message: fault.message ?? `fault ${fault.status}` }, fault.headers);
    }
    const [status, body, headers] = this.route(rec, url);
    if (fault?.afterApply) {
      fault.times--;
      return send(fault.status, { message: fault.message ?? `fault ${fault.status}` }, fault.headers);
    }
    send(status, body, headers);
  }

  private route(r: Recorded, url: URL): [number, unknown, Record<string, string>?] {
    let m: RegExpExecArray | null;
    const base = this.url;
    if (r.method === 'POST' && r.path === '/graphql') {
      if (/\bviewer\b/.test(String(r.body?.query ?? ''))) return [200, { data: { viewer: { login: this.viewer } } }];
      return [200, { errors: [{ message: 'the fake answers only viewer { login }' }] }];
    }
    if (r.method === 'GET' && r.path === '/user') {
      if (this.viewer.endsWith('[bot]')) return [403, { message: 'Resource not accessible by integration' }];
      return [200, { login: this.viewer, type: 'User' }];
    }
    if (r.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(r.path))) {
      const pr = this.pulls.get(Number(m[1]));
      return pr ? [200, pr] : [404, { message: 'Not Found' }];
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(r.path))) {
      const issue = Number(m[1]);
      if (r.method === 'GET') return this.page(this.comments.filter((c) => c.issue === issue), url);
      if (r.method === 'POST') {
        const body = String(r.body?.body ?? '');
        if (body.length > 65_536) return [422, { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] }];
        const id = this.nextId++;
        const c = { id, issue, body, user: { login: this.viewer, type: this.viewer.endsWith('[bot]') ? 'Bot' : 'User' }, html_url: `${base}/comment/${id}` };
        this.comments.push(c);
        return [201, c];
      }
    }
    if (r.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(r.path))) {
      const c = this.comments.find((x) => x.id === Number(m![1]));
      if (!c) return [404, { message: 'Not Found' }];
      const body = String(r.body?.body ?? '');
      if (body.length > 65_536) return [422, { message: 'Validation Failed' }];
      c.body = body;
      return [200, c];
    }
    if (r.method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/check-runs$/.test(r.path)) {
      const invalid = this.invalidOutput(r.body?.output);
      if (invalid) return [422, { message: invalid }];
      const id = this.nextId++;
      const run: FakeCheckRun = {
        id,
        name: r.body.name,
        head_sha: r.body.head_sha,
        status: r.body.status ?? 'queued',
        conclusion: r.body.conclusion ?? null,
        external_id: r.body.external_id ?? null,
        details_url: r.body.details_url,
        output: { title: r.body.output?.title, summary: r.body.output?.summary },
        annotations: [...(r.body.output?.annotations ?? [])],
        html_url: `${base}/runs/${id}`,
      };
      this.checkRuns.push(run);
      return [201, run];
    }
    if (r.method === 'PATCH' && (m = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(r.path))) {
      const run = this.checkRuns.find((x) => x.id === Number(m![1]));
      if (!run) return [404, { message: 'Not Found' }];
      const invalid = this.invalidOutput(r.body?.output);
      if (invalid) return [422, { message: invalid }];
      if (r.body.output) {
        run.output = { title: r.body.output.title, summary: r.body.output.summary };
        run.annotations.push(...(r.body.output.annotations ?? []));
      }
      if (r.body.conclusion) run.conclusion = r.body.conclusion;
      if (r.body.status) run.status = r.body.status;
      return [200, run];
    }
    if (r.method === 'GET' && (m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/check-runs$/.exec(r.path))) {
      const name = url.searchParams.get('check_name');
      const runs = this.checkRuns.filter((x) => x.head_sha === m![1] && (!name || x.name === name));
      return [200, { total_count: runs.length, check_runs: runs }];
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/comments$/.exec(r.path))) {
      const pull = Number(m[1]);
      if (r.method === 'GET') return this.page(this.reviewComments.filter((c) => c.pull === pull), url);
      if (r.method === 'POST') {
        const c = { id: this.nextId++, pull, body: r.body.body, path: r.body.path, line: r.body.line, start_line: r.body.start_line, commit_id: r.body.commit_id };
        this.reviewComments.push(c);
        return [201, c];
      }
    }
    return [404, { message: `Not Found: ${r.method} ${r.path}` }];
  }

  /** Pagination as GitHub does it: per_page (default 30), page, and a Link header. */
  private page(items: unknown[], url: URL): [number, unknown, Record<string, string>] {
    const per = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = items.slice((page - 1) * per, page * per);
    const headers: Record<string, string> = {};
    if (page * per < items.length) {
      const next = new URL(url.toString().replace('http://x', this.url));
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next}>; rel="next"`;
    }
    return [200, slice, headers];
  }

  private invalidOutput(output: any): string | undefined {
    if (!output) return undefined;
    if (typeof output.title !== 'string' || typeof output.summary !== 'string') return 'output.title and output.summary are required';
    if (output.title.length > 255) return 'output.title is too long';
    if (output.summary.length > 65_535) return 'output.summary is too long';
    if ((output.text ?? '').length > 65_535) return 'output.text is too long';
    const anns = output.annotations ?? [];
    if (anns.length > 50) return 'Only 50 annotations are allowed per request';
    for (const a of anns) {
      if (!a.path || !(a.start_line >= 1) || !(a.end_line >= a.start_line)) return 'annotation needs path, start_line, end_line';
      if (!['notice', 'warning', 'failure'].includes(a.annotation_level)) return 'bad annotation_level';
      if ((a.title ?? '').length > 255) return 'annotation title too long';
      if (Buffer.byteLength(a.message ?? '') > 64 * 1024) return 'annotation message too long';
      if (Buffer.byteLength(a.raw_details ?? '') > 64 * 1024) return 'annotation raw_details too long';
    }
    return undefined;
  }
}
