import { formatCount } from '../authoring/fieldInfo';
import { programDescription } from '../proposal/proposal';
import { DESCRIPTION_LIMIT } from '../proposal/lfxLimits';
import type { IdeaRule } from './rule';

/**
 * The Program Description the proposal form would receive is over CNCF's 3000
 * characters, counted as CNCF's validation does (JavaScript string length of
 * the trimmed field): the Description with the Expected Outcome, the fields
 * the form has no box for and the text between fields that `propose` carries
 * into it (proposal/proposal.ts).
 */
export const descriptionTooLong: IdeaRule = {
  code: 'description-too-long',
  defaultSeverity: 'error',
  description: "The Program Description the proposal would file (Description with the Expected Outcome and carried fields) is over LFX's 3000 characters.",
  scope: 'idea',
  check(idea) {
    const model = programDescription(idea);
    const count = model.text.length;
    if (count <= DESCRIPTION_LIMIT) return [];
    const field = idea.fields.find((f) => f.label === 'Description') ?? idea.fields.find((f) => f.label === 'Expected Outcome');
    const parts = [model.withOutcome ? 'the Expected Outcome' : '', ...model.carried.map((f) => `"${f.rawLabel}"`), model.looseText.length ? 'the text between fields' : ''].filter(Boolean);
    const within = parts.length ? ` with ${parts.join(', ')}` : '';
    return [
      {
        range: field?.lineRange ?? idea.headingRange,
        message: `Program Description would be ${formatCount(count)} characters${within}, over LFX's ${formatCount(DESCRIPTION_LIMIT)}: cut ${formatCount(count - DESCRIPTION_LIMIT)} (details can live in the upstream issue)`,
      },
    ];
  },
};
