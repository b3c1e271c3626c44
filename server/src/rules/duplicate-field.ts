import type { CanonicalLabel, Field, Idea } from '../model/types';
import type { IdeaRule, Problem } from './rule';

/** The same field twice in one idea (aliases count as their field: `Mentors` after `Mentor(s)`), reported on the later line. */
export const duplicateField: IdeaRule = {
  code: 'duplicate-field',
  defaultSeverity: 'error',
  description: 'The same field appears twice in one idea.',
  scope: 'idea',
  check(idea: Idea) {
    const first = new Map<CanonicalLabel, Field>();
    const problems: Problem[] = [];
    for (const field of idea.fields) {
      if (!field.label) continue;
      const earlier = first.get(field.label);
      if (!earlier) {
        first.set(field.label, field);
        continue;
      }
      // A distance, not a line number: per-idea results are cached and moved with the idea, their messages are not.
      const above = field.lineRange.start.line - earlier.lineRange.start.line;
      problems.push({
        range: field.lineRange,
        message: `Field "${field.rawLabel}" repeats the "${earlier.rawLabel}" field ${above} line${above === 1 ? '' : 's'} above in idea "${idea.title}": merge the two into one "${field.label}" field`,
      });
    }
    return problems;
  },
};
