import { LFX_TITLE_LIMIT, lfxTitle } from '../analysis/lfxTitle';
import type { IdeaRule } from './rule';

/**
 * The LFX program title over 100 characters. Where the entry carries its
 * `CNCF - ...` line (exported READMEs), that line is the title LFX shows and
 * the one measured; otherwise the title is built (analysis/lfxTitle.ts) from
 * the catalog's name of the project, the heading as plain text (a linked
 * heading counts its text) and the term.
 */
export const titleTooLong: IdeaRule = {
  code: 'title-too-long',
  defaultSeverity: 'error',
  description: 'The LFX program title "CNCF - <Project>: <Title> (<YYYY> Term <N>)" is over 100 characters.',
  scope: 'idea',
  check(idea, project, { catalog, term }) {
    if (!idea.lfxTitle && !project) return [];
    const title = lfxTitle(idea, project, catalog, term);
    if (title.text.length <= LFX_TITLE_LIMIT) return [];
    if (title.fromLine) {
      return [
        {
          range: idea.headingRange,
          message: `The LFX title line is ${title.text.length} characters, over LFX's ${LFX_TITLE_LIMIT}: shorten its title "${title.name}" (${title.name.length}) to at most ${title.nameBudget} characters`,
        },
      ];
    }
    const termNote = term.known ? '' : ` (the term is not known from the path, a "# Term" heading or the term setting; any "YYYY Term N" has this length)`;
    return [
      {
        range: idea.headingRange,
        message: `The LFX title "${title.text}" is ${title.text.length} characters, over LFX's ${LFX_TITLE_LIMIT}${termNote}: shorten the idea title (${title.name.length}) to at most ${title.nameBudget} characters`,
      },
    ];
  },
};
