import { clearSuggestion, matchProject } from '../catalog/match';
import type { Project } from '../model/types';
import type { DocumentRule, Fix, Problem } from './rule';
import { PROJECT_NAME_PART } from './entryParts';

/**
 * A project heading that names no project of the CNCF catalog: the proposal
 * form accepts only catalog names. Suggests the closest ones, each a rename.
 * A heading with no ideas under it is left alone (empty-project speaks for it;
 * older READMEs have such headings that are not projects).
 */
export const unknownProject: DocumentRule = {
  code: 'unknown-project',
  defaultSeverity: 'warning',
  description: 'The project heading names no CNCF project of the catalog.',
  scope: 'document',
  reads: 'headings',
  check({ doc, catalog }) {
    const problems: Problem[] = [];
    for (const project of doc.projects) {
      if (project.ideas.length === 0 || !project.name.trim()) continue;
      const match = matchProject(catalog, project.name);
      if (match.kind !== 'unknown') continue;
      const names = match.suggestions.map((s) => `"${s.project.name}"`);
      const hint = names.length ? `did you mean ${names.join(' or ')}? ` : '';
      const problem: Problem = {
        range: project.headingRange,
        part: PROJECT_NAME_PART,
        message: `Project "${project.name}" is not a CNCF project of the ${catalog.origin}: ${hint}use the project's name as the CNCF project list (projects.yml) writes it`,
      };
      const clear = clearSuggestion(project.name, match.suggestions);
      if (clear) problem.fix = { ...rename(project, clear.project.name), preferred: true };
      else if (match.suggestions.length) problem.alternatives = match.suggestions.map((s) => rename(project, s.project.name));
      problems.push(problem);
    }
    return problems;
  },
};

function rename(project: Project, name: string): Fix {
  return { title: `Rename the project to "${name}"`, edits: [{ range: project.nameRange, newText: name }] };
}
