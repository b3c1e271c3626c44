import type { Catalog, CatalogProject } from '../catalog/catalog';
import { resolveProject, squash } from '../catalog/match';

/**
 * Catalog projects for what was typed on a `###` line, best first: the
 * project the text already names (an alias or acronym counts: `OPA`,
 * `LitmusChaos`), then names starting with it, then names with a word
 * starting with it, containing it, with matching initials, or holding its
 * letters in order; graduated projects first among equals. Nothing typed:
 * every project, by name.
 */
export function rankProjects(catalog: Catalog, query: string): CatalogProject[] {
  const q = squash(query);
  if (!q) return [...catalog.projects].sort((a, b) => a.name.localeCompare(b.name));
  const named = resolveProject(catalog, query);
  const scored: { project: CatalogProject; score: number }[] = [];
  for (const project of catalog.projects) {
    const score = project === named ? 1000 : matchScore(q, project);
    if (score > 0) scored.push({ project, score: score + (MATURITY_BONUS[project.maturity] ?? 0) });
  }
  return scored.sort((a, b) => b.score - a.score || a.project.name.localeCompare(b.project.name)).map((s) => s.project);
}

/** Among equally good matches, graduated projects come before incubating ones, then sandbox ones (`Kube`: Kubernetes first). */
const MATURITY_BONUS: Record<string, number> = { graduated: 0.6, incubating: 0.4, sandbox: 0.2 };

function matchScore(q: string, project: CatalogProject): number {
  const key = squash(project.name);
  if (key.startsWith(q)) return 900 - (key.length - q.length) / 100;
  if (squash(project.slug).startsWith(q)) return 850;
  const words = project.name.split(/[\s\-/()]+/).filter(Boolean).map(squash);
  if (words.some((w) => w.startsWith(q))) return 800;
  if (key.includes(q)) return 700;
  if (words.map((w) => w[0]).join('').startsWith(q)) return 650;
  const gaps = subsequenceGaps(q, key);
  return gaps === undefined ? 0 : 500 - gaps;
}

/** How many letters of `text` lie between the letters of `query` found in order, or undefined when they are not all there. */
function subsequenceGaps(query: string, text: string): number | undefined {
  let at = text.indexOf(query[0]);
  if (at < 0) return undefined;
  let gaps = 0;
  for (let i = 1; i < query.length; i++) {
    const next = text.indexOf(query[i], at + 1);
    if (next < 0) return undefined;
    gaps += next - at - 1;
    at = next;
  }
  return gaps;
}

/** Maturity, homepage and repository, as Markdown. */
export function projectDocumentation(project: CatalogProject): string {
  const lines = [`**${project.name}**${project.maturity ? ` · CNCF ${project.maturity}` : ''}`];
  if (project.homepage) lines.push(`Homepage: ${project.homepage}`);
  if (project.repoUrl) lines.push(`Repository: ${project.repoUrl}`);
  return lines.join('\n\n');
}
