import { distance } from 'fastest-levenshtein';
import { isKnownExtraLabel, labelAliases, labelKey } from '../model/labels';
import type { CanonicalLabel, Field, Idea } from '../model/types';
import type { IdeaRule, Problem } from './rule';
import type { Fix } from '../analysis/diagnostic';

export interface LabelSuggestion {
  label: CanonicalLabel;
  /** A misspelling (the fix is the obvious one), rather than a label that merely shares a word with the template's. */
  sure: boolean;
}

/** Words that name a template field on their own: `Co-Mentor`, `GitHub Issue`, `Detailed description`. */
const KEYWORDS: Record<string, CanonicalLabel> = {
  description: 'Description',
  outcome: 'Expected Outcome',
  outcomes: 'Expected Outcome',
  skill: 'Recommended Skills',
  skills: 'Recommended Skills',
  mentor: 'Mentor(s)',
  mentors: 'Mentor(s)',
  issue: 'Upstream Issue',
  issues: 'Upstream Issue',
};

/**
 * The template label an unknown label most likely stands for: the closest
 * accepted form by edit distance, within a quarter of its length (`Metor(s)`,
 * `Recommend Skills`, `Upstraeam Issue`), or a template label it is the start
 * of (`Recommended`); failing those, a template field named by one of its
 * words (`Co-Mentor`), which is a guess rather than a misspelling.
 */
export function suggestLabel(rawLabel: string): LabelSuggestion | undefined {
  const written = labelKey(rawLabel);
  if (!written) return undefined;
  let best: { label: CanonicalLabel; d: number } | undefined;
  for (const [form, label] of labelAliases()) {
    const d = distance(written, form);
    if (d <= Math.max(1, Math.floor(form.length / 4)) && (!best || d < best.d)) best = { label, d };
  }
  if (best) return { label: best.label, sure: true };
  const started = written.length >= 6 ? labelAliases().find(([form]) => form.startsWith(written + ' ')) : undefined;
  if (started) return { label: started[1], sure: true };
  for (const word of written.split(/[^a-z]+/)) if (Object.hasOwn(KEYWORDS, word)) return { label: KEYWORDS[word], sure: false };
  return undefined;
}

/** A `- Label:` list item whose label is neither a template field, an alias nor a known optional field. */
export function isUnknownField(field: Field): boolean {
  return field.label === undefined && field.style.listItem && !isKnownExtraLabel(field.rawLabel);
}

export function renameLabel(field: Field, suggestion: LabelSuggestion): Fix {
  return {
    title: `Rename "${field.rawLabel}" to "${suggestion.label}"`,
    edits: [{ range: field.labelRange, newText: suggestion.label }],
    preferred: suggestion.sure,
  };
}

/**
 * Unknown field labels. A label close to a template field is named with it,
 * and renamed by the fix unless the idea already has that field (a rename
 * would only make a duplicate).
 */
export const unknownField: IdeaRule = {
  code: 'unknown-field',
  defaultSeverity: 'warning',
  description: 'A `- Label:` line whose label is not a field of the template, an accepted alias or a known optional field.',
  scope: 'idea',
  check(idea: Idea) {
    return idea.fields.filter(isUnknownField).map((field): Problem => {
      const suggestion = suggestLabel(field.rawLabel);
      const range = field.lineRange;
      if (!suggestion) {
        return {
          range,
          message: `Unknown field "${field.rawLabel}": the template's fields are Description, Expected Outcome, Recommended Skills, Mentor(s) and Upstream Issue; if this line continues the field above, indent it under that field, otherwise rename it or move its text into the Description`,
        };
      }
      const question = `Unknown field "${field.rawLabel}": did you mean "${suggestion.label}"?`;
      if (idea.fields.some((f) => f.label === suggestion.label)) {
        return { range, message: `${question} This idea already has a "${suggestion.label}" field: merge this line into it` };
      }
      return { range, message: `${question} Rename the label to \`${suggestion.label}\``, fix: renameLabel(field, suggestion) };
    });
  },
};
