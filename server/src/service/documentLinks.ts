import type { DocumentLink } from 'vscode-languageserver-types';
import type { IdeasDocument } from '../model/types';
import { allIdeas } from '../model/types';
import { fieldLinks } from '../github/fieldLinks';
import { safeUrl } from '../github/markdown';

const HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** Links of an ideas file: the Upstream Issue and LFX URL values, and each mentor's @handle to their GitHub profile. */
export function documentLinks(doc: IdeasDocument): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const { field, link } of fieldLinks(doc, ['Upstream Issue', 'LFX URL'])) {
    const target = safeUrl(link.url);
    if (!target) continue;
    links.push({ range: link.range, target, tooltip: field.label === 'LFX URL' ? 'Open on LFX Mentorship' : 'Open the upstream issue' });
  }
  for (const idea of allIdeas(doc)) {
    for (const field of idea.fields) {
      for (const mentor of field.mentors) {
        if (!mentor.handle || !mentor.handleRange || !HANDLE.test(mentor.handle)) continue;
        links.push({ range: mentor.handleRange, target: `https://github.com/${mentor.handle}`, tooltip: `GitHub profile of @${mentor.handle}` });
      }
    }
  }
  return links;
}
