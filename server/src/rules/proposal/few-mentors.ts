import { validateFormMentors } from '../../kinds/proposal/mentors';
import type { ProposalRule } from '../rule';
import { fieldProblem } from '../helpers/formFields';

/** Exactly one mentor on an otherwise valid Mentors field: CNCF's warning, two are preferred. */
export const fewMentorsInProposal: ProposalRule = {
  code: 'few-mentors',
  defaultSeverity: 'warning',
  description: 'Exactly one mentor in a proposal document (two are preferred).',
  scope: 'proposal',
  check(body) {
    const result = validateFormMentors(body);
    if (!result.ok || result.count !== 1) return [];
    return [fieldProblem('Mentors', body.mentors[0].range, 'Only one mentor is listed: CNCF usually prefers at least two; add a co-mentor if you can')];
  },
};
