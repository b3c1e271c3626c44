import { matchProject, type LooseReason } from '../catalog/match';
import type { DocumentRule, Problem } from './rule';

const WHY: Record<LooseReason, string> = {
  case: 'written differently',
  parenthetical: 'with a different parenthetical',
  acronym: 'as its short name',
  alias: 'under another name',
};

/** A project heading that names a catalog project only loosely (case, parenthetical, acronym, alias): rename to the catalog's name. */
export const projectName: DocumentRule = {
  code: 'project-name',
  defaultSeverity: 'info',
  description: 'The project heading matches a CNCF project only loosely; the catalog writes it otherwise.',
  scope: 'document',
  reads: 'headings',
  check({ doc, catalog }) {
    const problems: Problem[] = [];
    for (const project of doc.projects) {
      if (!project.name.trim()) continue;
      const match = matchProject(catalog, project.name);
      if (match.kind !== 'loose') continue;
      const canonical = match.project.name;
      problems.push({
        range: project.headingRange,
        message: `Project "${project.name}" names the CNCF project "${canonical}" ${WHY[match.reason]}: write "${canonical}", the name the proposal form and CNCF's project list use`,
        fix: { title: `Rename the project to "${canonical}"`, edits: [{ range: project.nameRange, newText: canonical }], preferred: true },
      });
    }
    return problems;
  },
};
