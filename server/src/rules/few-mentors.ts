import { mentorFields, mentorLabel } from './mentorText';
import type { IdeaRule } from './rule';

/** Exactly one mentor: CNCF's automation warns that two are preferred. */
export const fewMentors: IdeaRule = {
  code: 'few-mentors',
  defaultSeverity: 'warning',
  description: 'Exactly one mentor (two are preferred).',
  scope: 'idea',
  check(idea) {
    return mentorFields(idea)
      .filter((f) => f.mentors.length === 1)
      .map((f) => ({
        range: f.lineRange,
        message: `only one mentor (${mentorLabel(f.mentors[0])}): CNCF prefers at least two; add a co-mentor`,
      }));
  },
};
