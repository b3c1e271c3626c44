import { mentorFields } from './mentorText';
import type { IdeaRule } from './rule';

/** LFX takes a primary mentor and up to three co-mentors. */
export const MAX_MENTORS = 4;

/** More than four mentors on one idea. */
export const tooManyMentors: IdeaRule = {
  code: 'too-many-mentors',
  defaultSeverity: 'error',
  description: 'More than 4 mentors (LFX: a primary and up to 3 co-mentors).',
  scope: 'idea',
  check(idea) {
    const fields = mentorFields(idea);
    const over = fields.filter((f) => f.mentors.length > MAX_MENTORS);
    const total = fields.reduce((n, f) => n + f.mentors.length, 0);
    // The proposal files the mentors of every Mentor(s) field together.
    if (over.length === 0 && total > MAX_MENTORS) {
      return [{ range: fields[0].lineRange, message: `${total} mentors listed across ${fields.length} Mentor(s) fields, which the proposal files together: LFX takes at most ${MAX_MENTORS} (a primary and up to 3 co-mentors); keep ${MAX_MENTORS}` }];
    }
    return over.map((f) => ({
      range: f.lineRange,
      message: `${f.mentors.length} mentors listed: LFX takes at most ${MAX_MENTORS} (a primary and up to 3 co-mentors); keep ${MAX_MENTORS}`,
    }));
  },
};
