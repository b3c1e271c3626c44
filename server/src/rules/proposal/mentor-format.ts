import { parseMentorLine } from '../../model/mentors';
import type { ProposalRule } from '../rule';
import type { Fix } from '../../analysis/diagnostic';
import { fieldProblem, mentorRole } from '../helpers/formFields';
import { mentorErrors } from '../helpers/mentorProblems';
import type { FormMentorLine } from '../../kinds/proposal/body';

/** A line written as an ideas file writes a mentor, `Name (@handle, email)`: the form's parts, the LFID left to fill in. */
function asFormLine(line: FormMentorLine): Fix | undefined {
  const [m, ...more] = parseMentorLine(line.text, 0, 0);
  if (!m || more.length > 0 || !m.name || !m.handle || !m.email || m.name.includes('|')) return undefined;
  return { title: 'Write the mentor as "Name | @handle | email | LFID"', edits: [{ range: line.range, newText: `${m.name} | @${m.handle} | ${m.email} | ` }] };
}

/**
 * A Mentors line CNCF cannot split into `Name | @handle | email | LFID` (3 or
 * 4 parts), or with no name: errors in a proposal, as CNCF rejects them. A
 * line written as `Name (@handle, email)` is rewritten in the form's shape.
 */
export const mentorFormatInProposal: ProposalRule = {
  code: 'mentor-format',
  defaultSeverity: 'warning',
  description: 'A Mentors line of a proposal document is not `Name | @handle | email | LFID`.',
  scope: 'proposal',
  check(body) {
    return mentorErrors(body, 'count', 'name').map((e) => {
      const line = e.line!;
      if (e.code === 'name') return fieldProblem('Mentors', e.part!.range.start.character === e.part!.range.end.character ? line.range : e.part!.range, `${mentorRole(line.index)}: the name is empty: write it before the first \`|\``, { severity: 'error' });
      const fix = asFormLine(line);
      return fieldProblem('Mentors', line.range, `${mentorRole(line.index)}: \`${line.text}\` has ${line.parts.length} \`|\`-separated part${line.parts.length === 1 ? '' : 's'}: CNCF needs \`Name | @handle | email | LFID\` (3 or 4 parts), one mentor a line`, { severity: 'error', ...(fix ? { fix } : {}) });
    });
  },
};
