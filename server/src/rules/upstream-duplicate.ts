import { allIdeas, type Idea } from '../model/types';
import type { DocumentRule, Problem } from './rule';
import { distinctUrls, upstreamFields } from './helpers/upstreamFields';

/**
 * An idea whose Upstream Issue is also another idea's, in the same file,
 * compared as CNCF's automation compares them (links.ts `normaliseUrl`).
 * Reported on the later idea's field line.
 */
export const upstreamDuplicate: DocumentRule = {
  code: 'upstream-duplicate',
  defaultSeverity: 'warning',
  description: 'The same Upstream Issue URL as another idea in the file.',
  scope: 'document',
  check({ doc }) {
    const first = new Map<string, { idea: Idea; line: number }>();
    const problems: Problem[] = [];
    for (const idea of allIdeas(doc)) {
      // The URLs this idea repeated in an earlier field of its own: reported once.
      let reported: Set<string> | undefined;
      for (const field of upstreamFields(idea)) {
        let repeated: { url: string; title: string; line: number }[] | undefined;
        for (const { url, key } of distinctUrls(field)) {
          const earlier = first.get(key);
          if (!earlier) first.set(key, { idea, line: field.lineRange.start.line });
          else if (earlier.idea !== idea && !reported?.has(key)) {
            (reported ??= new Set()).add(key);
            (repeated ??= []).push({ url, title: earlier.idea.title, line: earlier.line });
          }
        }
        if (!repeated) continue;
        const [r] = repeated;
        const more = repeated.length > 1 ? ` (and ${repeated.length - 1} more shared URL${repeated.length > 2 ? 's' : ''})` : '';
        problems.push({
          range: field.lineRange,
          message: `Upstream Issue ${r.url} is also the upstream issue of "${r.title}" (line ${r.line + 1})${more}: give each idea its own issue`,
        });
      }
    }
    return problems;
  },
};
