import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { whereLabel } from '../index/summary';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { CancellationToken } from './host';

/** Symbols per answer at most (an empty query lists everything). */
const MAX_SYMBOLS = 2000;
/** How long a query waits for the first indexing of the workspace. */
const INDEX_WAIT_MS = 5000;

/** The query's characters appear in the name in order, ignoring case (as editors filter symbols). */
function matchesQuery(name: string, query: string): boolean {
  const text = name.toLowerCase();
  let at = 0;
  for (const c of query.toLowerCase()) {
    if (c === ' ') continue;
    at = text.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * workspace/symbol over the workspace index: every project and idea of every
 * indexed ideas file, with the term (or the file, when no term is known) as
 * the container.
 */
export async function workspaceSymbols(query: string, services: { readonly index: WorkspaceIndex }, token: CancellationToken): Promise<SymbolInformation[]> {
  await services.index.settled(INDEX_WAIT_MS);
  const symbols: SymbolInformation[] = [];
  for (const summary of services.index.files()) {
    if (token.isCancellationRequested) return [];
    const where = whereLabel(summary);
    for (const idea of summary.orphanIdeas) {
      if (matchesQuery(idea.title, query)) symbols.push({ name: idea.title, kind: SymbolKind.Class, location: { uri: summary.uri, range: idea.selectionRange }, containerName: where });
    }
    for (const project of summary.projects) {
      if (matchesQuery(project.name, query)) symbols.push({ name: project.name, kind: SymbolKind.Module, location: { uri: summary.uri, range: project.selectionRange }, containerName: where });
      for (const idea of project.ideas) {
        if (matchesQuery(idea.title, query)) {
          symbols.push({ name: idea.title, kind: SymbolKind.Class, location: { uri: summary.uri, range: idea.selectionRange }, containerName: `${project.name} · ${where}` });
        }
      }
    }
    if (symbols.length >= MAX_SYMBOLS) break;
  }
  return symbols.slice(0, MAX_SYMBOLS);
}
