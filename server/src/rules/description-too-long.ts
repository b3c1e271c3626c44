import type { IdeaRule } from './rule';

/** LFX's limit on a program description, in characters. */
export const DESCRIPTION_LIMIT = 3000;

/**
 * A Description over LFX's 3000 characters. What is counted is the text that
 * would be pasted into the form: the value after `Description:` through its
 * continuation lines, with blockquote markers and indentation removed, trimmed;
 * a line break counts as one character (JavaScript string length).
 */
export const descriptionTooLong: IdeaRule = {
  code: 'description-too-long',
  defaultSeverity: 'error',
  description: 'The Description is over LFX\'s 3000 characters.',
  scope: 'idea',
  check(idea) {
    const description = idea.fields.find((f) => f.label === 'Description');
    const count = description?.value.length ?? 0;
    if (!description || count <= DESCRIPTION_LIMIT) return [];
    return [
      {
        range: description.lineRange,
        message: `Description is ${count} characters, over LFX's limit of ${DESCRIPTION_LIMIT}: cut at least ${count - DESCRIPTION_LIMIT} characters (details can live in the upstream issue)`,
      },
    ];
  },
};
