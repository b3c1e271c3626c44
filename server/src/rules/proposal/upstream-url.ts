import type { ProposalRule } from '../rule';
import { URL_PATTERN, fieldProblem, fieldRange } from '../helpers/formFields';

/** An Upstream Issue URL that is not one `http(s)://` URL without spaces, as CNCF checks it (an empty one is empty-field's). */
export const upstreamUrlInProposal: ProposalRule = {
  code: 'upstream-url',
  defaultSeverity: 'error',
  description: 'The Upstream Issue URL of a proposal document is not an http(s) URL.',
  scope: 'proposal',
  check(body) {
    const s = body.section('Upstream Issue URL');
    const url = body.value('Upstream Issue URL');
    if (!s || !url || URL_PATTERN.test(url)) return [];
    const bare = /^<(https?:\/\/\S+)>$/.exec(url)?.[1] ?? /^\[[^\]]*\]\((https?:\/\/[^\s)]+)\)$/.exec(url)?.[1];
    const scheme = /^(?:www\.)?github\.com\/\S+$/i.test(url) ? `https://${url}` : undefined;
    const fixed = bare ?? scheme;
    return [
      fieldProblem('Upstream Issue URL', fieldRange(s), `Upstream Issue URL \`${url.length > 80 ? url.slice(0, 79) + '…' : url}\` is not a URL CNCF accepts: write one \`https://...\` URL, without spaces${fixed ? ` (\`${fixed}\`)` : ''}`, {
        ...(fixed ? { fix: { title: `Write the URL as "${fixed}"`, edits: [{ range: fieldRange(s), newText: fixed }], preferred: true } } : {}),
      }),
    ];
  },
};
