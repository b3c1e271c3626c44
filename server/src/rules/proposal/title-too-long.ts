import { lfxTitleOf } from '../../analysis/lfxTitle';
import { LFX_TITLE_LIMIT } from '../../proposal/lfxLimits';
import type { ProposalRule } from '../rule';
import { fieldProblem, fieldRange } from '../helpers/formFields';

/** The term as CNCF's title has it: the option without its months, `2026 Term 3`. */
export function termToken(term: string): string {
  return term.replace(/\s*\(.*$/, '');
}

/**
 * The Program Name over its budget: the LFX title `CNCF - <CNCF Project>:
 * <Program Name> (<term>)` must fit in 100 characters, computed from the
 * form's values as CNCF's lib/title.js does.
 */
export const titleTooLongInProposal: ProposalRule = {
  code: 'title-too-long',
  defaultSeverity: 'error',
  description: 'The Program Name of a proposal document makes the LFX title over 100 characters.',
  scope: 'proposal',
  check(body) {
    const s = body.section('Program Name');
    const name = body.value('Program Name');
    if (!s || !name) return [];
    const { text, nameBudget } = lfxTitleOf(body.value('CNCF Project'), name, termToken(body.value('Term')));
    if (name.length <= nameBudget) return [];
    return [fieldProblem('Program Name', fieldRange(s), `The LFX title "${text}" is ${text.length} characters, over LFX's ${LFX_TITLE_LIMIT}: shorten the Program Name (${name.length}) to at most ${nameBudget} characters`)];
  },
};
