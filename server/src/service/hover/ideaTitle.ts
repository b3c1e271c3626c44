import type { Hover } from 'vscode-languageserver-types';
import { lfxTitle } from '../../analysis/lfxTitle';
import { LFX_TITLE_LIMIT } from '../../proposal/lfxLimits';
import { resolveTerm } from '../../analysis/term';
import type { HoverProvider } from './provider';

/**
 * On an idea heading or its `CNCF - ...` line: the LFX program title and its
 * length against LFX's 100 characters.
 */
export const ideaTitleHover: HoverProvider = (file, position, services): Hover | undefined => {
  const doc = file.analysis.doc;
  for (const project of [undefined, ...doc.projects]) {
    const ideas = project ? project.ideas : doc.orphanIdeas;
    const idea = ideas.find((i) => i.headingRange.start.line === position.line || i.lfxTitle?.range.start.line === position.line);
    if (!idea) continue;
    const term = resolveTerm(doc, services.settings);
    const title = lfxTitle(idea, project, services.catalog, term);
    const budget = title.text.length - LFX_TITLE_LIMIT;
    const lines = [
      `LFX title: ${title.text.length}/${LFX_TITLE_LIMIT}`,
      '`' + title.text.replace(/`/g, "'") + '`',
      budget > 0 ? `${budget} character${budget === 1 ? '' : 's'} over: shorten the title` : `${-budget} character${budget === -1 ? '' : 's'} to spare`,
    ];
    if (!term.known) lines.push('The term is not known from the path, a `# Term` heading or the `mentorshipIdeas.term` setting; every `YYYY Term N` has this length.');
    const range = idea.headingRange.start.line === position.line ? idea.headingRange : idea.lfxTitle!.range;
    return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range };
  }
  return undefined;
};
