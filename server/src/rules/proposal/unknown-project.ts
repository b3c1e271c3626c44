import { resolveProject } from '../../catalog/match';
import type { ProposalRule } from '../rule';
import { fieldProblem, fieldRange } from '../helpers/formFields';

/** A CNCF Project that is not one of the form's options (the catalog's names); the fix writes the catalog's name when one matches. */
export const unknownProjectInProposal: ProposalRule = {
  code: 'unknown-project',
  defaultSeverity: 'warning',
  description: 'The CNCF Project of a proposal document is not a project of the catalog.',
  scope: 'proposal',
  check(body, { catalog }) {
    const s = body.section('CNCF Project');
    const name = body.value('CNCF Project');
    if (!s || !name || catalog.projects.some((p) => p.name === name)) return [];
    const match = resolveProject(catalog, name);
    return [
      fieldProblem('CNCF Project', fieldRange(s), `CNCF Project "${name}" is not one the form offers (the ${catalog.origin})${match ? `: write it as "${match.name}"` : ''}`, {
        ...(match ? { fix: { title: `Write the project as "${match.name}"`, edits: [{ range: fieldRange(s), newText: match.name }], preferred: true } } : {}),
      }),
    ];
  },
};
