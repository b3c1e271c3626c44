import type { ProposalRule } from '../rule';
import { REQUIRED_FORM_FIELDS, fieldProblem, fieldRange } from '../helpers/formFields';

const WHAT: Record<string, string> = {
  'CNCF Project': 'the CNCF project the program belongs to',
  Term: 'the term, as the form offers it (e.g. `2026 Term 3 (Sep-Nov)`)',
  'Program Name': 'the descriptive part of the program name shown on LFX',
  'Program Description': 'what the program is about and what success looks like (up to 3000 characters)',
  Technologies: 'comma-separated languages, frameworks and platforms',
  Mentors: 'one `Name | @handle | email | LFID` line per mentor, the primary first',
  'Upstream Issue URL': 'the URL of one tracking issue in the project',
};

/** A required field of the form left empty (or `_No response_`), which CNCF rejects ("... is empty"). A missing section is missing-field's. */
export const emptyFieldInProposal: ProposalRule = {
  code: 'empty-field',
  defaultSeverity: 'error',
  description: 'A required field of a proposal document is empty.',
  scope: 'proposal',
  check(body) {
    return REQUIRED_FORM_FIELDS.flatMap((label) => {
      const s = body.section(label);
      if (!s || s.value) return [];
      return [fieldProblem(label, fieldRange(s), `${label} is empty${s.noResponse ? ' (`_No response_`)' : ''}: CNCF requires it; write ${WHAT[label]}`)];
    });
  },
};
