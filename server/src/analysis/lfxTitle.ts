import type { Catalog } from '../catalog/catalog';
import { plainName, resolveProject } from '../catalog/match';
import type { Idea, Project } from '../model/types';
import type { TermToken } from '../rules/rule';

/** LFX's limit on a program title, `CNCF - <Project>: <Title> (<YYYY> Term <N>)`. */
export const LFX_TITLE_LIMIT = 100;

/** The name the proposal form and LFX know a project by: the catalog's, else the heading as plain text. */
export function canonicalProjectName(project: Project | undefined, catalog: Catalog): string {
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
  /** The program name within it. */
  name: string;
  /** The longest program name that keeps the title within the limit. */
  nameBudget: number;
  /** The entry carries the title itself, as a `CNCF - ...` line. */
  fromLine: boolean;
}

/**
 * The LFX program title as LFX will show it: the entry's own `CNCF - ...`
 * line when it has one, else built from the catalog's project name, the
 * program name and the term. This is what the title-too-long rule measures,
 * the code lens and the hover show, and the proposal form receives.
 */
export function lfxTitle(idea: Idea, project: Project | undefined, catalog: Catalog, term: TermToken): LfxProgramTitle {
  const name = programName(idea);
  const text = idea.lfxTitle?.text ?? `CNCF - ${canonicalProjectName(project, catalog)}: ${name} (${term.text})`;
  return { text, name, nameBudget: LFX_TITLE_LIMIT - (text.length - name.length), fromLine: idea.lfxTitle !== undefined };
}
