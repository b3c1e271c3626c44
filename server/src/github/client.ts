/**
 * A small GitHub REST client: for reads one GET at a time per URL, an
 * in-memory cache with a time to live and ETag revalidation, rate-limit
 * back-off, a timeout, and cancellation per caller; writes (and reads that
 * must see GitHub's present state) go through `send`, uncached, under the
 * same rate limit, timeout and token rule.
 */

export type FailureReason = 'not-found' | 'unauthorized' | 'forbidden' | 'rate-limited' | 'timeout' | 'server-error' | 'malformed' | 'too-large' | 'unreachable' | 'cancelled' | 'invalid';

export interface Failure {
  ok: false;
  reason: FailureReason;
  status?: number;
  /** When the rate limit resets (ms since the epoch). */
  until?: number;
  /** For `invalid` (422): what GitHub said was wrong, as `field: code` pairs (never its prose). */
  detail?: string;
}

/** `link`: GitHub's Link header, for the next page of a list. */
export type GetResult<T> = { ok: true; data: T; fetchedAt: number; link?: string } | Failure;

export interface SendOptions {
  method: 'GET' | 'POST' | 'PATCH';
  /** Sent as JSON. */
  body?: unknown;
  /** Use the token for writing (VS Code's `public_repo` session) rather than the one for reading. */
  write?: boolean;
  signal?: AbortSignal;
}

export type SendResult<T> = { ok: true; data: T; status: number; link?: string } | Failure;

/** Turns GitHub's JSON into what is kept (so a huge answer is not cached whole); undefined when it is not the expected shape. */
export type Parse<T> = (json: unknown) => T | undefined;

export interface GitHubClientOptions {
  /** The REST API base, read for every request (the setting may change). */
  apiUrl: () => string;
  /** The token, if any; sent only to the origin of `apiUrl`. */
  token: () => string | undefined;
  fetch: typeof fetch;
  /** The token for `send(..., { write: true })`; `token` when absent. */
  writeToken?: () => string | undefined;
  ttlMs?: number;
  timeoutMs?: number;
  now?: () => number;
  /** Largest response body read; a larger one is a GitHub error. */
  maxBytes?: number;
  maxEntries?: number;
}

interface CacheEntry {
  result: GetResult<unknown>;
  etag?: string;
  expires: number;
}

/** How a caller asks. */
export interface GetOptions {
  /** Ask GitHub again even within the time to live (If-None-Match: an unchanged answer costs no rate limit). */
  revalidate?: boolean;
  /**
   * A failure GitHub gave for this URL within the time to live (a timeout,
   * a server error) is answered again instead of asking anew: a check that
   * runs on every keystroke must not ask GitHub on every keystroke.
   */
  reuseFailures?: boolean;
}

interface InFlight {
  promise: Promise<GetResult<unknown>>;
  controller: AbortController;
  waiters: number;
}

const DEFAULT_TTL_MS = 5 * 60_000;
const DEFAULT_TIMEOUT_MS = 5_000;

export class GitHubClient {
  private cache = new Map<string, CacheEntry>();
  private inFlight = new Map<string, InFlight>();
  /** The last failure that is not cached (a timeout, a server error), with when it came, for callers that reuse failures. */
  private lastFailure = new Map<string, { result: Failure; at: number }>();
  /** Per API origin: no requests before this time (ms since the epoch). */
  private blockedUntil = new Map<string, number>();
  readonly ttlMs: number;
  readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly maxBytes: number;
  private readonly maxEntries: number;

  constructor(private readonly options: GitHubClientOptions) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.timeoutMs = Math.min(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, DEFAULT_TIMEOUT_MS);
    this.now = options.now ?? Date.now;
    this.maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
    this.maxEntries = options.maxEntries ?? 1000;
  }

  /** The REST API base requests go to now. */
  apiBase(): string {
    return this.options.apiUrl().replace(/\/+$/, '');
  }

  /** True when a token is configured (the hover then does not suggest signing in). */
  hasToken(): boolean {
    return !!this.options.token();
  }

  /** Forgets everything learnt with the previous credentials. */
  reset(): void {
    this.cache.clear();
    this.lastFailure.clear();
    this.blockedUntil.clear();
  }

  /** What the last request for `path` got, however old (undefined when it is not cached); `get` asks again once it is past its time to live. */
  cached<T>(path: string): GetResult<T> | undefined {
    return this.cache.get(this.urlOf(path))?.result as GetResult<T> | undefined;
  }

  /** When requests to the API resume after an exhausted rate limit, if they are held. */
  private rateLimitedUntil(): number | undefined {
    const until = this.blockedUntil.get(this.apiOrigin());
    return until !== undefined && until > this.now() ? until : undefined;
  }

  /**
   * GETs `path` under the API base. Concurrent calls for one URL share one
   * request (and so one `parse`: each path must always be read the same way);
   * a caller whose `signal` aborts gets `cancelled` at once, and the request
   * itself is aborted only when no caller is left waiting.
   */
  get<T>(path: string, parse: Parse<T>, signal?: AbortSignal, options: GetOptions = {}): Promise<GetResult<T>> {
    return this.getAny(path, parse, signal, options) as Promise<GetResult<T>>;
  }

  private getAny(path: string, parse: Parse<unknown>, signal: AbortSignal | undefined, options: GetOptions): Promise<GetResult<unknown>> {
    const url = this.urlOf(path);
    const cached = this.cache.get(url);
    // Revalidating asks GitHub again (If-None-Match: an unchanged answer costs no rate limit).
    if (cached && cached.expires > this.now() && !options.revalidate) return Promise.resolve(cached.result);
    const failed = options.reuseFailures ? this.lastFailure.get(url) : undefined;
    if (failed && this.now() - failed.at < this.ttlMs) return Promise.resolve(failed.result);
    const until = this.rateLimitedUntil();
    if (until !== undefined) {
      // Held back: an earlier answer, even past its time to live, beats none.
      return Promise.resolve(cached?.result.ok ? cached.result : { ok: false, reason: 'rate-limited', until });
    }
    if (signal?.aborted) return Promise.resolve({ ok: false, reason: 'cancelled' });
    let flight = this.inFlight.get(url);
    if (!flight) {
      const controller = new AbortController();
      const promise = this.fetch(url, parse, cached, controller.signal)
        .then((result) => this.noteFailure(url, result))
        .finally(() => {
          if (this.inFlight.get(url) === flight) this.inFlight.delete(url);
        });
      flight = { promise, controller, waiters: 0 };
      this.inFlight.set(url, flight);
    }
    const shared = flight;
    shared.waiters++;
    if (!signal) return shared.promise;
    return new Promise<GetResult<unknown>>((resolve) => {
      const onAbort = () => {
        shared.waiters--;
        if (shared.waiters === 0) {
          // A hover asked for next gets a fresh request, not this aborted one.
          if (this.inFlight.get(url) === shared) this.inFlight.delete(url);
          shared.controller.abort();
        }
        resolve({ ok: false, reason: 'cancelled' });
      };
      signal.addEventListener('abort', onAbort, { once: true });
      void shared.promise.then((r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      });
    });
  }

  private apiOrigin(): string {
    try {
      return new URL(this.options.apiUrl()).origin;
    } catch {
      return '';
    }
  }

  private urlOf(path: string): string {
    return this.apiBase() + path;
  }

  private headers(url: string, token: string | undefined): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'mentorship-ideas',
    };
    // The token goes to the configured API and nowhere else.
    if (token && new URL(url).origin === this.apiOrigin()) headers.authorization = `Bearer ${token}`;
    return headers;
  }

  private fetch(url: string, parse: Parse<unknown>, cached: CacheEntry | undefined, cancel: AbortSignal): Promise<GetResult<unknown>> {
    const headers = this.headers(url, this.options.token());
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    return this.timed(cancel, async (signal) => {
      const response = await this.fetchSameOrigin(url, headers, signal);
      this.noteRateLimit(response);
      if (response.status === 304 && cached) {
        await response.body?.cancel();
        return this.store(url, cached.result, response.headers.get('etag') ?? cached.etag);
      }
      if (response.ok) {
        const read = await readData(response, parse, this.maxBytes);
        return read.ok ? this.store(url, { ...read, fetchedAt: this.now() }, response.headers.get('etag') ?? undefined) : read;
      }
      await response.body?.cancel().catch(() => undefined);
      const failure = this.failureOf(response.status);
      // GitHub's lasting answers are cached; a rate limit or a server error may be over on the next try.
      return failure.reason === 'rate-limited' || failure.reason === 'server-error' ? failure : this.store(url, failure);
    });
  }

  /**
   * One request to `path` under the API base, never cached nor shared: a
   * write, or a read that must see GitHub as it is now (before filing, before
   * saving over an issue). A redirect is not followed (a write must not be
   * sent again elsewhere). A failure whose answer never came (`timeout`,
   * `unreachable`) may still have been carried out by GitHub.
   */
  async send<T>(path: string, parse: Parse<T>, options: SendOptions): Promise<SendResult<T>> {
    const until = this.rateLimitedUntil();
    if (until !== undefined) return { ok: false, reason: 'rate-limited', until };
    if (options.signal?.aborted) return { ok: false, reason: 'cancelled' };
    const url = this.urlOf(path);
    const token = options.write ? (this.options.writeToken ?? this.options.token)() : this.options.token();
    const headers = this.headers(url, token);
    if (options.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    return this.timed(options.signal, async (signal): Promise<SendResult<T>> => {
      const response = await this.options.fetch(url, {
        method: options.method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal,
        redirect: 'manual',
      });
      this.noteRateLimit(response);
      if (response.ok) {
        const read = await readData(response, parse, this.maxBytes);
        return read.ok ? { ...read, status: response.status } : read;
      }
      if (response.status === 422) {
        const text = (await readLimited(response, 64 * 1024).catch(() => undefined)) ?? '';
        return { ok: false, reason: 'invalid', status: 422, ...validationDetail(text) };
      }
      await response.body?.cancel().catch(() => undefined);
      return this.failureOf(response.status);
    });
  }

  /** What a refused answer of GitHub's means. */
  private failureOf(status: number): Failure {
    const until = this.rateLimitedUntil();
    if ((status === 403 || status === 429) && until !== undefined) return { ok: false, reason: 'rate-limited', status, until };
    if (status === 404 || status === 410) return { ok: false, reason: 'not-found', status };
    if (status === 401) return { ok: false, reason: 'unauthorized', status };
    if (status === 403) return { ok: false, reason: 'forbidden', status };
    return { ok: false, reason: 'server-error', status };
  }

  /** Runs one exchange with GitHub under the timeout and the caller's cancellation; a throw is told apart as cancelled, timed out or unreachable. */
  private async timed<R>(cancel: AbortSignal | undefined, exchange: (signal: AbortSignal) => Promise<R>): Promise<R | Failure> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.timeoutMs);
    const onCancel = () => timeout.abort();
    cancel?.addEventListener('abort', onCancel, { once: true });
    try {
      return await exchange(timeout.signal);
    } catch {
      if (cancel?.aborted) return { ok: false, reason: 'cancelled' };
      if (timeout.signal.aborted) return { ok: false, reason: 'timeout' };
      return { ok: false, reason: 'unreachable' };
    } finally {
      clearTimeout(timer);
      cancel?.removeEventListener('abort', onCancel);
    }
  }

  /**
   * Follows redirects (a moved repository) only within the API's origin, so
   * that the token never leaves it; a redirect elsewhere is answered as is.
   */
  private async fetchSameOrigin(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    let current = url;
    for (let hops = 0; ; hops++) {
      const response = await this.options.fetch(current, { headers, signal, redirect: 'manual' });
      if (response.type === 'opaqueredirect') return this.followOpaqueRedirect(current, headers, signal);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || response.status === 304 || !location || hops === 3) return response;
      const next = new URL(location, current);
      if (next.origin !== new URL(url).origin) return response;
      await response.body?.cancel();
      current = next.href;
    }
  }

  /**
   * A browser hides where a redirect goes (an opaque redirect, status 0): it
   * follows it itself, so the token stays behind, as it may not leave the
   * API's origin.
   */
  private followOpaqueRedirect(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<Response> {
    const anonymous = { ...headers };
    delete anonymous.authorization;
    return this.options.fetch(url, { headers: anonymous, signal, redirect: 'follow' });
  }

  /** Holds requests back when GitHub says the limit is used up (x-ratelimit-*) or asks to wait (retry-after). */
  private noteRateLimit(response: Response): void {
    const remaining = response.headers.get('x-ratelimit-remaining');
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    const retryAfter = Number(response.headers.get('retry-after'));
    let until: number | undefined;
    if (remaining === '0' && Number.isFinite(reset) && reset > 0) until = reset * 1000;
    else if ((response.status === 403 || response.status === 429) && Number.isFinite(retryAfter) && retryAfter > 0) until = this.now() + retryAfter * 1000;
    else if (remaining === '0' && (response.status === 403 || response.status === 429)) until = this.now() + 60_000;
    if (until !== undefined && until > this.now()) this.blockedUntil.set(this.apiOrigin(), until);
  }

  /** Keeps a failure that is not cached (cancellations and rate limits aside: those are the caller's and the back-off's). */
  private noteFailure(url: string, result: GetResult<unknown>): GetResult<unknown> {
    if (result.ok || this.cache.get(url)?.result === result) this.lastFailure.delete(url);
    else if (result.reason !== 'cancelled' && result.reason !== 'rate-limited') {
      this.lastFailure.delete(url);
      if (this.lastFailure.size >= this.maxEntries) this.lastFailure.delete(this.lastFailure.keys().next().value!);
      this.lastFailure.set(url, { result, at: this.now() });
    }
    return result;
  }

  private store(url: string, result: GetResult<unknown>, etag?: string): GetResult<unknown> {
    this.cache.delete(url);
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(url, { result, etag, expires: this.now() + this.ttlMs });
    return result;
  }
}

/** A successful answer's JSON through `parse`, with the Link header; too large or not the expected shape is a failure. */
async function readData<T>(response: Response, parse: Parse<T>, maxBytes: number): Promise<{ ok: true; data: T; link?: string } | Failure> {
  const text = await readLimited(response, maxBytes);
  if (text === undefined) return { ok: false, reason: 'too-large', status: response.status };
  let data: T | undefined;
  try {
    data = parse(JSON.parse(text));
  } catch {
    data = undefined;
  }
  if (data === undefined) return { ok: false, reason: 'malformed', status: response.status };
  const link = response.headers.get('link') ?? undefined;
  return { ok: true, data, ...(link ? { link } : {}) };
}

/** GitHub's 422 `errors` as `field: code` pairs; its free text is left out. */
function validationDetail(text: string): { detail?: string } {
  try {
    const errors = (JSON.parse(text) as { errors?: unknown }).errors;
    if (!Array.isArray(errors)) return {};
    const word = (v: unknown) => (typeof v === 'string' && /^[\w .-]{1,40}$/.test(v) ? v : undefined);
    const pairs = errors.map((e) => (e && typeof e === 'object' ? [word((e as Record<string, unknown>).field), word((e as Record<string, unknown>).code)].filter(Boolean).join(': ') : '')).filter(Boolean);
    return pairs.length ? { detail: pairs.slice(0, 5).join(', ') } : {};
  } catch {
    return {};
  }
}

/** The body as text, or undefined when it is larger than `max` bytes. */
async function readLimited(response: Response, max: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
