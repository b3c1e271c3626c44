import { filedMentorCount, mentorFields } from './helpers/mentorText';
import { MAX_MENTORS } from '../proposal/lfxLimits';
import type { IdeaRule } from './rule';

/** More than four mentors on one idea. */
export const tooManyMentors: IdeaRule = {
  code: 'too-many-mentors',
  defaultSeverity: 'error',
  description: 'More than 4 mentors (LFX: a primary and up to 3 co-mentors).',
  scope: 'idea',
  check(idea) {
    const fields = mentorFields(idea);
    const over = fields.filter((f) => f.mentors.length > MAX_MENTORS);
    if (over.length > 0 || fields.length === 0) {
      return over.map((f) => ({
        range: f.lineRange,
        message: `Too many mentors: ${f.mentors.length} listed, LFX takes at most ${MAX_MENTORS} (a primary and up to 3 co-mentors); keep ${MAX_MENTORS}`,
      }));
    }
    // The proposal files the mentors of every Mentor(s) field and of Co-Mentor fields together, one line each.
    const total = filedMentorCount(fields);
    if (total <= MAX_MENTORS) return [];
    return [{ range: fields[0].lineRange, message: `Too many mentors: ${total} listed across the entry's mentor fields, which the proposal files together; LFX takes at most ${MAX_MENTORS} (a primary and up to 3 co-mentors); keep ${MAX_MENTORS}` }];
  },
};
