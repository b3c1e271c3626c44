import type { CodeLens } from 'vscode-languageserver';
import { acceptedProgram } from '../analysis/accepted';
import { resolveTerm } from '../analysis/term';
import type { Catalog } from '../catalog/catalog';
import { allIdeas, type Idea, type IdeasDocument, type Project } from '../model/types';
import { LFX_TITLE_LIMIT, lfxTitle } from '../analysis/lfxTitle';
import type { TermToken } from '../rules/rule';
import { proposalModel } from '../proposal/proposal';
import type { Feature } from '../serverContext';
import { PROPOSE_COMMAND } from './proposeCommands';
import { kindCodeLenses } from './kindCodeLenses';

/**
 * Above each idea: the LFX title's length against LFX's limit, the number of
 * mentors, and "Propose on GitHub" unless LFX accepted the program already
 * (it has an LFX URL, or sits in a term README). The first two are
 * information only (a command with an empty id, which editors show as plain text).
 */
function codeLenses(uri: string, doc: IdeasDocument, catalog: Catalog, term: TermToken): CodeLens[] {
  const projectOf = new Map<Idea, Project>();
  for (const p of doc.projects) for (const idea of p.ideas) projectOf.set(idea, p);
  const lenses: CodeLens[] = [];
  for (const idea of allIdeas(doc)) {
    const range = idea.headingRange;
    const title = lfxTitle(idea, projectOf.get(idea), catalog, term);
    const over = title.text.length - LFX_TITLE_LIMIT;
    const termNote = term.known ? '' : ' (term unknown: longest form assumed)';
    lenses.push({
      range,
      command: { title: `LFX title ${title.text.length}/${LFX_TITLE_LIMIT}${over > 0 ? `: ${over} over, the name may have ${title.nameBudget}` : ''}${termNote}`, command: '' },
    });
    // The mentors the proposal files (Co-Mentor fields included).
    const filed = proposalModel(idea, projectOf.get(idea), { catalog, term }).fields.mentors;
    const mentors = filed ? filed.split('\n').length : 0;
    lenses.push({ range, command: { title: mentors === 1 ? '1 mentor' : `${mentors} mentors`, command: '' } });
    if (!acceptedProgram(uri, idea)) lenses.push({ range, command: { title: 'Propose on GitHub', command: PROPOSE_COMMAND, arguments: [uri, range.start.line] } });
  }
  return lenses;
}

export const codeLensFeature: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCodeLens((params) => {
      try {
        const file = ctx.ideasFile(params.textDocument.uri);
        if (!file) return [];
        const { doc } = file.analysis;
        if (file.analysis.kind === 'gsoc' || file.analysis.kind === 'proposal') return kindCodeLenses(params.textDocument.uri, file.analysis);
        return codeLenses(params.textDocument.uri, doc, ctx.workspace.catalog, resolveTerm(doc, ctx.workspace.settings));
      } catch (e) {
        ctx.connection.console.error(`code lens failed: ${e instanceof Error ? e.stack : String(e)}`);
        return [];
      }
    });
  },
};
