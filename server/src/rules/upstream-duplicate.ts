import { allIdeas } from '../model/types';
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
    const first = new Map<string, { title: string; line: number }>();
    const problems: Problem[] = [];
    for (const idea of allIdeas(doc)) {
      const mine = new Set<string>();
      for (const field of upstreamFields(idea)) {
        const repeated: { url: string; title: string; line: number }[] = [];
        for (const { url, key } of distinctUrls(field)) {
          if (mine.has(key)) continue;
          mine.add(key);
          const earlier = first.get(key);
          if (earlier) repeated.push({ url, ...earlier });
          else first.set(key, { title: idea.title, line: field.lineRange.start.line });
        }
        if (repeated.length === 0) continue;
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
