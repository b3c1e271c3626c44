import type { Hover } from 'vscode-languageserver-types';
import { resolveProject } from '../../catalog/match';
import { projectKey } from '../../authoring/mentorRanking';
import { termOrder, whereLabel, type IndexedFile } from '../../index/summary';
import type { HoverProvider } from './provider';

/** How many terms the hover lists before summing up the rest. */
const MAX_TERMS = 8;

/**
 * On a project heading: the project's maturity, homepage and repository from
 * the catalog, and how many ideas it has in this file and in the other
 * indexed files, by term.
 */
export const projectHover: HoverProvider = (file, position, services): Hover | undefined => {
  const doc = file.analysis.doc;
  const project = doc.projects.find((p) => p.headingRange.start.line === position.line);
  if (!project) return undefined;
  const catalog = services.catalog;
  const known = resolveProject(catalog, project.name);
  const key = projectKey(catalog, project.name);
  const lines: string[] = [];
  if (known) {
    lines.push(`**${known.name}**${known.maturity ? ` · CNCF ${known.maturity} project` : ''}`);
    if (known.homepage) lines.push(`Homepage: ${known.homepage}`);
    if (known.repoUrl) lines.push(`Repository: ${known.repoUrl}`);
  } else {
    lines.push(`**${project.name}** · not a project of the CNCF catalog (${catalog.origin})`);
  }
  const here = doc.projects.filter((p) => projectKey(catalog, p.name) === key).reduce((n, p) => n + p.ideas.length, 0);
  lines.push(`${here} idea${here === 1 ? '' : 's'} in this file`);

  const elsewhere = new Map<string, { order: number; count: number }>();
  for (const summary of services.index.files()) {
    if (summary.uri === file.document.uri) continue;
    const count = ideasOf(summary, (name) => projectKey(catalog, name) === key);
    if (count === 0) continue;
    const label = whereLabel(summary);
    const entry = elsewhere.get(label) ?? { order: termOrder(summary.term), count: 0 };
    entry.count += count;
    elsewhere.set(label, entry);
  }
  if (elsewhere.size === 0) {
    lines.push('No ideas in the other indexed files');
  } else {
    const terms = [...elsewhere].sort((a, b) => b[1].order - a[1].order || a[0].localeCompare(b[0]));
    const shown = terms.slice(0, MAX_TERMS).map(([label, { count }]) => `${label}: ${count}`);
    const rest = terms.slice(MAX_TERMS).reduce((n, [, { count }]) => n + count, 0);
    lines.push(`In other indexed terms: ${shown.join(' · ')}${rest ? ` · ${rest} more in ${terms.length - MAX_TERMS} older` : ''}`);
  }
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: project.headingRange };
};

function ideasOf(summary: IndexedFile, sameProject: (name: string) => boolean): number {
  return summary.projects.filter((p) => sameProject(p.name)).reduce((n, p) => n + p.ideas.length, 0);
}
