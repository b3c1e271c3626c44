#!/usr/bin/env node
// Regenerates the bundled CNCF catalog from the automation's projects.yml
// (and the quotas.yml beside it, or the one named second):
//   npm run update-catalog -- path/to/projects.yml [path/to/quotas.yml]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const [projectsPath, quotasArg] = process.argv.slice(2);
if (!projectsPath) {
  console.error('usage: npm run update-catalog -- <projects.yml> [quotas.yml]');
  process.exit(2);
}
const quotasPath = quotasArg ?? join(dirname(projectsPath), 'quotas.yml');
const projects = parse(readFileSync(projectsPath, 'utf8'));
const quotas = parse(readFileSync(quotasPath, 'utf8'));
if (!Array.isArray(projects)) throw new Error(`${projectsPath}: expected a list of projects`);

const catalog = {
  projects: projects.map((p) => ({
    name: String(p.name),
    slug: String(p.slug ?? ''),
    maturity: String(p.maturity ?? ''),
    homepage: String(p.homepage ?? ''),
    repoUrl: String(p.repo_url ?? ''),
  })),
  quotas: {
    default: Number(quotas?.default_per_project_per_term ?? 4),
    overrides: Object.fromEntries(Object.entries(quotas?.overrides ?? {}).map(([k, v]) => [String(k).toLowerCase(), Number(v)])),
  },
};
const out = resolve(dirname(fileURLToPath(import.meta.url)), '../server/src/catalog/catalog.generated.json');
writeFileSync(out, JSON.stringify(catalog, null, 1) + '\n');
console.log(`wrote ${catalog.projects.length} projects and ${Object.keys(catalog.quotas.overrides).length} quota overrides to ${out}`);
