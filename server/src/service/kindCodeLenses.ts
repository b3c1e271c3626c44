import type { CodeLens } from 'vscode-languageserver-types';
import { lfxTitleOf } from '../analysis/lfxTitle';
import { LFX_TITLE_LIMIT } from '../proposal/lfxLimits';
import type { Analysis } from '../analysis/analyzer';
import { isPrimary } from '../rules/primary-mentor';
import { mentorFields } from '../rules/helpers/mentorText';
import { termToken } from '../rules/proposal/title-too-long';
import { allIdeas } from '../model/types';
import { ServerCommand } from '../protocol';

/**
 * The code lenses of a GSoC list and of a proposal document (an LFX term
 * file's are codeLens.ts's). Above each GSoC idea: its mentors (and which is
 * primary) and "Convert to LFX Proposal". Above a proposal: the LFX title
 * against LFX's limit, its mentors, "Propose on GitHub" and "Convert to an
 * entry".
 */
export function kindCodeLenses(uri: string, analysis: Analysis): CodeLens[] {
  const { doc } = analysis;
  const info = (range: CodeLens['range'], title: string): CodeLens => ({ range, command: { title, command: '' } });
  if (analysis.kind === 'gsoc') {
    return allIdeas(doc).flatMap((idea) => {
      const range = idea.headingRange;
      const mentors = mentorFields(idea).flatMap((f) => f.mentors);
      const primary = mentors.find(isPrimary);
      return [
        info(range, `${mentors.length === 1 ? '1 mentor' : `${mentors.length} mentors`}${primary ? `, primary: ${primary.name}` : ''}`),
        { range, command: { title: 'Convert to LFX Proposal', command: ServerCommand.convertToProposal, arguments: [uri, range.start.line] } },
      ];
    });
  }
  const body = doc.proposal;
  if (analysis.kind !== 'proposal' || !body || body.sections.length === 0) return [];
  const range = body.sections[0].headingRange;
  const name = body.value('Program Name');
  const { text, nameBudget } = lfxTitleOf(body.value('CNCF Project'), name, termToken(body.value('Term')));
  const over = text.length - LFX_TITLE_LIMIT;
  const mentors = body.mentors.length;
  return [
    info(range, `LFX title ${text.length}/${LFX_TITLE_LIMIT}${over > 0 ? `: ${over} over, the name may have ${nameBudget}` : ''}`),
    info(range, mentors === 1 ? '1 mentor' : `${mentors} mentors`),
    { range, command: { title: 'Propose on GitHub', command: ServerCommand.proposeOnGitHub, arguments: [uri, range.start.line] } },
    { range, command: { title: 'Convert to an entry', command: ServerCommand.convertToEntry, arguments: [uri] } },
  ];
}
