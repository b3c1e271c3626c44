import { REQUIRED_LABELS } from '../model/labels';
import type { Idea } from '../model/types';
import type { IdeaRule } from './rule';

const REQUIRED = new Set<string>(REQUIRED_LABELS);

/**
 * A required field with no value. The model's value already holds the lines
 * that continue the field (text, a nested list, an indented blockquote); a
 * value of bullets and punctuation only (`- Mentor(s):` over an empty `-`) is
 * still empty.
 */
export const emptyField: IdeaRule = {
  code: 'empty-field',
  defaultSeverity: 'error',
  description: 'A required field has no value, on its line or on the lines below it.',
  scope: 'idea',
  check(idea: Idea) {
    return idea.fields
      .filter((f) => f.label !== undefined && REQUIRED.has(f.label) && !/[\p{L}\p{N}]/u.test(f.value))
      .map((f) => ({
        range: f.lineRange,
        part: f.label,
        message: `Field "${f.rawLabel}" of idea "${idea.title}" is empty: write ${f.label === 'Mentor(s)' ? 'one `Name (@handle, email)` line per mentor below it' : 'its value after the colon or on indented lines below it'}`,
      }));
  },
};
