import { lfxTitle } from '../analysis/lfxTitle';
import { LFX_TITLE_LIMIT } from '../proposal/lfxLimits';
import type { IdeaRule } from './rule';

/**
 * The LFX program title over 100 characters, computed as CNCF's automation
 * does from the form's values (analysis/lfxTitle.ts): the CNCF Project the
 * proposal files (the catalog project of a `CNCF - X:` line, else of the
 * heading; empty outside any project), the Program Name (the title of the
 * `CNCF - ...` line, else the heading as plain text) and the term.
 */
export const titleTooLong: IdeaRule = {
  code: 'title-too-long',
  defaultSeverity: 'error',
  description: 'The LFX program title "CNCF - <Project>: <Title> (<YYYY> Term <N>)" is over 100 characters.',
  scope: 'idea',
  check(idea, project, { catalog, term }) {
    const title = lfxTitle(idea, project, catalog, term);
    if (title.name.length <= title.nameBudget) return [];
    const termNote = term.known ? '' : ` (the term is not known from the path, a "# Term" heading or the term setting; any "YYYY Term N" has this length)`;
    const projectNote = title.project ? '' : ' (no CNCF project: the idea is outside any project heading)';
    return [
      {
        range: idea.headingRange,
        message: `The LFX title "${title.text}" is ${title.text.length} characters, over LFX's ${LFX_TITLE_LIMIT}${termNote}${projectNote}: shorten the ${title.fromLine ? 'title of its `CNCF - ...` line' : 'idea title'} (${title.name.length}) to at most ${title.nameBudget} characters`,
      },
    ];
  },
};
