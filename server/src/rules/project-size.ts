import { PROJECT_SIZES, projectSizeField, sizesIn, templateSize } from '../kinds/gsoc/projectSize';
import { GSOC_ERAS, gsocRequires } from '../kinds/profiles';
import type { CanonicalLabel, Field, Idea } from '../model/types';
import { quote } from './helpers/mentorText';
import type { IdeaRule, Problem } from './rule';
import type { Fix } from '../analysis/diagnostic';
import type { TextEdit } from '../model/types';

const LABEL = 'Expected project size';
const CHOICES = PROJECT_SIZES.map((s) => templateSize(s.size)).join(', ');

/** The fields the template puts before `Expected project size`. */
const BEFORE: (CanonicalLabel | undefined)[] = ['Description', 'Expected Outcome', 'Recommended Skills'];

/**
 * A GSoC idea (from 2022, when Google introduced sizes) without `Expected
 * project size`, or whose size is not one of Google's three: small (~90
 * hours), medium (~175) or large (~350). The words and the hours are read
 * in any case and form (`Large`, `350h`, `medium (~175 hour projects)`); a
 * value naming two sizes is a warning: GSoC registers one.
 */
export const projectSize: IdeaRule = {
  code: 'project-size',
  defaultSeverity: 'error',
  description: '`Expected project size` is missing from a GSoC idea, or is not one of small (~90 hours), medium (~175) and large (~350).',
  scope: 'idea',
  kinds: ['gsoc'],
  check(idea, _project, { term }) {
    if (!gsocRequires(term, GSOC_ERAS.projectSize)) return [];
    const field = projectSizeField(idea);
    if (!field) {
      return [
        {
          range: idea.headingRange,
          message: `Idea "${idea.title}" has no "${LABEL}" field: add \`- ${LABEL}:\` with one of ${CHOICES}`,
          alternatives: PROJECT_SIZES.map((s): Fix => ({ title: `Insert "- ${LABEL}: ${templateSize(s.size)}"`, edits: [insertField(idea, templateSize(s.size))] })),
        },
      ];
    }
    const { sizes, unknown } = sizesIn(field.value);
    if (sizes.size === 1 && unknown.length === 0) return [];
    const problem: Problem = {
      range: field.lineRange,
      message:
        field.value.trim() === ''
          ? `The "${field.rawLabel}" of idea "${idea.title}" is empty: write one of ${CHOICES}`
          : sizes.size > 1
            ? `The "${field.rawLabel}" ${quote(field.value)} names ${sizes.size} sizes (${[...sizes].join(', ')}): GSoC registers a project as one of small, medium and large; pick one`
            : `The "${field.rawLabel}" ${quote(field.value)} is not a GSoC project size: write one of ${CHOICES}`,
      alternatives: PROJECT_SIZES.map((s): Fix => ({ title: `Change the size to ${templateSize(s.size)}`, edits: [replaceValue(field, templateSize(s.size))] })),
    };
    if (sizes.size > 1 && unknown.length === 0) problem.severity = 'warning';
    return [problem];
  },
};

/** Inserts the field after the last field the template puts before it, else before the first other field. */
function insertField(idea: Idea, size: string): TextEdit {
  const line = `- ${LABEL}: ${size}`;
  const before = [...idea.fields].reverse().find((f) => BEFORE.includes(f.label));
  if (before) return { range: { start: before.range.end, end: before.range.end }, newText: '\n' + line };
  const after = idea.fields[0];
  if (after) return { range: { start: after.range.start, end: after.range.start }, newText: line + '\n' };
  const at = idea.range.end;
  return { range: { start: at, end: at }, newText: '\n\n' + line };
}

/** The value on the label's line (and below it) replaced by `size`. */
function replaceValue(field: Field, size: string): TextEdit {
  const start = field.valueRange?.start.line === field.lineRange.start.line ? field.valueRange.start : field.lineRange.end;
  const end = field.valueRange?.end ?? field.lineRange.end;
  return { range: { start, end }, newText: (field.valueRange?.start.line === field.lineRange.start.line ? '' : field.style.colon ? ' ' : ': ') + size };
}
