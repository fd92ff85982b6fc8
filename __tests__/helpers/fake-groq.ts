import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type GroqMode = { reply: string } | { hang: true } | { status: number; message?: string };

/** A loopback server that plays Groq's OpenAI-compatible chat completions endpoint. */
export class FakeGroq {
  readonly requests: Array<{ path: string; body: any; authorization?: string }> = [];
  mode: GroqMode = { reply: 'The migration drops a table.' };
  private sockets = new Set<Socket>();

  private constructor(private server: Server) {}

  static async start(): Promise<FakeGroq> {
    let fake!: FakeGroq;
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      fake.requests.push({ path: req.url ?? '', body, authorization: req.headers.authorization });
      const mode = fake.mode;
      if ('hang' in mode) return; // never answers; the socket is destroyed on close
      if ('status' in mode) {
        res.writeHead(mode.status, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ error: { message: mode.message ?? `fault ${mode.status}` } }));
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({
        id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: body?.model,
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: mode.reply } }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }));
    });
    fake = new FakeGroq(server);
    server.on('connection', (s) => {
      fake.sockets.add(s);
      s.on('close', () => fake.sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
