import { allIdeas, type Idea } from '../model/types';
import type { DocumentRule, Problem } from './rule';
import { TITLE_PART } from './entryParts';

/** Titles compare ignoring case and whitespace: `Trace  View` and `trace view` are one title. */
function titleKey(title: string): string {
  return title.toLowerCase().replace(/\s+/g, '');
}

/** Two ideas of one file with the same title, reported on the later heading. */
export const duplicateIdeaTitle: DocumentRule = {
  code: 'duplicate-idea-title',
  defaultSeverity: 'error',
  description: 'Two ideas in one file have the same title.',
  scope: 'document',
  reads: 'headings',
  check({ doc }) {
    const first = new Map<string, Idea>();
    const problems: Problem[] = [];
    for (const idea of allIdeas(doc)) {
      const key = titleKey(idea.title);
      if (!key) continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, idea);
        continue;
      }
      problems.push({
        range: idea.headingRange,
        part: TITLE_PART,
        message: `Idea title "${idea.title}" is already used by the idea on line ${earlier.headingRange.start.line + 1}: give each idea its own title, or merge the two`,
      });
    }
    return problems;
  },
};
