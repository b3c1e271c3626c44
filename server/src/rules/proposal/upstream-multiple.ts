import type { ProposalRule } from '../rule';
import { URL_PATTERN, fieldProblem, fieldRange } from '../helpers/formFields';

/** An Upstream Issue URL holding a comma: CNCF takes exactly one URL ("create an umbrella issue"). */
export const upstreamMultipleInProposal: ProposalRule = {
  code: 'upstream-multiple',
  defaultSeverity: 'error',
  description: 'The Upstream Issue URL of a proposal document holds more than one URL.',
  scope: 'proposal',
  check(body) {
    const s = body.section('Upstream Issue URL');
    const url = body.value('Upstream Issue URL');
    if (!s || !URL_PATTERN.test(url) || !url.includes(',')) return [];
    return [fieldProblem('Upstream Issue URL', fieldRange(s), 'Upstream Issue URL should be one URL: LFX takes exactly one; link an umbrella issue in the project that lists the others')];
  },
};
