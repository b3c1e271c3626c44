import type { Hover } from 'vscode-languageserver-types';
import { FIELD_PURPOSE, formatCount } from '../../authoring/fieldInfo';
import type { Field } from '../../model/types';
import { allIdeas } from '../../model/types';
import { DESCRIPTION_LIMIT, MAX_MENTORS } from '../../proposal/lfxLimits';
import { proposalModel, type ProposalModel } from '../../proposal/proposal';
import { resolveTerm } from '../../analysis/term';
import type { HoverProvider } from './provider';

/** The field's limit with its current count, where LFX sets one; the Description's is the Program Description the proposal would file. */
function limitLine(field: Field, description: () => ProposalModel): string | undefined {
  switch (field.label) {
    case 'Description': {
      const model = description();
      const count = model.fields.program_description.length;
      const extra = model.withOutcome || model.carried.length > 0 || model.looseText.length > 0 ? ' (with what the proposal files in it: the Expected Outcome and fields the form has no box for)' : '';
      return `Program Description: ${formatCount(count)}/${formatCount(DESCRIPTION_LIMIT)} characters${extra}`;
    }
    case 'Mentor(s)':
      return `Mentors: ${field.mentors.length}/${MAX_MENTORS} (two are preferred)`;
    case 'Upstream Issue':
      return `URLs: ${field.links.length}/1`;
    default:
      return undefined;
  }
}

/** On a field label: what the field is for, and its limit with the current count. */
export const fieldLabelHover: HoverProvider = (file, position, services): Hover | undefined => {
  const doc = file.analysis.doc;
  for (const idea of allIdeas(doc)) {
    if (position.line < idea.range.start.line || position.line > idea.range.end.line) continue;
    const field = idea.fields.find(
      (f) => f.labelRange.start.line === position.line && position.character >= f.labelRange.start.character && position.character <= f.labelRange.end.character,
    );
    if (!field?.label) continue;
    const project = doc.projects.find((p) => p.ideas.includes(idea));
    const limit = limitLine(field, () => proposalModel(idea, project, { catalog: services.catalog, term: resolveTerm(doc, services.settings) }));
    const value = [`**${field.label}**`, FIELD_PURPOSE[field.label], limit].filter(Boolean).join('\n\n');
    return { contents: { kind: 'markdown', value }, range: field.labelRange };
  }
  return undefined;
};
