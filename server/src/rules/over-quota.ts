import { isPublishedReadme } from '../analysis/accepted';
import { resolveProject, squash } from '../catalog/match';
import type { CatalogProject } from '../catalog/catalog';
import type { DocumentRule, Problem } from './rule';

/**
 * More ideas for one project in one file (one term) than its quota. Headings
 * that name the same catalog project loosely (`WasmEdge`, `WasmEdge Runtime`)
 * count together; the warning goes on the heading holding the first idea over.
 * A term README lists accepted programs, not proposals: no quota applies there.
 */
export const overQuota: DocumentRule = {
  code: 'over-quota',
  defaultSeverity: 'warning',
  description: 'More ideas for one project in one file than its per-term quota.',
  scope: 'document',
  reads: 'headings',
  check({ doc, catalog }) {
    if (isPublishedReadme(doc.uri)) return [];
    const groups = new Map<CatalogProject | string, { name: string; quota: number; count: number; over?: typeof doc.projects[number] }>();
    for (const project of doc.projects) {
      if (project.ideas.length === 0) continue;
      const known = resolveProject(catalog, project.name);
      const key = known ?? squash(project.name);
      let group = groups.get(key);
      if (!group) {
        group = { name: known?.name ?? project.name, quota: catalog.quotaFor(known, project.name), count: 0 };
        groups.set(key, group);
      }
      group.count += project.ideas.length;
      if (group.count > group.quota && !group.over) group.over = project;
    }
    const problems: Problem[] = [];
    for (const group of groups.values()) {
      if (!group.over) continue;
      problems.push({
        range: group.over.headingRange,
        message: `Project "${group.name}" has ${group.count} ideas in this file, over its quota of ${group.quota} per term (quotas.yml, ${catalog.origin}): keep the ${group.quota} most important, or ask the program admins for an exception`,
      });
    }
    return problems;
  },
};
