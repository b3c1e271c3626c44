import { TERM_OPTIONS, parseTermOption } from '../../proposal/form';
import type { ProposalRule } from '../rule';
import { fieldProblem, fieldRange } from '../helpers/formFields';

const OPTION_SHAPE = /^(20\d\d) Term ([1-3]) \((Mar-May|Jun-Aug|Sep-Nov)\)$/;
const MONTHS = ['', 'Mar-May', 'Jun-Aug', 'Sep-Nov'];

/** A later term than the bundled form offers, written as the form writes its options: the form grows a term a season. */
function laterOption(term: string): boolean {
  const m = OPTION_SHAPE.exec(term);
  if (!m || MONTHS[Number(m[2])] !== m[3]) return false;
  const key = Number(m[1]) * 10 + Number(m[2]);
  return TERM_OPTIONS.every((o) => {
    const t = /^(20\d\d) Term ([1-3])/.exec(o);
    return !t || Number(t[1]) * 10 + Number(t[2]) < key;
  });
}

/**
 * A Term that is not one the form's dropdown offers (`2026 Term 3 (Sep-Nov)`).
 * CNCF reads the term's `YYYY Term N` for the LFX title and the labels, so a
 * term written otherwise that still names one (`2026 term 3`) is a warning,
 * fixed to the form's option; one that names no term is an error.
 */
export const proposalTerm: ProposalRule = {
  code: 'proposal-term',
  defaultSeverity: 'error',
  description: 'The Term of a proposal document is not one the form offers.',
  scope: 'proposal',
  check(body) {
    const s = body.section('Term');
    const term = body.value('Term');
    if (!s || !term || TERM_OPTIONS.includes(term) || laterOption(term)) return [];
    const option = parseTermOption(term);
    const offered = TERM_OPTIONS.length ? ` (the form offers ${TERM_OPTIONS.map((o) => `\`${o}\``).join(', ')})` : '';
    if (option && /^20\d\d\s+Term\s+0?[1-3]\b/i.test(term)) {
      return [
        fieldProblem('Term', fieldRange(s), `Term \`${term}\` is not written as the form's option \`${option}\`${offered}`, {
          severity: 'warning',
          fix: { title: `Write the term as "${option}"`, edits: [{ range: fieldRange(s), newText: option }], preferred: true },
        }),
      ];
    }
    return [fieldProblem('Term', fieldRange(s), `Term \`${term}\` is not a term of the form${offered}: write it as \`YYYY Term N (months)\`, which the LFX title and CNCF's labels are made from`)];
  },
};
