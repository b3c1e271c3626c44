import { mentorFields, mentorLabel } from './helpers/mentorText';
import type { IdeaRule } from './rule';

/** Exactly one mentor: CNCF's automation warns that two are preferred. While an entry is written, not before its Mentor(s) hold a real mentor (the template's line counts as one). */
export const fewMentors: IdeaRule = {
  code: 'few-mentors',
  defaultSeverity: 'warning',
  description: 'Exactly one mentor (two are preferred).',
  scope: 'idea',
  check(idea, _project, ctx) {
    // The mentors of every mentor field (a `Co-Mentor:` one too) are filed together.
    const fields = mentorFields(idea);
    const mentors = fields.flatMap((f) => f.mentors);
    if (mentors.length !== 1) return [];
    const field = fields.find((f) => f.mentors.length === 1)!;
    if (ctx.kind === 'gsoc') return [{ range: field.lineRange, part: 'Mentor(s)', message: `Only one mentor (${mentorLabel(mentors[0])}): GSoC requires at least two, one of them the primary mentor; add a co-mentor` }];
    return [{ range: field.lineRange, part: 'Mentor(s)', message: `Only one mentor (${mentorLabel(mentors[0])}): CNCF prefers at least two; add a co-mentor` }];
  },
};
