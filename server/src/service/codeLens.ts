import type { CodeLens } from 'vscode-languageserver-types';
import { acceptedProgram } from '../analysis/accepted';
import { resolveTerm } from '../analysis/term';
import type { Catalog } from '../catalog/catalog';
import { allIdeas, type Idea, type IdeasDocument, type Project } from '../model/types';
import { lfxTitle } from '../analysis/lfxTitle';
import { LFX_TITLE_LIMIT } from '../proposal/lfxLimits';
import type { TermToken } from '../analysis/term';
import { filedMentorCount, mentorFields } from '../rules/helpers/mentorText';
import type { Settings } from '../settings';
import type { OpenIdeasFile } from './documents';
import { kindCodeLenses } from './kindCodeLenses';
import { ServerCommand } from '../protocol';

/**
 * Above each idea: the LFX title's length against LFX's limit, the number of
 * mentors, and "Propose on GitHub" unless LFX accepted the program already
 * (it has an LFX URL, or sits in a term README). The first two are
 * information only (a command with an empty id, which editors show as plain text).
 */
function ideaLenses(uri: string, doc: IdeasDocument, catalog: Catalog, term: TermToken): CodeLens[] {
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
    const mentors = filedMentorCount(mentorFields(idea));
    lenses.push({ range, command: { title: mentors === 1 ? '1 mentor' : `${mentors} mentors`, command: '' } });
    if (!acceptedProgram(uri, idea)) lenses.push({ range, command: { title: 'Propose on GitHub', command: ServerCommand.proposeOnGitHub, arguments: [uri, range.start.line] } });
  }
  return lenses;
}

/** The code lenses of an ideas file. */
export function codeLenses(file: OpenIdeasFile, services: { readonly catalog: Catalog; readonly settings: Settings }): CodeLens[] {
  const { doc } = file.analysis;
  if (file.analysis.kind === 'gsoc' || file.analysis.kind === 'proposal') return kindCodeLenses(file.document.uri, file.analysis);
  return ideaLenses(file.document.uri, doc, services.catalog, resolveTerm(doc, services.settings));
}
