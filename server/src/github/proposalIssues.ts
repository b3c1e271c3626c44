import type { Failure, GitHubClient, SendResult } from './client';
import { formatSeconds, hhmm } from './upstream';
import { webOrigin } from './url';

/**
 * The REST calls behind filing, listing and editing LFX proposal issues
 * (GitHub's issues API: create, list, get, update, list comments). Every
 * read here goes to GitHub (`send`), uncached, except `listOpenIssues` with
 * `cached`, which revalidates the client's copy with its ETag.
 */

export interface Repository {
  owner: string;
  name: string;
}

/** `cncf/mentoring` (also with a trailing `.git` or as a github.com URL), or undefined when it is not one. */
export function parseRepository(written: string): Repository | undefined {
  const m = /^(?:https?:\/\/[^/]+\/)?([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/.exec(written.trim());
  return m ? { owner: m[1], name: m[2] } : undefined;
}

export function repositoryName(repo: Repository): string {
  return `${repo.owner}/${repo.name}`;
}

export interface Issue {
  number: number;
  title: string;
  /** The issue's page on GitHub (`html_url`). */
  url: string;
  state: 'open' | 'closed';
  author: string;
  labels: string[];
  body: string;
  updatedAt: string;
  isPullRequest: boolean;
}

export interface IssueComment {
  id: number;
  author: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** GitHub caps an issue body at 65,536 characters; a longer one is not an issue as GitHub sends it. */
const MAX_BODY = 65_536 * 2;

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function login(user: unknown): string {
  return (user && typeof user === 'object' ? str((user as Record<string, unknown>).login) : undefined) ?? '';
}

/** GitHub's issue JSON; undefined when it is not one. */
export function parseIssue(json: unknown): Issue | undefined {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const j = json as Record<string, unknown>;
  const title = str(j.title);
  const body = j.body === null || j.body === undefined ? '' : str(j.body);
  if (typeof j.number !== 'number' || !Number.isInteger(j.number) || title === undefined || body === undefined || body.length > MAX_BODY) return undefined;
  if (j.state !== 'open' && j.state !== 'closed') return undefined;
  const labels = Array.isArray(j.labels) ? j.labels.map((l) => (typeof l === 'string' ? l : str((l as Record<string, unknown> | null)?.name))).filter((l): l is string => !!l) : [];
  return {
    number: j.number,
    title,
    url: str(j.html_url) ?? '',
    state: j.state,
    author: login(j.user),
    labels,
    body,
    updatedAt: str(j.updated_at) ?? '',
    isPullRequest: j.pull_request !== undefined && j.pull_request !== null,
  };
}

function parseList<T>(item: (json: unknown) => T | undefined): (json: unknown) => T[] | undefined {
  return (json) => {
    if (!Array.isArray(json)) return undefined;
    const out: T[] = [];
    for (const j of json) {
      const parsed = item(j);
      if (parsed === undefined) return undefined;
      out.push(parsed);
    }
    return out;
  };
}

function parseComment(json: unknown): IssueComment | undefined {
  if (!json || typeof json !== 'object') return undefined;
  const j = json as Record<string, unknown>;
  if (typeof j.id !== 'number' || typeof j.body !== 'string') return undefined;
  return { id: j.id, author: login(j.user), body: j.body, createdAt: str(j.created_at) ?? '', updatedAt: str(j.updated_at) ?? '' };
}

/** Pages of a list followed at most; 100 issues a page. */
const MAX_PAGES = 30;

/** The `rel="next"` URL of a Link header, as a path under the API base; undefined when there is none or it leads elsewhere. */
export function nextPath(link: string | undefined, apiUrl: string): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (!m) continue;
    const base = apiUrl.replace(/\/+$/, '');
    // The token goes only to the API: a next page elsewhere is not followed.
    return m[1].startsWith(base + '/') ? m[1].slice(base.length) : undefined;
  }
  return undefined;
}

async function allPages<T>(client: GitHubClient, first: string, fetchPage: (path: string) => Promise<SendResult<T[]>>): Promise<SendResult<T[]>> {
  const items: T[] = [];
  let path: string | undefined = first;
  for (let page = 0; path && page < MAX_PAGES; page++) {
    const result = await fetchPage(path);
    if (!result.ok) return result;
    items.push(...result.data);
    path = nextPath(result.link, client.apiBase());
  }
  return { ok: true, data: items, status: 200 };
}

/** The issue with its page's URL, built from the API's web host when GitHub's answer has no `html_url`. */
function withPage(client: GitHubClient, repo: Repository): (issue: Issue) => Issue {
  return (issue) => (issue.url ? issue : { ...issue, url: `${webOrigin(client.apiBase()) ?? 'https://github.com'}/${repo.owner}/${repo.name}/issues/${issue.number}` });
}

function mapOk<T, U>(result: SendResult<T>, map: (data: T) => U): SendResult<U> {
  return result.ok ? { ...result, data: map(result.data) } : result;
}

/** The path of a repository's issues under the API base. */
export function issuesPath(repo: Repository): string {
  return `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}/issues`;
}

export interface IssueQuery {
  /** Issues carrying every one of these labels (GitHub's `labels=a,b`). */
  labels?: string[];
  /** Issues opened by this login. */
  creator?: string;
}

/**
 * Every open issue of the repository matching the query, all pages (pull
 * requests left out). `cached`: through the client's cache, revalidated
 * with its ETag (a view's refresh); otherwise straight from GitHub.
 */
export function listOpenIssues(client: GitHubClient, repo: Repository, query: IssueQuery, options: { cached?: boolean; signal?: AbortSignal } = {}): Promise<SendResult<Issue[]>> {
  const params = ['state=open'];
  if (query.labels?.length) params.push(`labels=${encodeURIComponent(query.labels.join(','))}`);
  if (query.creator) params.push(`creator=${encodeURIComponent(query.creator)}`);
  params.push('per_page=100');
  const parse = parseList(parseIssue);
  const fetchPage = async (path: string): Promise<SendResult<Issue[]>> => {
    if (!options.cached) return client.send(path, parse, { method: 'GET', signal: options.signal });
    const r = await client.get(path, parse, options.signal, { revalidate: true });
    return r.ok ? { ok: true, data: r.data, status: 200, ...(r.link ? { link: r.link } : {}) } : r;
  };
  // What GitHub filters is filtered here too (pull requests come with issues).
  const wanted = (i: Issue) =>
    !i.isPullRequest &&
    i.state === 'open' &&
    (query.labels ?? []).every((l) => i.labels.some((x) => x.toLowerCase() === l.toLowerCase())) &&
    (!query.creator || i.author.toLowerCase() === query.creator.toLowerCase());
  return allPages(client, `${issuesPath(repo)}?${params.join('&')}`, fetchPage).then((r) => mapOk(r, (issues) => issues.filter(wanted).map(withPage(client, repo))));
}

export async function getIssue(client: GitHubClient, repo: Repository, number: number, signal?: AbortSignal): Promise<SendResult<Issue>> {
  return mapOk(await client.send(`${issuesPath(repo)}/${number}`, parseIssue, { method: 'GET', signal }), withPage(client, repo));
}

export async function createIssue(client: GitHubClient, repo: Repository, issue: { title: string; body: string; labels?: string[] }): Promise<SendResult<Issue>> {
  return mapOk(await client.send(issuesPath(repo), parseIssue, { method: 'POST', body: issue, write: true }), withPage(client, repo));
}

export async function updateIssueBody(client: GitHubClient, repo: Repository, number: number, body: string): Promise<SendResult<Issue>> {
  return mapOk(await client.send(`${issuesPath(repo)}/${number}`, parseIssue, { method: 'PATCH', body: { body }, write: true }), withPage(client, repo));
}

export function listComments(client: GitHubClient, repo: Repository, number: number, signal?: AbortSignal): Promise<SendResult<IssueComment[]>> {
  const parse = parseList(parseComment);
  return allPages(client, `${issuesPath(repo)}/${number}/comments?per_page=100`, (path) => client.send(path, parse, { method: 'GET', signal }));
}

/** The login of a token (the one for writing, with `write`). */
export async function currentLogin(client: GitHubClient, options: { write?: boolean; signal?: AbortSignal } = {}): Promise<SendResult<string>> {
  const parse = (json: unknown) => (json && typeof json === 'object' ? str((json as Record<string, unknown>).login) || undefined : undefined);
  return client.send('/user', parse, { method: 'GET', ...options });
}

/** A failure as one line naming what was asked for; never the token or GitHub's prose. */
export function githubFailure(what: string, f: Failure, timeoutMs: number): string {
  switch (f.reason) {
    case 'not-found':
      return `${what}: not found on GitHub (404): check the repository, the issue number, and that the token may read it.`;
    case 'unauthorized':
      return `${what}: GitHub rejected the token (401): sign in to GitHub again, or set a valid GITHUB_TOKEN.`;
    case 'forbidden':
      return `${what}: GitHub refused it (403): the token may lack the public_repo scope, or the repository does not allow it.`;
    case 'rate-limited':
      return `${what}: GitHub's rate limit is used up until ${f.until ? hhmm(f.until) : 'later'}; try again then.`;
    case 'invalid':
      return `${what}: GitHub refused the request as invalid (422)${f.detail ? `: ${f.detail}` : ''}.`;
    case 'timeout':
      return `${what}: GitHub did not answer within ${formatSeconds(timeoutMs)}.`;
    case 'server-error':
      return `${what}: GitHub error (${f.status ?? 'unknown status'}); try again later.`;
    case 'malformed':
      return `${what}: GitHub's answer could not be read.`;
    case 'too-large':
      return `${what}: GitHub's answer was too large to read.`;
    case 'unreachable':
      return `${what}: GitHub could not be reached (offline?).`;
    case 'cancelled':
      return `${what}: cancelled.`;
  }
}

/** True when GitHub may have carried out a write whose answer did not arrive or could not be read. */
export function answerLost(f: Failure): boolean {
  return f.reason === 'timeout' || f.reason === 'unreachable' || f.reason === 'malformed' || f.reason === 'too-large' || f.reason === 'server-error';
}
