import type { Failure, GetOptions, GetResult, GitHubClient } from './client';
import type { UpstreamRef } from './url';

/** What a preview and the upstream-closed rule need of an issue, pull request or discussion. */
export interface UpstreamItem {
  kind: UpstreamRef['kind'];
  title: string;
  /** `merged` for a merged pull request, `draft` for an open draft. */
  state: 'open' | 'closed' | 'merged' | 'draft';
  /** GitHub's `state_reason` (`completed`, `not_planned`, `duplicate`, `resolved`, `outdated`...), when closed. */
  stateReason?: string;
  labels: string[];
  author?: string;
  createdAt?: string;
  updatedAt?: string;
  comments?: number;
  /** The start of the body (long bodies are cut when read, so the cache stays small). */
  body: string;
  /** True when `body` was cut. */
  bodyCut: boolean;
}

export type UpstreamResult = GetResult<UpstreamItem>;

const BODY_KEPT = 4000;
const TITLE_KEPT = 300;

function str(v: unknown, max = Infinity): string | undefined {
  return typeof v === 'string' ? v.slice(0, max) : undefined;
}

function date(v: unknown): string | undefined {
  const s = str(v, 40);
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s : undefined;
}

/** Reads GitHub's issue, pull request or discussion JSON; undefined when it is not one. */
export function parseItem(kind: UpstreamRef['kind'], json: unknown): UpstreamItem | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const j = json as Record<string, unknown>;
  const title = str(j.title, TITLE_KEPT);
  if (title === undefined || (j.state !== 'open' && j.state !== 'closed')) return undefined;
  const pr = j.pull_request && typeof j.pull_request === 'object' ? (j.pull_request as Record<string, unknown>) : undefined;
  const isPull = kind === 'pull' || !!pr;
  const merged = j.merged === true || !!j.merged_at || !!pr?.merged_at;
  let state: UpstreamItem['state'] = j.state;
  if (isPull && merged) state = 'merged';
  else if (isPull && j.state === 'open' && j.draft === true) state = 'draft';
  const body = typeof j.body === 'string' ? j.body : '';
  const labels = Array.isArray(j.labels)
    ? j.labels
        .map((l) => (typeof l === 'string' ? l : str((l as Record<string, unknown> | null)?.name)))
        .filter((l): l is string => !!l)
        .slice(0, 20)
        .map((l) => l.slice(0, 50))
    : [];
  const user = j.user && typeof j.user === 'object' ? str((j.user as Record<string, unknown>).login, 40) : undefined;
  return {
    kind: isPull ? 'pull' : kind,
    title,
    state,
    stateReason: j.state === 'closed' ? str(j.state_reason, 40) ?? undefined : undefined,
    labels,
    author: user,
    createdAt: date(j.created_at),
    updatedAt: date(j.updated_at),
    comments: typeof j.comments === 'number' && j.comments >= 0 ? j.comments : undefined,
    body: body.slice(0, BODY_KEPT),
    bodyCut: body.length > BODY_KEPT,
  };
}

/** Fetches (or reads from the cache) the item a URL points to. */
export function fetchUpstream(client: GitHubClient, ref: UpstreamRef, signal?: AbortSignal, options?: GetOptions): Promise<UpstreamResult> {
  return client.get(ref.apiPath, (json) => parseItem(ref.kind, json), signal, options);
}

/** One line saying why there is no preview; never holds the token or GitHub's own words. */
export function failureText(f: Failure, signedIn: boolean, timeoutMs: number): string {
  const signIn = signedIn ? '' : ' Sign in to GitHub to see private repositories.';
  switch (f.reason) {
    case 'not-found':
      return `Not found: it does not exist, or it is private.${signIn}`;
    case 'unauthorized':
      return 'No access: GitHub rejected the token (401); sign in to GitHub again.';
    case 'forbidden':
      return `No access: GitHub refused the request (403).${signIn}`;
    case 'rate-limited':
      return `Rate limited until ${f.until ? hhmm(f.until) : 'later'}: GitHub's request limit is used up.${signedIn ? '' : ' Sign in to GitHub to raise it (60 requests an hour without).'}`;
    case 'timeout':
      return `Timed out: GitHub did not answer within ${formatSeconds(timeoutMs)}.`;
    case 'server-error':
      return `GitHub error (${f.status ?? 'unknown status'}); try again later.`;
    case 'malformed':
      return 'GitHub error: the answer was not a readable issue.';
    case 'too-large':
      return 'GitHub error: the answer was too large to read.';
    case 'unreachable':
      return 'GitHub could not be reached (offline?).';
    case 'cancelled':
      return 'The request was cancelled.';
    case 'invalid':
      return `GitHub refused the request as invalid (${f.status ?? 422}).`;
  }
}

/** `14:05 UTC` (GitHub's limits reset within the hour, so the time alone is clear). */
export function hhmm(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16) + ' UTC';
}

/** `5 s`, or `1500 ms` when it is not whole seconds. */
export function formatSeconds(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
