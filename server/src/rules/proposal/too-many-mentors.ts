import type { ProposalRule } from '../rule';
import { MAX_FORM_MENTORS, fieldProblem } from '../helpers/formFields';
import { mentorErrors } from '../helpers/mentorProblems';

/** More than four mentor lines (a primary and up to 3 co-mentors), which CNCF rejects. */
export const tooManyMentorsInProposal: ProposalRule = {
  code: 'too-many-mentors',
  defaultSeverity: 'error',
  description: 'More than 4 mentors in a proposal document.',
  scope: 'proposal',
  check(body) {
    if (mentorErrors(body, 'too-many').length === 0) return [];
    const extra = body.mentors.slice(MAX_FORM_MENTORS);
    const range = { start: extra[0].range.start, end: extra[extra.length - 1].range.end };
    return [fieldProblem('Mentors', range, `${body.mentors.length} mentors listed: LFX takes at most ${MAX_FORM_MENTORS} (a primary and up to 3 co-mentors); keep ${MAX_FORM_MENTORS}`)];
  },
};
