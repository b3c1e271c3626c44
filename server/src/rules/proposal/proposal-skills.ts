import { FORM_FIELDS } from '../../proposal/form';
import type { ProposalRule } from '../rule';
import { fieldProblem, fieldRange } from '../helpers/formFields';

const SAME = 'Skills same as Technologies?';
const SKILLS = 'Required/Desirable Skills';

/**
 * The skills, as CNCF checks them: either "Skills same as Technologies?" is
 * checked or Required/Desirable Skills is filled in (an error when neither);
 * both is CNCF's warning, since the export then uses the Technologies.
 */
export const proposalSkills: ProposalRule = {
  code: 'proposal-skills',
  defaultSeverity: 'error',
  description: 'A proposal document neither checks "Skills same as Technologies?" nor gives Required/Desirable Skills (or does both).',
  scope: 'proposal',
  check(body) {
    const box = body.value(SAME);
    const same = box.includes('[X]') || box.includes('[x]');
    const skills = body.value(SKILLS);
    const boxSection = body.section(SAME);
    const skillsSection = body.section(SKILLS);
    const where = boxSection ?? skillsSection;
    if (!where) return [];
    if (!same && !skills) {
      const option = FORM_FIELDS.find((f) => f.label === SAME)?.options?.[0];
      const unchecked = boxSection?.valueRange && option && body.value(SAME) === `- [ ] ${option}` ? boxSection.valueRange : undefined;
      return [
        fieldProblem(SKILLS, fieldRange(where), `Neither is "${SAME}" checked nor are ${SKILLS} given: CNCF requires one; check the box, or list the skills under "### ${SKILLS}"`, {
          ...(unchecked ? { fix: { title: `Check "${SAME}"`, edits: [{ range: unchecked, newText: `- [X] ${option}` }] } } : {}),
        }),
      ];
    }
    if (same && skills) {
      return [fieldProblem(SKILLS, fieldRange(skillsSection ?? where), `The box "${SAME}" is checked and ${SKILLS} are given too: the export uses the Technologies for both; clear one or the other`, { severity: 'warning' })];
    }
    return [];
  },
};
