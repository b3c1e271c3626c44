import { plainName, resolveProject } from '../catalog/match';
import type { IdeaRule } from './rule';

/** LFX's limit on a program title, `CNCF - <Project>: <Title> (<YYYY> Term <N>)`. */
export const LFX_TITLE_LIMIT = 100;

/**
 * The LFX program title over 100 characters. Where the entry carries its
 * `CNCF - ...` line (exported READMEs), that line is the title LFX shows and
 * the one measured; otherwise the title is built from the catalog's name of
 * the project, the heading as plain text (a linked heading counts its text)
 * and the term.
 */
export const titleTooLong: IdeaRule = {
  code: 'title-too-long',
  defaultSeverity: 'error',
  description: 'The LFX program title "CNCF - <Project>: <Title> (<YYYY> Term <N>)" is over 100 characters.',
  scope: 'idea',
  check(idea, project, { catalog, term }) {
    if (idea.lfxTitle) {
      const { text, title } = idea.lfxTitle;
      if (text.length <= LFX_TITLE_LIMIT) return [];
      const budget = LFX_TITLE_LIMIT - (text.length - title.length);
      return [
        {
          range: idea.headingRange,
          message: `The LFX title line is ${text.length} characters, over LFX's ${LFX_TITLE_LIMIT}: shorten its title "${title}" (${title.length}) to at most ${budget} characters`,
        },
      ];
    }
    if (!project) return [];
    const projectName = resolveProject(catalog, project.name)?.name ?? plainName(project.name);
    // A heading that already ends in its term (`... (2025 Term 3)`) gets it once.
    const title = plainName(idea.title).replace(/\s*\(\s*20\d\d\s+Term\s+\d\s*\)$/i, '');
    const text = `CNCF - ${projectName}: ${title} (${term.text})`;
    if (text.length <= LFX_TITLE_LIMIT) return [];
    const budget = LFX_TITLE_LIMIT - (text.length - title.length);
    const termNote = term.known ? '' : ` (the term is not known from the path, a "# Term" heading or the term setting; any "YYYY Term N" has this length)`;
    return [
      {
        range: idea.headingRange,
        message: `The LFX title "${text}" is ${text.length} characters, over LFX's ${LFX_TITLE_LIMIT}${termNote}: shorten the idea title (${title.length}) to at most ${budget} characters`,
      },
    ];
  },
};
