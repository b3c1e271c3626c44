import { REQUIRED_LABELS, TEMPLATE_ORDER, labelKey } from '../model/labels';
import { before2023Template } from './templateEra';
import type { CanonicalLabel, Field, Idea } from '../model/types';
import type { IdeaRule, Problem, TermToken, TextEdit } from './rule';
import { isUnknownField, renameLabel, suggestLabel } from './unknown-field';

/** What to write in each required field, for the message. */
const WHAT: Record<string, string> = {
  Description: 'what the mentee will work on and why',
  'Expected Outcome': 'what the project should deliver',
  'Recommended Skills': 'the skills a mentee should bring',
  'Mentor(s)': 'one `Name (@handle, email)` line per mentor',
  'Upstream Issue': 'the URL of the upstream issue',
};

/** The upstream label of the 2020-2022 template, whose entries had no Expected Outcome. */
const OLD_UPSTREAM_LABELS = new Set(['upstream issue(url)', 'issue']);

/**
 * Expected Outcome is not asked of an entry that puts its outcomes in the
 * Description (the 2026 form's layout), of an entry written with the 2026
 * proposal form's fields (Technologies; the form has no Expected Outcome), or
 * of an entry older than the field (the template gained it in 2023).
 */
function outcomeNotAsked(idea: Idea, term: TermToken): boolean {
  if (idea.outcomeInDescription) return true;
  if (idea.fields.some((f) => f.label === 'Technologies')) return true;
  if (term.known) return before2023Template(term);
  return idea.fields.some((f) => f.label === 'Upstream Issue' && OLD_UPSTREAM_LABELS.has(labelKey(f.rawLabel)));
}

/**
 * A required field absent from an idea: one problem per missing field, fixed
 * by inserting it in template order, or, when an unknown label stands for
 * it (`Recommend Skills`, `Co-Mentor`), by renaming that label.
 */
export const missingField: IdeaRule = {
  code: 'missing-field',
  defaultSeverity: 'error',
  description: 'A required field (Description, Expected Outcome, Recommended Skills, Mentor(s), Upstream Issue) is absent.',
  scope: 'idea',
  check(idea, _project, ctx) {
    const present = new Set(idea.fields.map((f) => f.label));
    const problems: Problem[] = [];
    for (const label of REQUIRED_LABELS) {
      if (present.has(label) || (label === 'Expected Outcome' && outcomeNotAsked(idea, ctx.term))) continue;
      const misspelt = idea.fields.find((f) => isUnknownField(f) && suggestLabel(f.rawLabel)?.label === label);
      if (misspelt) {
        problems.push({
          range: idea.headingRange,
          message: `Idea "${idea.title}" has no "${label}" field, but has "${misspelt.rawLabel}": rename that label to \`${label}\``,
          fix: renameLabel(misspelt, suggestLabel(misspelt.rawLabel)!),
        });
      } else {
        problems.push({
          range: idea.headingRange,
          part: label,
          message: `Idea "${idea.title}" has no "${label}" field: add \`- ${label}:\` with ${WHAT[label]}`,
          fix: { title: `Insert "- ${label}:"`, edits: [insertField(idea, label)], preferred: true },
        });
      }
    }
    return problems;
  },
};

/**
 * Inserts `- Label:` as a line of its own after the last present field that
 * comes before it in template order (or before the first that comes after
 * it), with a snippet that leaves the cursor in the value. The snippet is
 * inserted at the start of a line, so that an editor indenting a snippet's
 * lines as the line it starts on indents nothing.
 */
function insertField(idea: Idea, label: CanonicalLabel): TextEdit {
  const order = TEMPLATE_ORDER.indexOf(label);
  let before: Field | undefined;
  let after: Field | undefined;
  for (const f of idea.fields) {
    const o = f.label ? TEMPLATE_ORDER.indexOf(f.label) : -1;
    if (o >= 0 && o < order) before = f;
    if (o > order && !after) after = f;
  }
  const text = label === 'Mentor(s)' ? `- ${label}:\n  -` : `- ${label}:`;
  const snippet = text + ' $0';
  if (before) {
    const next = before.range.end.line + 1;
    const lineFollows = next <= idea.range.end.line || idea.source[idea.source.length - 1].endsWith('\n');
    if (lineFollows) {
      const at = { line: next, character: 0 };
      return { range: { start: at, end: at }, newText: text + '\n', snippet: snippet + '\n' };
    }
    // The field ends the file, with no line break after it.
    const at = before.range.end;
    return { range: { start: at, end: at }, newText: '\n' + text };
  }
  if (after) {
    const at = after.range.start;
    return { range: { start: at, end: at }, newText: text + '\n', snippet: snippet + '\n' };
  }
  const at = idea.range.end.line === idea.headingRange.start.line ? idea.headingRange.end : idea.range.end;
  return { range: { start: at, end: at }, newText: '\n\n' + text, snippet: '\n\n' + snippet };
}
