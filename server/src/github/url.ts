/** An issue, pull request or discussion that a GitHub URL points to. */
export interface UpstreamRef {
  kind: 'issue' | 'pull' | 'discussion';
  owner: string;
  repo: string;
  number: number;
  /** `https://github.com/owner/repo/issues/1` (or the enterprise host), rebuilt from the parts. */
  webUrl: string;
  /** The REST path under the API base: `/repos/owner/repo/issues/1`. */
  apiPath: string;
}

/** How messages name each kind. */
export const UPSTREAM_KIND_NAME: Record<UpstreamRef['kind'], string> = { issue: 'issue', pull: 'pull request', discussion: 'discussion' };

const KINDS: Record<string, UpstreamRef['kind']> = { issues: 'issue', pull: 'pull', pulls: 'pull', discussions: 'discussion' };
const API_SEGMENT: Record<UpstreamRef['kind'], string> = { issue: 'issues', pull: 'pulls', discussion: 'discussions' };
const WEB_SEGMENT: Record<UpstreamRef['kind'], string> = { issue: 'issues', pull: 'pull', discussion: 'discussions' };

/**
 * The web origin whose URLs the API at `apiUrl` serves: `https://api.github.com`
 * serves github.com; GitHub Enterprise `https://HOST/api/v3` serves
 * `https://HOST`; any other base (a proxy, a local stand-in) serves its own
 * origin. Undefined for a URL that cannot be parsed.
 */
export function webOrigin(apiUrl: string): string | undefined {
  let api: URL;
  try {
    api = new URL(apiUrl);
  } catch {
    return undefined;
  }
  if (api.hostname.toLowerCase() === 'api.github.com') return 'https://github.com';
  return api.origin;
}

/**
 * Reads an issue, pull request or discussion URL on github.com or on the web
 * origin of the configured API (see `webOrigin`). Both are looked up through
 * the configured API. Other URLs (searches, boards, repositories) give
 * undefined.
 */
export function parseUpstreamUrl(url: string, apiUrl: string): UpstreamRef | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const host = u.hostname.toLowerCase();
  const isGitHub = host === 'github.com' || host === 'www.github.com';
  const own = webOrigin(apiUrl);
  if (!isGitHub && u.origin !== own) return undefined;
  const m = /^\/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})\/(issues|pulls?|discussions)\/(\d{1,9})(?:\/[^?#]*)?$/.exec(u.pathname);
  if (!m) return undefined;
  const [, owner, repo, segment, digits] = m;
  const kind = KINDS[segment];
  const number = Number(digits);
  if (number < 1) return undefined;
  const origin = isGitHub ? 'https://github.com' : own!;
  return {
    kind,
    owner,
    repo,
    number,
    webUrl: `${origin}/${owner}/${repo}/${WEB_SEGMENT[kind]}/${number}`,
    apiPath: `/repos/${owner}/${repo}/${API_SEGMENT[kind]}/${number}`,
  };
}

/** `owner/repo#12`. */
export function shortName(ref: UpstreamRef): string {
  return `${ref.owner}/${ref.repo}#${ref.number}`;
}
