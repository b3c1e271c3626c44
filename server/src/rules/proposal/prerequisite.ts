import { checkedBoxes, type ProposalBody } from '../../kinds/proposal/body';
import type { Problem, ProposalRule } from '../rule';
import { URL_PATTERN, fieldProblem, fieldRange } from '../helpers/formFields';

const CUSTOM_BOX = 'Custom Prerequisite (fill in details below)';
export const CUSTOM_NAME_MAX = 20;
export const CUSTOM_DESCRIPTION_MAX = 500;

/** The field `label` (CNCF's field of the problem), shown on its section, else on the first of `near` the body has. */
function at(body: ProposalBody, label: string, ...near: string[]) {
  for (const shown of [label, ...near]) {
    const s = body.section(shown);
    if (s) return { label, range: fieldRange(s) };
  }
  return undefined;
}

/**
 * The application prerequisites as CNCF checks them (lib/validate.js): a
 * custom prerequisite (checked, or with a name or description written) needs
 * a name of at most 20 characters and a description of at most 500, and its
 * box checked; a checked Coding Challenge needs a Coding Challenge URL, and
 * that URL needs the box checked.
 */
export const prerequisite: ProposalRule = {
  code: 'prerequisite',
  defaultSeverity: 'error',
  description: 'A prerequisite of a proposal document is incomplete: a checked Coding Challenge without its URL, a custom prerequisite without its name or description, or over 20 / 500 characters.',
  scope: 'proposal',
  check(body) {
    const problems: Problem[] = [];
    const add = (where: ReturnType<typeof at>, message: string) => {
      if (where) problems.push(fieldProblem(where.label, where.range, message));
    };
    const checked = checkedBoxes(body.value('Custom Prerequisites')).includes(CUSTOM_BOX) || checkedBoxes(body.value('Application Prerequisites')).includes(CUSTOM_BOX);
    const name = body.value('Custom Prerequisite Name');
    const description = body.value('Custom Prerequisite Description');
    if (checked || name || description) {
      if (!checked) add(at(body, 'Custom Prerequisites', 'Custom Prerequisite Name', 'Custom Prerequisite Description'), 'A custom prerequisite is written but its box is not checked, so it would not be sent to LFX: check "Custom Prerequisite (fill in details below)", or clear the name and description');
      if (!name) add(at(body, 'Custom Prerequisite Name', 'Custom Prerequisites'), `Custom Prerequisite Name is empty: give the prerequisite a name (at most ${CUSTOM_NAME_MAX} characters)`);
      else if (name.length > CUSTOM_NAME_MAX) add(at(body, 'Custom Prerequisite Name'), `Custom Prerequisite Name is ${name.length} characters, over LFX's ${CUSTOM_NAME_MAX}: cut ${name.length - CUSTOM_NAME_MAX}`);
      if (!description) add(at(body, 'Custom Prerequisite Description', 'Custom Prerequisites'), `Custom Prerequisite Description is empty: say what the applicant must provide (at most ${CUSTOM_DESCRIPTION_MAX} characters)`);
      else if (description.length > CUSTOM_DESCRIPTION_MAX) add(at(body, 'Custom Prerequisite Description'), `Custom Prerequisite Description is ${description.length} characters, over LFX's ${CUSTOM_DESCRIPTION_MAX}: cut ${description.length - CUSTOM_DESCRIPTION_MAX}`);
    }
    const challenge = checkedBoxes(body.value('Application Prerequisites')).includes('Coding Challenge');
    const url = body.value('Coding Challenge URL');
    if (!challenge && url) add(at(body, 'Coding Challenge URL'), 'A Coding Challenge URL is written but "Coding Challenge" is not checked under Application Prerequisites, so it would not be sent to LFX: check it, or clear the URL');
    else if (challenge && !url) add(at(body, 'Coding Challenge URL', 'Application Prerequisites'), 'Coding Challenge is checked but the Coding Challenge URL is empty: LFX requires it; add the URL, or uncheck Coding Challenge');
    else if (challenge && !URL_PATTERN.test(url)) add(at(body, 'Coding Challenge URL'), `Coding Challenge URL \`${url}\` is not a URL: write one \`https://...\` URL, without spaces`);
    return problems;
  },
};
