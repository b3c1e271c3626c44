import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import type { Analysis } from '../analysis/analyzer';
import { ideaAt } from '../authoring/completionSite';
import { ServerCommand } from '../protocol';

/** Refactorings between kinds: an idea of an LFX term file or GSoC list to a proposal document, and a proposal document to an entry. */
export function conversionActions(uri: string, analysis: Analysis, line: number): CodeAction[] {
  if (analysis.kind === 'proposal') {
    return analysis.doc.proposal ? [{ title: 'Convert to an entry', kind: CodeActionKind.Refactor + '.rewrite', command: { title: 'Convert to an entry', command: ServerCommand.convertToEntry, arguments: [uri] } }] : [];
  }
  const owner = ideaAt(analysis.doc, line);
  if (!owner) return [];
  return [
    {
      title: `Convert "${owner.idea.title}" to LFX Proposal`,
      kind: CodeActionKind.Refactor + '.rewrite',
      command: { title: 'Convert to LFX Proposal', command: ServerCommand.convertToProposal, arguments: [uri, owner.idea.headingRange.start.line] },
    },
  ];
}
