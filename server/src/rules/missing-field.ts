import { REQUIRED_LABELS, TEMPLATE_ORDER } from '../model/labels';
import type { CanonicalLabel, Field, Idea } from '../model/types';
import type { IdeaRule, TextEdit } from './rule';

/** A required field absent from an idea: one problem per missing field, fixed by inserting it in template order. */
export const missingField: IdeaRule = {
  code: 'missing-field',
  defaultSeverity: 'error',
  description: 'A required field (Description, Expected Outcome, Recommended Skills, Mentor(s), Upstream Issue) is absent.',
  scope: 'idea',
  check(idea) {
    const present = new Set(idea.fields.map((f) => f.label));
    return REQUIRED_LABELS.filter((label) => !present.has(label))
      .filter((label) => !(label === 'Expected Outcome' && idea.outcomeInDescription))
      .map((label) => ({
        range: idea.headingRange,
        message: `Idea "${idea.title}" has no "${label}" field: add \`- ${label}:\``,
        fix: { title: `Insert "- ${label}:"`, edits: [insertField(idea, label)], preferred: true },
      }));
  },
};

/** Inserts `- Label:` after the last present field that comes before it in template order. */
function insertField(idea: Idea, label: CanonicalLabel): TextEdit {
  const order = TEMPLATE_ORDER.indexOf(label);
  let before: Field | undefined;
  let after: Field | undefined;
  for (const f of idea.fields) {
    const o = f.label ? TEMPLATE_ORDER.indexOf(f.label) : -1;
    if (o >= 0 && o < order) before = f;
    if (o > order && !after) after = f;
  }
  const text = label === 'Mentor(s)' ? `- ${label}:\n  - ` : `- ${label}: `;
  if (before) {
    const at = before.range.end;
    return { range: { start: at, end: at }, newText: '\n' + text.trimEnd() };
  }
  if (after) {
    const at = after.range.start;
    return { range: { start: at, end: at }, newText: text.trimEnd() + '\n' };
  }
  const at = idea.range.end.line === idea.headingRange.start.line ? idea.headingRange.end : idea.range.end;
  return { range: { start: at, end: at }, newText: '\n\n' + text.trimEnd() };
}
