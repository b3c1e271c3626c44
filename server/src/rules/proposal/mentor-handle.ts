import { HANDLE_PATTERN } from '../../model/mentors';
import type { Problem, ProposalRule } from '../rule';
import { fieldProblem, mentorRole } from '../helpers/formFields';
import { mentorErrors } from '../helpers/mentorProblems';

/** A mentor's handle that is not `@username` as CNCF checks it; a handle written without its `@` is fixed by adding it. */
export const mentorHandleInProposal: ProposalRule = {
  code: 'mentor-handle',
  defaultSeverity: 'error',
  description: "A mentor's GitHub handle in a proposal document is not `@username`.",
  scope: 'proposal',
  check(body) {
    return mentorErrors(body, 'handle').map((e): Problem => {
      const part = e.part!;
      const role = mentorRole(e.line!.index);
      if (!part.text) return fieldProblem('Mentors', e.line!.range, `${role}: the GitHub handle is empty: write it as \`@username\` after the name`);
      const withAt = '@' + part.text.replace(/^@+/, '');
      const fixable = !part.text.startsWith('@') && HANDLE_PATTERN.test(withAt);
      return fieldProblem('Mentors', part.range, `${role}: handle \`${part.text}\` is not \`@username\`${fixable ? ': the `@` is missing' : ': a GitHub username has only letters, digits and single hyphens, at most 39'}`, {
        ...(fixable ? { fix: { title: `Write the handle as "${withAt}"`, edits: [{ range: { start: part.range.start, end: part.range.start }, newText: '@' }], preferred: true } } : {}),
      });
    });
  },
};
