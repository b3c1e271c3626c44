import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The request body as text ('' for none). */
  body: string;
  /** True when the client went away before the answer was sent (an aborted fetch). */
  aborted: boolean;
}

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer only once this settles (the test decides when GitHub answers). */
  after?: Promise<unknown>;
  /** Never answer. */
  hang?: boolean;
  /** Close the connection without answering (an answer lost on the way). */
  drop?: boolean;
}

type Route = (req: FakeRequest) => FakeAnswer;
/** Answers what no route names, or undefined to leave it to the next handler (and GitHub's 404 after the last). */
export type Handler = (req: FakeRequest) => FakeAnswer | undefined;

/**
 * A real HTTP server on 127.0.0.1 (random port) that plays the GitHub REST
 * API: each path answers what its route says, and every request is recorded.
 */
export class FakeGitHub {
  readonly requests: FakeRequest[] = [];
  private routes = new Map<string, Route>();
  private handlers: Handler[] = [];
  private server: Server;
  private open = new Set<ServerResponse>();
  port = 0;

  constructor() {
    this.server = createServer((req, res) => {
      const record: FakeRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: '', aborted: false };
      this.requests.push(record);
      this.open.add(res);
      res.on('close', () => {
        if (!res.writableFinished) record.aborted = true;
        this.open.delete(res);
      });
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        record.body = Buffer.concat(chunks).toString('utf8');
        this.answer(record, res);
      });
    });
  }

  private answer(record: FakeRequest, res: ServerResponse): void {
    const route = this.routes.get(record.path);
    let found: FakeAnswer | undefined = route?.(record);
    for (const handler of this.handlers) found ??= handler(record);
    const answer: FakeAnswer = found ?? { status: 404, body: { message: 'Not Found' } };
    if (answer.hang) return;
    if (answer.drop) {
      res.socket?.destroy();
      return;
    }
    const send = () => {
      if (res.destroyed) return;
      const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
      res.end(answer.status === 304 ? undefined : body);
    };
    const delayed = () => (answer.delayMs ? setTimeout(send, answer.delayMs) : send());
    if (answer.after) void answer.after.then(delayed);
    else delayed();
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** The API base to configure: `http://127.0.0.1:PORT`; web URLs on the same origin are looked up through it. */
  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  route(path: string, route: Route | FakeAnswer): void {
    this.routes.set(path, typeof route === 'function' ? route : () => route);
  }

  /** Adds a handler for what no route names (after those added before). */
  handle(handler: Handler): void {
    this.handlers.push(handler);
  }

  count(path: string): number {
    return this.requests.filter((r) => r.path === path).length;
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** An issue as GitHub's REST API returns it (the fields the extension reads, and a few more). */
export function issueJson(fields: Partial<{ number: number; title: string; state: string; state_reason: string | null; body: string; labels: string[]; user: string; comments: number; pull_request: unknown; merged: boolean; merged_at: string | null }> = {}) {
  return {
    number: fields.number ?? 1,
    title: fields.title ?? 'An issue',
    state: fields.state ?? 'open',
    state_reason: fields.state_reason ?? null,
    body: fields.body ?? 'The body.',
    labels: (fields.labels ?? []).map((name) => ({ name, color: 'ededed' })),
    user: { login: fields.user ?? 'octo-cat' },
    comments: fields.comments ?? 0,
    created_at: '2025-01-02T03:04:05Z',
    updated_at: '2025-02-03T04:05:06Z',
    html_url: 'https://example.invalid/not-used',
    ...(fields.pull_request !== undefined ? { pull_request: fields.pull_request } : {}),
    ...(fields.merged !== undefined ? { merged: fields.merged, merged_at: fields.merged_at ?? null } : {}),
  };
}
