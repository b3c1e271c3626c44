import { EMAIL_PATTERN } from '../../model/mentors';
import type { Problem, ProposalRule } from '../rule';
import { fieldProblem, mentorRole } from '../helpers/formFields';
import { mentorErrors } from '../helpers/mentorProblems';

/** One address inside a wrapping CNCF does not undo (`[Jo](<mailto:jo@x.io>)`, `(jo@x.io)`), when there is exactly one. */
function wrappedAddress(text: string): string | undefined {
  const found = [...new Set([...text.matchAll(/[^\s@<>()[\]:"',;]+@[^\s@<>()[\]:"',;]+\.[^\s@<>()[\]:"',;]+/g)].map((m) => m[0]))];
  return found.length === 1 && EMAIL_PATTERN.test(found[0]) && found[0] !== text ? found[0] : undefined;
}

/**
 * A mentor's e-mail that CNCF's pattern rejects, after unwrapping
 * `[a@b](mailto:a@b)`, `<a@b>` and `mailto:a@b` as CNCF does. An address
 * inside another wrapping is fixed by writing it bare.
 */
export const mentorEmailInProposal: ProposalRule = {
  code: 'mentor-email',
  defaultSeverity: 'error',
  description: "A mentor's e-mail in a proposal document is missing or malformed.",
  scope: 'proposal',
  check(body) {
    return mentorErrors(body, 'email').map((e): Problem => {
      const part = e.part!;
      const role = mentorRole(e.line!.index);
      if (!e.value) return fieldProblem('Mentors', e.line!.range, `${role}: the e-mail is empty: write the address tied to the mentor's LFID after the handle`);
      const address = wrappedAddress(part.text);
      return fieldProblem('Mentors', part.range, `${role}: e-mail \`${e.value}\` is not an address CNCF accepts${address ? `: write it as \`${address}\`` : ': write it as name@example.org'}`, {
        ...(address ? { fix: { title: `Write the e-mail as "${address}"`, edits: [{ range: part.range, newText: address }], preferred: true } } : {}),
      });
    });
  },
};
