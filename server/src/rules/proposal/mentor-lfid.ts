import type { ProposalRule } from '../rule';
import { fieldProblem, mentorRole } from '../helpers/formFields';
import { mentorErrors } from '../helpers/mentorProblems';

/**
 * A mentor's LFID (LF Username, the fourth part of a Mentors line) missing,
 * not one token without spaces, `@` or `/`, or the same as an earlier
 * mentor's: CNCF rejects the proposal until every mentor has one.
 */
export const mentorLfid: ProposalRule = {
  code: 'mentor-lfid',
  defaultSeverity: 'error',
  description: "A mentor's LFID in a proposal document is missing, malformed or the same as another's.",
  scope: 'proposal',
  check(body) {
    return mentorErrors(body, 'lfid-missing', 'lfid-format', 'dup-lfid').map((e) => {
      const role = mentorRole(e.line!.index);
      if (e.code === 'lfid-missing') {
        return fieldProblem('Mentors', e.line!.range, `${role}: no LFID (LF Username): add it as the fourth part, \`| janedoe\`; find it on openprofile.dev (the "Public profile URL")`);
      }
      if (e.code === 'lfid-format') return fieldProblem('Mentors', e.part!.range, `${role}: LFID \`${e.value}\` is not an LF Username: one word without spaces, \`@\` or \`/\`, e.g. \`janedoe\``);
      return fieldProblem('Mentors', e.part!.range, `${role}: LFID \`${e.value}\` is already an earlier mentor's: each mentor has their own`);
    });
  },
};
