import type { Catalog } from '../catalog/catalog';
import { plainName, resolveProject } from '../catalog/match';
import type { Idea, Project } from '../model/types';
import { LFX_TITLE_LIMIT } from '../proposal/lfxLimits';
import type { TermToken } from './term';

/**
 * The form's CNCF Project for an idea: the catalog project its `CNCF - X:`
 * title line names when X is a catalog project (an idea under a sub-project
 * heading, `CNCF - Headlamp:` under `### Kubernetes`), else the catalog's name
 * of its heading's project, else the heading as plain text; empty outside any
 * project.
 */
export function canonicalProjectName(project: Project | undefined, catalog: Catalog, idea?: Idea): string {
  const named = idea?.lfxTitle ? resolveProject(catalog, idea.lfxTitle.project) : undefined;
  if (named) return named.name;
  if (!project) return '';
  return resolveProject(catalog, project.name)?.name ?? plainName(project.name);
}

/** The program name of an idea: the title of its `CNCF - ...` line when it has one (exported READMEs), else its heading as plain text without a trailing `(YYYY Term N)`. */
export function programName(idea: Idea): string {
  if (idea.lfxTitle) return idea.lfxTitle.title;
  return plainName(idea.title).replace(/\s*\(\s*20\d\d\s+Term\s+\d\s*\)$/i, '');
}

export interface LfxProgramTitle {
  text: string;
  /** The form's CNCF Project (empty outside any project). */
  project: string;
  /** The program name within it. */
  name: string;
  /** The longest program name that keeps the title within the limit. */
  nameBudget: number;
  /** The entry carries the title itself, as a `CNCF - ...` line. */
  fromLine: boolean;
}

/**
 * The LFX program title as CNCF's automation computes it from the form's
 * values (its lib/title.js): `CNCF - <CNCF Project>: <Program Name> (<term>)`,
 * the Program Name's budget being 100 less the rest. What the title-too-long
 * rule measures, the code lens and the hover show, and the proposal files.
 */
export function lfxTitleOf(project: string, name: string, termText: string): { text: string; nameBudget: number } {
  const frame = `CNCF - ${project}:  (${termText})`;
  return { text: `CNCF - ${project}: ${name} (${termText})`, nameBudget: LFX_TITLE_LIMIT - frame.length };
}

/** The LFX title of an idea (see lfxTitleOf), with the term of the file or setting (the longest form when unknown). */
export function lfxTitle(idea: Idea, project: Project | undefined, catalog: Catalog, term: TermToken): LfxProgramTitle {
  const name = programName(idea);
  const projectName = canonicalProjectName(project, catalog, idea);
  const { text, nameBudget } = lfxTitleOf(projectName, name, term.text);
  return { text, project: projectName, name, nameBudget, fromLine: idea.lfxTitle !== undefined };
}
