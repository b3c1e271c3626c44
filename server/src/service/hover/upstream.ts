import type { Hover } from 'vscode-languageserver-types';
import type { HoverProvider } from './provider';
import { fieldLinkAt } from '../../github/fieldLinks';
import { parseUpstreamUrl, shortName, UPSTREAM_KIND_NAME, type UpstreamRef } from '../../github/url';
import { failureText, fetchUpstream, type UpstreamItem, type UpstreamResult } from '../../github/upstream';
import { bodyExcerpt, escapeText } from '../../github/markdown';

const EXCERPT_LINES = 8;
const EXCERPT_CHARS = 600;

/** Hover on an issue, pull request or discussion URL in a field: a preview fetched from GitHub, or why there is none. */
export const upstreamHover: HoverProvider = async (file, position, services, token) => {
  const found = fieldLinkAt(file.analysis.doc, position);
  if (!found) return undefined;
  const ref = parseUpstreamUrl(found.link.url, services.settings.github.apiUrl);
  if (!ref) return undefined;
  const { client } = services.github;
  const cancel = new AbortController();
  const subscription = token.onCancellationRequested(() => cancel.abort());
  try {
    const result = await fetchUpstream(client, ref, cancel.signal);
    if (token.isCancellationRequested) return undefined;
    const hover: Hover = {
      contents: { kind: 'markdown', value: renderPreview(ref, result, client.hasToken(), client.timeoutMs) },
      range: found.link.range,
    };
    return hover;
  } finally {
    subscription.dispose();
  }
};

/** The hover's Markdown; every piece of GitHub's text goes through escapeText or bodyExcerpt. */
export function renderPreview(ref: UpstreamRef, result: UpstreamResult, signedIn: boolean, timeoutMs: number): string {
  const heading = `**[${shortName(ref)}](${ref.webUrl})**`;
  const open = `[Open on GitHub](${ref.webUrl})`;
  const signInNote = '_Not signed in to GitHub: 60 requests an hour. Sign in (command "Sign in to GitHub", or GITHUB_TOKEN elsewhere) to raise the limit._';
  if (!result.ok) {
    const parts = [`${heading} · ${UPSTREAM_KIND_NAME[ref.kind]}`, `No preview. ${failureText(result, signedIn, timeoutMs)}`, open];
    return parts.join('\n\n');
  }
  const item = result.data;
  const parts = [`${heading} · ${UPSTREAM_KIND_NAME[item.kind]} · **${stateText(item)}**`, `**${escapeText(item.title)}**`];
  if (item.labels.length) parts.push(`Labels: ${item.labels.map(escapeText).join(', ')}`);
  const activity = [
    item.author ? `Opened by @${escapeText(item.author)}` : 'Opened',
    item.createdAt ? `on ${item.createdAt.slice(0, 10)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const more = [activity];
  if (item.updatedAt) more.push(`updated ${item.updatedAt.slice(0, 10)}`);
  if (item.comments !== undefined) more.push(`${item.comments} comment${item.comments === 1 ? '' : 's'}`);
  parts.push(more.join(' · '));
  const excerpt = bodyExcerpt(item.body, EXCERPT_LINES, EXCERPT_CHARS);
  if (excerpt.text) {
    parts.push('---', excerpt.text);
    if (excerpt.cut || item.bodyCut) parts.push('_… (shortened)_');
    parts.push('---');
  }
  parts.push(open);
  if (!signedIn) parts.push(signInNote);
  return parts.join('\n\n');
}

function stateText(item: UpstreamItem): string {
  switch (item.state) {
    case 'open':
      return 'open';
    case 'draft':
      return 'open (draft)';
    case 'merged':
      return 'merged';
    case 'closed': {
      if (item.kind === 'pull') return 'closed without merging';
      const reason = item.stateReason?.replace(/_/g, ' ');
      return reason && reason !== 'reopened' ? `closed as ${escapeText(reason)}` : 'closed';
    }
  }
}
