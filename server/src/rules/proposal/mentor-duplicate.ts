import type { ProposalRule } from '../rule';
import { fieldProblem, mentorRole } from '../helpers/formFields';
import { mentorErrors } from '../helpers/mentorProblems';

/** The same handle or e-mail on two mentor lines (case-insensitive), which CNCF rejects. */
export const mentorDuplicateInProposal: ProposalRule = {
  code: 'mentor-duplicate',
  defaultSeverity: 'error',
  description: 'The same mentor handle or e-mail appears twice in a proposal document.',
  scope: 'proposal',
  check(body) {
    return mentorErrors(body, 'dup-handle', 'dup-email').map((e) =>
      fieldProblem('Mentors', e.part!.text ? e.part!.range : e.line!.range, `${mentorRole(e.line!.index)}: ${e.code === 'dup-handle' ? 'handle' : 'e-mail'} \`${e.value}\` is already an earlier mentor's: list each mentor once`),
    );
  },
};
