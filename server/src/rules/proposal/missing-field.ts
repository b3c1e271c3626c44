import type { ProposalRule, Problem } from '../rule';
import { FORM_LABELS, fieldProblem, missingFieldRange } from '../helpers/formFields';

/**
 * A section of the form missing from a proposal document: CNCF rejects a
 * body without every `### <label>` heading the form writes ("missing required
 * template section(s)"), required or not. The fix renames a heading written
 * in another case (`### mentors`), else inserts the section, `_No response_`,
 * where the form puts it.
 */
export const missingFieldInProposal: ProposalRule = {
  code: 'missing-field',
  defaultSeverity: 'error',
  description: 'A section of the proposal form is missing from a proposal document.',
  scope: 'proposal',
  check(body) {
    const problems: Problem[] = [];
    for (const label of FORM_LABELS) {
      if (body.section(label)) continue;
      const near = body.sections.find((s) => s.label.toLowerCase().replace(/\s+/g, ' ') === label.toLowerCase() && !FORM_LABELS.includes(s.label));
      if (near) {
        problems.push(
          fieldProblem(label, near.headingRange, `The heading "### ${near.label}" is not the form's "### ${label}": CNCF reads the field by its exact label and rejects the proposal without it`, {
            fix: { title: `Rename the heading to "### ${label}"`, edits: [{ range: near.labelRange, newText: label }], preferred: true },
          }),
        );
        continue;
      }
      const range = missingFieldRange(body, label);
      const atEnd = !body.sections.some((s) => s.headingRange.start.line === range.start.line && s.headingRange.start.character === range.start.character);
      problems.push(
        fieldProblem(label, range, `The proposal has no "### ${label}" section: CNCF rejects a body without every section of the form; add it (\`_No response_\` when it stays empty)`, {
          fix: {
            title: `Insert the "### ${label}" section`,
            edits: [{ range: { start: range.start, end: range.start }, newText: atEnd ? `\n\n### ${label}\n\n_No response_\n` : `### ${label}\n\n_No response_\n\n` }],
            preferred: true,
          },
        }),
      );
    }
    return problems;
  },
};
