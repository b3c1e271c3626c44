import { isDisabled } from '../analysis/controlComments';
import { fieldLinks } from '../github/fieldLinks';
import { failureText, fetchUpstream, type UpstreamItem, type UpstreamResult } from '../github/upstream';
import { parseUpstreamUrl, shortName, UPSTREAM_KIND_NAME, type UpstreamRef } from '../github/url';
import type { IdeasDocument, Range } from '../model/types';
import type { AsyncRule, AsyncRuleContext, Problem } from './rule';

const CODE = 'upstream-closed';
/** Requests in flight at once for one document. */
const CONCURRENCY = 4;

/** What the rule says of one fetched link; undefined for an open one, or when GitHub could not tell (timeout, error, rate limit). */
export function verdict(ref: UpstreamRef, result: UpstreamResult): string | undefined {
  const name = `${UPSTREAM_KIND_NAME[ref.kind]} ${shortName(ref)}`;
  if (result.ok) {
    const item = result.data;
    if (item.state === 'merged') return `Upstream ${UPSTREAM_KIND_NAME[item.kind]} ${shortName(ref)} is already merged: link an open issue for the mentee's work`;
    if (item.state !== 'closed') return undefined;
    const reason = item.stateReason && item.stateReason !== 'reopened' ? ` as ${item.stateReason.replace(/_/g, ' ')}` : '';
    return `Upstream ${UPSTREAM_KIND_NAME[item.kind]} ${shortName(ref)} is closed${reason}: link an open issue, or reopen it`;
  }
  if (result.reason === 'not-found') return `Upstream ${name} was not found on GitHub: check the URL (a wrong number, a moved repository, or a private one)`;
  if (result.reason === 'unauthorized') return `Upstream ${name} cannot be read: GitHub rejected the token (401); sign in to GitHub again`;
  if (result.reason === 'forbidden') return `Upstream ${name} cannot be read with this GitHub token (403)`;
  return undefined;
}

/** The links the rule checks: those of the Upstream Issue fields that name an issue, pull request or discussion, where the rule is not disabled. */
function checkedLinks(doc: IdeasDocument, apiUrl: string): { ref: UpstreamRef; range: Range }[] {
  const out: { ref: UpstreamRef; range: Range }[] = [];
  for (const { field, link } of fieldLinks(doc, ['Upstream Issue'])) {
    const ref = parseUpstreamUrl(link.url, apiUrl);
    if (ref && !isDisabled(doc, CODE, field.lineRange.start.line)) out.push({ ref, range: field.lineRange });
  }
  return out;
}

function problems(links: { ref: UpstreamRef; range: Range }[], results: (UpstreamResult | undefined)[]): Problem[] {
  const out: Problem[] = [];
  links.forEach(({ ref, range }, i) => {
    const result = results[i];
    const message = result && verdict(ref, result);
    if (message) out.push({ range, message });
  });
  return out;
}

async function eachLimited<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * The opt-in rule upstream-closed: linked issues, pull requests and
 * discussions that are closed (or merged), missing, or unreadable with this
 * token, as GitHub tells. What GitHub told before (the client's cache, even
 * past its time to live) comes with each publication at once; what it tells
 * next, in a later one.
 */
export const upstreamClosed: AsyncRule = {
  code: CODE,
  scope: 'async',
  defaultSeverity: 'info',
  // Every kind of document links upstream issues.
  kinds: ['lfx', 'gsoc', 'proposal'],
  description: 'Only with `mentorshipIdeas.github.checkUpstreamIssues`: the linked issue is closed, missing or unreachable.',
  enabled: (settings) => settings.github.checkUpstreamIssues,
  known(ctx: AsyncRuleContext): Problem[] {
    const links = checkedLinks(ctx.doc, ctx.settings.github.apiUrl);
    return problems(
      links,
      links.map(({ ref }) => ctx.github.client.cached<UpstreamItem>(ref.apiPath)),
    );
  },
  async check(ctx: AsyncRuleContext): Promise<Problem[]> {
    const { client } = ctx.github;
    const links = checkedLinks(ctx.doc, ctx.settings.github.apiUrl);
    const results = await eachLimited(links, CONCURRENCY, ({ ref }) => fetchUpstream(client, ref, undefined, { reuseFailures: true }));
    links.forEach(({ ref }, i) => {
      const result = results[i];
      if (!result.ok && !verdict(ref, result)) ctx.note(`${shortName(ref)} not checked: ${failureText(result, client.hasToken(), client.timeoutMs)}`);
    });
    return problems(links, results);
  },
};
