import { GSOC_ERAS, gsocRequires } from '../kinds/profiles';
import { isTemplateMentor } from '../model/mentors';
import type { Mentor } from '../model/types';
import { mentorFields, mentorLabel } from './helpers/mentorText';
import type { IdeaRule, Problem } from './rule';

const PRIMARY = /\bprimary\b/i;

/** A mentor marked primary: ` - primary` after the mentor (the template's way), or `(primary)` in the name. */
export function isPrimary(m: Mentor): boolean {
  return PRIMARY.test(m.note ?? '') || PRIMARY.test(m.name);
}

/**
 * A GSoC idea (from 2024, when the template began to ask for it) whose
 * mentors mark none as primary, or several. The fix marks the first mentor
 * ` - primary`, when it is alone on its line and has no note yet.
 */
export const primaryMentor: IdeaRule = {
  code: 'primary-mentor',
  defaultSeverity: 'warning',
  description: 'A GSoC idea marks no mentor ` - primary`, or several (GSoC asks for one primary mentor).',
  scope: 'idea',
  kinds: ['gsoc'],
  check(idea, _project, { term }) {
    if (!gsocRequires(term, GSOC_ERAS.twoMentors)) return [];
    const fields = mentorFields(idea);
    const mentors = fields.flatMap((f) => f.mentors).filter((m) => !isTemplateMentor(m));
    if (mentors.length === 0) return [];
    const primaries = mentors.filter(isPrimary);
    if (primaries.length === 1) return [];
    const range = fields[0].lineRange;
    if (primaries.length > 1) {
      return [{ range, part: 'Mentor(s)', message: `${primaries.length} mentors are marked primary (${primaries.map(mentorLabel).join(', ')}): GSoC asks for one primary mentor; keep " - primary" on one` }];
    }
    const first = mentors[0];
    const problem: Problem = { range, part: 'Mentor(s)', message: 'No mentor is marked primary: GSoC asks for one primary mentor; write ` - primary` after that mentor, as in `Jane Doe (@jane-github, jane@email.address) - primary`' };
    if (!first.sharesLine && !first.note && first.range.start.line === first.range.end.line) {
      problem.fix = { title: `Mark ${mentorLabel(first)} as the primary mentor`, edits: [{ range: { start: first.range.end, end: first.range.end }, newText: ' - primary' }], preferred: true };
    }
    return [problem];
  },
};
