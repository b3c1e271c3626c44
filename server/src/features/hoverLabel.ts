import type { Hover } from 'vscode-languageserver';
import { FIELD_PURPOSE, formatCount } from '../authoring/fieldInfo';
import type { Field } from '../model/types';
import { allIdeas } from '../model/types';
import { DESCRIPTION_LIMIT } from '../rules/description-too-long';
import type { HoverProvider } from './hover';

/** LFX's limits: at most 4 mentors, exactly one upstream URL. */
const MAX_MENTORS = 4;

/** The field's limit with its current count, where LFX sets one. */
function limitLine(field: Field): string | undefined {
  switch (field.label) {
    case 'Description':
      return `Description: ${formatCount(field.value.length)}/${formatCount(DESCRIPTION_LIMIT)} characters`;
    case 'Mentor(s)':
      return `Mentors: ${field.mentors.length}/${MAX_MENTORS} (two are preferred)`;
    case 'Upstream Issue':
      return `URLs: ${field.links.length}/1`;
    default:
      return undefined;
  }
}

/** On a field label: what the field is for, and its limit with the current count. */
export const fieldLabelHover: HoverProvider = (file, position): Hover | undefined => {
  for (const idea of allIdeas(file.analysis.doc)) {
    if (position.line < idea.range.start.line || position.line > idea.range.end.line) continue;
    const field = idea.fields.find(
      (f) => f.labelRange.start.line === position.line && position.character >= f.labelRange.start.character && position.character <= f.labelRange.end.character,
    );
    if (!field?.label) continue;
    const limit = limitLine(field);
    const value = [`**${field.label}**`, FIELD_PURPOSE[field.label], limit].filter(Boolean).join('\n\n');
    return { contents: { kind: 'markdown', value }, range: field.labelRange };
  }
  return undefined;
};
