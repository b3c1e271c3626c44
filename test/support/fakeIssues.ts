import { createHash } from 'node:crypto';
import type { FakeAnswer, FakeGitHub, FakeRequest } from './fakeGitHub';

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  author: string;
  state: 'open' | 'closed';
  createdAt: string;
  updatedAt: string;
  pullRequest?: boolean;
}

export interface StoredComment {
  id: number;
  author: string;
  body: string;
  createdAt: string;
}

/**
 * What a fault answers instead of the tracker, once per matching request;
 * `afterDoing`: the request is carried out, then answered so (a lost answer
 * `{ drop: true }`, a late one `{ delayMs }`, a garbled one `{ body: '{' }`).
 */
export type FaultAnswer = FakeAnswer | { afterDoing: FakeAnswer };

interface Fault {
  method?: string;
  path: RegExp;
  answer: FaultAnswer;
  times: number;
}

const EPOCH = Date.parse('2026-08-01T00:00:00Z');

/**
 * One repository's issues on a FakeGitHub, kept as GitHub keeps them: create
 * (POST, needs a known token), list (state, labels, creator, per_page, page,
 * with Link headers and ETags), get, update (PATCH, bumps updated_at), list
 * comments, and GET /user for the token's login. `fault` makes the next
 * matching requests fail as GitHub can: 401, 403 rate limit, 404, 422, 500,
 * slow, malformed JSON, or an answer lost after the write was done.
 */
export class FakeIssueTracker {
  readonly issues = new Map<number, StoredIssue>();
  readonly comments = new Map<number, StoredComment[]>();
  /** Logins by token. */
  readonly tokens = new Map<string, string>();
  /** Largest page GitHub gives (100; tests lower it to see pagination). */
  maxPerPage = 100;
  private faults: Fault[] = [];
  private clock = 0;
  private nextNumber = 1;
  private nextComment = 1;

  constructor(
    private readonly fake: FakeGitHub,
    readonly owner: string,
    readonly repo: string,
  ) {
    fake.handle((req) => this.serve(req));
  }

  private get base(): string {
    return `/repos/${this.owner}/${this.repo}`;
  }

  /** A later time than any before: GitHub's updated_at only moves forward. */
  private tick(): string {
    this.clock += 1;
    return new Date(EPOCH + this.clock * 1000).toISOString().replace('.000Z', 'Z');
  }

  add(issue: Partial<StoredIssue> & { title: string; body: string }): StoredIssue {
    const at = this.tick();
    const stored: StoredIssue = { number: issue.number ?? this.nextNumber, labels: [], author: 'someone', state: 'open', createdAt: at, updatedAt: at, ...issue };
    this.nextNumber = Math.max(this.nextNumber, stored.number + 1);
    this.issues.set(stored.number, stored);
    return stored;
  }

  /** Someone else edits the body on GitHub. */
  editBody(number: number, body: string): void {
    const issue = this.issues.get(number)!;
    issue.body = body;
    issue.updatedAt = this.tick();
  }

  /** CNCF's bot (or anyone) changes the labels: updated_at moves, the body stays. */
  setLabels(number: number, labels: string[]): void {
    const issue = this.issues.get(number)!;
    issue.labels = labels;
    issue.updatedAt = this.tick();
  }

  comment(number: number, author: string, body: string): void {
    const list = this.comments.get(number) ?? [];
    list.push({ id: this.nextComment++, author, body, createdAt: this.tick() });
    this.comments.set(number, list);
    this.issues.get(number)!.updatedAt = this.tick();
  }

  fault(method: string | undefined, path: RegExp, answer: FaultAnswer, times = 1): void {
    this.faults.push({ method, path, answer, times });
  }

  /** The requests this repository got, with their method. */
  requests(method?: string): FakeRequest[] {
    return this.fake.requests.filter((r) => (r.path === '/user' || r.path.startsWith(this.base + '/') || r.path.startsWith(this.base + '?')) && (!method || r.method === method));
  }

  json(issue: StoredIssue) {
    return {
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      labels: issue.labels.map((name) => ({ name, color: 'ededed' })),
      user: { login: issue.author },
      html_url: `${this.fake.origin}/${this.owner}/${this.repo}/issues/${issue.number}`,
      url: `${this.fake.origin}${this.base}/issues/${issue.number}`,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      comments: this.comments.get(issue.number)?.length ?? 0,
      ...(issue.pullRequest ? { pull_request: { url: 'x' } } : {}),
    };
  }

  private login(req: FakeRequest): string | undefined {
    const m = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''));
    return m ? this.tokens.get(m[1]) : undefined;
  }

  private serve(req: FakeRequest): FakeAnswer | undefined {
    const url = new URL(req.path, this.fake.origin);
    const mine = url.pathname === '/user' || url.pathname.startsWith(this.base + '/');
    if (!mine) return undefined;
    const fault = this.faults.find((f) => f.times > 0 && (!f.method || f.method === req.method) && f.path.test(req.path));
    if (fault) {
      fault.times--;
      if (!('afterDoing' in fault.answer)) return fault.answer;
      const done = this.route(req, url);
      return { ...done, ...fault.answer.afterDoing };
    }
    return this.route(req, url);
  }

  private route(req: FakeRequest, url: URL): FakeAnswer {
    const path = url.pathname;
    const user = this.login(req);
    const unauthorized: FakeAnswer = { status: 401, body: { message: 'Requires authentication' } };
    if (path === '/user') return user ? { body: { login: user, id: 1 } } : unauthorized;
    const item = new RegExp(`^${this.base}/issues/(\\d+)$`).exec(path);
    const comments = new RegExp(`^${this.base}/issues/(\\d+)/comments$`).exec(path);
    if (path === `${this.base}/issues` && req.method === 'GET') return this.list(req, url);
    if (path === `${this.base}/issues` && req.method === 'POST') {
      if (!user) return unauthorized;
      const sent = JSON.parse(req.body || '{}') as { title?: string; body?: string; labels?: string[] };
      if (!sent.title) return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] } };
      const issue = this.add({ title: sent.title, body: sent.body ?? '', labels: sent.labels ?? [], author: user });
      return { status: 201, body: this.json(issue) };
    }
    if (item && req.method === 'GET') {
      const issue = this.issues.get(Number(item[1]));
      return issue ? this.cached(req, this.json(issue)) : { status: 404, body: { message: 'Not Found' } };
    }
    if (item && req.method === 'PATCH') {
      if (!user) return unauthorized;
      const issue = this.issues.get(Number(item[1]));
      if (!issue) return { status: 404, body: { message: 'Not Found' } };
      const sent = JSON.parse(req.body || '{}') as { body?: string; title?: string };
      if (sent.body !== undefined) issue.body = sent.body;
      if (sent.title !== undefined) issue.title = sent.title;
      issue.updatedAt = this.tick();
      return { body: this.json(issue) };
    }
    if (comments && req.method === 'GET') {
      const number = Number(comments[1]);
      if (!this.issues.has(number)) return { status: 404, body: { message: 'Not Found' } };
      const list = (this.comments.get(number) ?? []).map((c) => ({ id: c.id, body: c.body, user: { login: c.author }, created_at: c.createdAt, updated_at: c.createdAt }));
      return this.page(req, url, list);
    }
    return { status: 404, body: { message: 'Not Found' } };
  }

  private list(req: FakeRequest, url: URL): FakeAnswer {
    const q = url.searchParams;
    const state = q.get('state') ?? 'open';
    const labels = (q.get('labels') ?? '').split(',').map((l) => l.trim()).filter(Boolean);
    const creator = q.get('creator');
    const found = [...this.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
      .filter((i) => !creator || i.author.toLowerCase() === creator.toLowerCase())
      .sort((a, b) => b.number - a.number)
      .map((i) => this.json(i));
    return this.page(req, url, found);
  }

  private page(req: FakeRequest, url: URL, items: unknown[]): FakeAnswer {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, this.maxPerPage);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const at = (n: number) => {
      const u = new URL(url.href);
      u.searchParams.set('page', String(n));
      return `<${this.fake.origin}${u.pathname}${u.search}>`;
    };
    const links = [page < last ? `${at(page + 1)}; rel="next"` : '', page < last ? `${at(last)}; rel="last"` : '', page > 1 ? `${at(1)}; rel="first"` : ''].filter(Boolean);
    const answer = this.cached(req, slice);
    return { ...answer, headers: { ...answer.headers, ...(links.length ? { link: links.join(', ') } : {}) } };
  }

  /** GitHub's ETag: an If-None-Match that still matches gets 304 and no body. */
  private cached(req: FakeRequest, body: unknown): FakeAnswer {
    const etag = `"${createHash('sha1').update(JSON.stringify(body)).digest('hex')}"`;
    if (req.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
    return { body, headers: { etag, 'x-ratelimit-remaining': '4999' } };
  }
}
