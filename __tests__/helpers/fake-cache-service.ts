import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One cache entry as the service keeps it. */
export interface FakeCacheEntry {
  id: number;
  key: string;
  version: string;
  archive?: Buffer;
  finalized: boolean;
}

export interface CacheRequest {
  method: string;
  path: string;
  body?: any;
  authorization?: string;
  status: number;
}

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';

/**
 * A loopback server playing what @actions/cache 6 speaks to on a GitHub-hosted runner (cache
 * service v2, ACTIONS_CACHE_SERVICE_V2 with ACTIONS_RESULTS_URL): the Twirp JSON API
 * (CreateCacheEntry → a signed upload URL, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL: the
 * exact key, else the newest entry under a restore-key prefix, of the same version), and the
 * blob storage behind the signed URLs: the client uploads with the Azure storage SDK (a single
 * PUT of a BlockBlob for archives under 128 MiB, answered 201) and downloads with a plain GET.
 * Entries are immutable, as on GitHub: creating a key that exists is refused.
 */
export class FakeCacheService {
  readonly entries: FakeCacheEntry[] = [];
  readonly requests: CacheRequest[] = [];
  private nextId = 1;
  private sockets = new Set<Socket>();

  private constructor(private server: Server, readonly token: string) {}

  static async start(token: string): Promise<FakeCacheService> {
    let fake!: FakeCacheService;
    const server = createServer((req, res) => void fake.handle(req, res));
    fake = new FakeCacheService(server, token);
    server.on('connection', (s) => {
      fake.sockets.add(s);
      s.on('close', () => fake.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What the action's process needs to find the service, as the runner sets it. */
  env(): Record<string, string> {
    return { ACTIONS_RESULTS_URL: `${this.url}/`, ACTIONS_CACHE_SERVICE_V2: 'True', ACTIONS_RUNTIME_TOKEN: this.token, GITHUB_SERVER_URL: 'https://github.com' };
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.url);
    const rec: CacheRequest = { method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization, status: 0 };
    this.requests.push(rec);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      rec.status = status;
      const text = body === undefined ? '' : Buffer.isBuffer(body) ? body : JSON.stringify(body);
      res.writeHead(status, { ...(typeof text === 'string' && text ? { 'content-type': 'application/json' } : {}), 'content-length': String(Buffer.byteLength(text)), ...headers });
      res.end(text);
    };

    if (req.method === 'POST' && url.pathname.startsWith(TWIRP)) {
      if (req.headers.authorization !== `Bearer ${this.token}`) return send(401, { code: 'unauthenticated', msg: 'bad token' });
      const body = JSON.parse(raw.toString('utf8') || '{}');
      rec.body = body;
      const method = url.pathname.slice(TWIRP.length);
      if (method === 'CreateCacheEntry') {
        if (this.entries.some((e) => e.key === body.key && e.version === body.version)) return send(200, { ok: false, message: `cache entry ${body.key} already exists` });
        const entry: FakeCacheEntry = { id: this.nextId++, key: body.key, version: body.version, finalized: false };
        this.entries.push(entry);
        // IP-style blob URL (what the Azure SDK expects of a non-Azure host): account, container, blob.
        return send(200, { ok: true, signed_upload_url: `${this.url}/devstoreaccount1/caches/${entry.id}?sig=upload` });
      }
      if (method === 'FinalizeCacheEntryUpload') {
        const entry = this.entries.find((e) => e.key === body.key && e.version === body.version && !e.finalized);
        if (!entry?.archive || String(entry.archive.length) !== String(body.size_bytes)) return send(200, { ok: false, message: 'nothing uploaded for this key' });
        entry.finalized = true;
        return send(200, { ok: true, entry_id: String(entry.id) });
      }
      if (method === 'GetCacheEntryDownloadURL') {
        const ready = this.entries.filter((e) => e.finalized && e.version === body.version);
        const found = ready.find((e) => e.key === body.key) ?? (body.restore_keys ?? []).map((p: string) => ready.filter((e) => e.key.startsWith(p)).pop()).find(Boolean);
        if (!found) return send(200, { ok: false });
        return send(200, { ok: true, signed_download_url: `${this.url}/devstoreaccount1/caches/${found.id}?sig=download`, matched_key: found.key });
      }
      return send(404, { code: 'bad_route', msg: method });
    }

    const blob = /^\/devstoreaccount1\/caches\/(\d+)$/.exec(url.pathname);
    const entry = blob ? this.entries.find((e) => e.id === Number(blob[1])) : undefined;
    if (!entry) return send(404);
    if (req.method === 'PUT' && url.searchParams.get('sig') === 'upload' && !entry.finalized) {
      if (req.headers['x-ms-blob-type'] !== 'BlockBlob') return send(400);
      entry.archive = raw;
      return send(201, undefined, { etag: `"0x${entry.id}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-id': `req-${entry.id}`, 'x-ms-version': '2025-01-05', 'x-ms-request-server-encrypted': 'true' });
    }
    if (req.method === 'GET' && url.searchParams.get('sig') === 'download' && entry.finalized && entry.archive) {
      return send(200, entry.archive, { 'content-type': 'application/octet-stream' });
    }
    return send(403);
  }
}
