import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Field, Idea, IdeasDocument, Project } from '../model/types';
import type { Feature } from '../serverContext';
import { KIND_NAMES, type DocumentKind } from '../kinds/kind';

/** The outline: project > idea > field, with the mentor count as an idea's detail and the kind of document in a project's. */
export function documentSymbols(doc: IdeasDocument, kind?: DocumentKind): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = doc.orphanIdeas.map(ideaSymbol);
  symbols.push(...doc.projects.map((p) => projectSymbol(p, kind)));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}

function projectSymbol(p: Project, kind: DocumentKind | undefined): DocumentSymbol {
  return {
    name: p.name || '(untitled project)',
    detail: `${p.ideas.length} idea${p.ideas.length === 1 ? '' : 's'}${kind ? ` · ${KIND_NAMES[kind]}` : ''}`,
    kind: SymbolKind.Module,
    range: p.range,
    selectionRange: p.nameRange,
    // A sub-group heading (a SIG, a sub-project) stands beside the ideas it holds, so that ideas stay the project's children.
    children: [
      ...p.ideas.map(ideaSymbol),
      ...p.groups.map((g) => ({ name: g.name || '(untitled group)', kind: SymbolKind.Namespace, range: g.range, selectionRange: g.nameRange })),
    ].sort((a, b) => a.range.start.line - b.range.start.line),
  };
}

function ideaSymbol(idea: Idea): DocumentSymbol {
  const mentors = idea.fields.find((f) => f.label === 'Mentor(s)')?.mentors.length ?? 0;
  return {
    name: idea.title || '(untitled idea)',
    detail: `${mentors} mentor${mentors === 1 ? '' : 's'}`,
    kind: SymbolKind.Class,
    range: idea.range,
    selectionRange: idea.titleRange,
    children: idea.fields.map(fieldSymbol),
  };
}

function fieldSymbol(f: Field): DocumentSymbol {
  return {
    name: f.label ?? f.rawLabel,
    detail: f.value.split('\n')[0].slice(0, 80),
    kind: SymbolKind.Field,
    range: f.range,
    selectionRange: f.labelRange,
  };
}

export const documentSymbolFeature: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'CNCF Mentorship Ideas' } }),
  register(ctx) {
    ctx.connection.onDocumentSymbol((params) => {
      const file = ctx.ideasFile(params.textDocument.uri);
      return file ? documentSymbols(file.analysis.doc, file.analysis.kind) : [];
    });
  },
};
