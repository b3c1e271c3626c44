import { allIdeas, type IdeasDocument } from '../model/types';
import { globMatcher, uriPath } from '../uri';

/**
 * An ideas file: its path matches the `files` globs, or its text has a
 * level-4 heading followed by template field lines (docs/format.md).
 */
export function isIdeasFile(uri: string, doc: IdeasDocument, globs: string[]): boolean {
  if (globMatcher(globs)(uriPath(uri))) return true;
  return allIdeas(doc).some((idea) => idea.level === 4 && idea.fields.some((f) => f.label !== undefined));
}
