import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Field, Idea, IdeaGroup, IdeasDocument, Project } from '../model/types';
import { KIND_NAMES, type DocumentKind } from '../kinds/kind';

/** The name our outline goes by where VS Code shows several (the Markdown extension's beside it): the breadcrumb's and the Outline view's switch. */
export const OUTLINE_LABEL = 'CNCF Mentorship Ideas';

export interface OutlineOptions {
  /** Each idea's fields as its children; off, an idea is one row. */
  showFields: boolean;
}

/**
 * The outline: project > sub-project (a `####` group such as Headlamp under
 * Kubernetes) > idea, with an idea's fields under it when asked; a
 * project's detail names the kind of document. An idea's
 * name starts with its mentor count, which a long title would push out of
 * sight if it were only the detail.
 */
export function documentSymbols(doc: IdeasDocument, options: OutlineOptions = { showFields: false }, kind?: DocumentKind): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = doc.orphanIdeas.map((idea) => ideaSymbol(idea, options));
  symbols.push(...doc.projects.map((p) => projectSymbol(p, options, kind)));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}

function ideasText(n: number): string {
  return `${n} idea${n === 1 ? '' : 's'}`;
}

function projectSymbol(p: Project, options: OutlineOptions, kind: DocumentKind | undefined): DocumentSymbol {
  const grouped = new Map<IdeaGroup, Idea[]>(p.groups.map((g) => [g, []]));
  const direct: Idea[] = [];
  for (const idea of p.ideas) {
    const group = groupOf(p.groups, idea);
    if (group) grouped.get(group)!.push(idea);
    else direct.push(idea);
  }
  const groups: DocumentSymbol[] = p.groups.map((g) => ({
    name: g.name || '(untitled sub-project)',
    detail: ideasText(grouped.get(g)!.length),
    kind: SymbolKind.Namespace,
    range: g.range,
    selectionRange: g.nameRange,
    children: grouped.get(g)!.map((idea) => ideaSymbol(idea, options)),
  }));
  return {
    name: p.name || '(untitled project)',
    // The kind of document, which the outline shows beside the project.
    detail: `${ideasText(p.ideas.length)}${kind ? ` · ${KIND_NAMES[kind]}` : ''}`,
    kind: SymbolKind.Module,
    range: p.range,
    selectionRange: p.nameRange,
    children: [...direct.map((idea) => ideaSymbol(idea, options)), ...groups].sort((a, b) => a.range.start.line - b.range.start.line),
  };
}

/** The sub-project heading an idea is written under: the last one above it, at a higher level, whose range holds it. */
export function groupOf(groups: IdeaGroup[], idea: Idea): IdeaGroup | undefined {
  let found: IdeaGroup | undefined;
  for (const g of groups) {
    if (g.headingRange.start.line > idea.headingRange.start.line) break;
    if (g.level < idea.level && idea.headingRange.start.line <= g.range.end.line) found = g;
  }
  return found;
}

function mentorCount(idea: Idea): number {
  return idea.fields.filter((f) => f.label === 'Mentor(s)').reduce((n, f) => n + f.mentors.length, 0);
}

function ideaSymbol(idea: Idea, options: OutlineOptions): DocumentSymbol {
  const mentors = mentorCount(idea);
  const count = `${mentors} mentor${mentors === 1 ? '' : 's'}`;
  const symbol: DocumentSymbol = {
    name: `${count} · ${idea.title || '(untitled idea)'}`,
    kind: SymbolKind.Class,
    range: idea.range,
    selectionRange: idea.titleRange,
  };
  if (options.showFields) symbol.children = idea.fields.map(fieldSymbol);
  return symbol;
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
