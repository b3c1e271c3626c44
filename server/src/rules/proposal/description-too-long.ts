import { DESCRIPTION_LIMIT } from '../../proposal/lfxLimits';
import type { ProposalRule } from '../rule';
import { fieldProblem } from '../helpers/formFields';

/** The Program Description over LFX's 3000 characters, counted as CNCF does (the trimmed field's JavaScript length). */
export const descriptionTooLongInProposal: ProposalRule = {
  code: 'description-too-long',
  defaultSeverity: 'error',
  description: "The Program Description of a proposal document is over LFX's 3000 characters.",
  scope: 'proposal',
  check(body) {
    const s = body.section('Program Description');
    const count = body.value('Program Description').length;
    if (!s || count <= DESCRIPTION_LIMIT) return [];
    return [
      fieldProblem('Program Description', s.headingRange, `Program Description is ${count.toLocaleString('en-US')} characters, over LFX's ${DESCRIPTION_LIMIT.toLocaleString('en-US')}: cut ${(count - DESCRIPTION_LIMIT).toLocaleString('en-US')} (details can live in the upstream issue)`),
    ];
  },
};
