import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Catalog } from './catalog';

/** Where cncf/mentoring keeps the automation's project list and quotas. */
export const AUTOMATION_DIR = 'programs/lfx-mentorship/automation';

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new Error(`cannot read ${path}: ${code ?? String(e)}`);
  }
}

/**
 * The catalog of the first folder (a clone of cncf/mentoring) holding the
 * automation's projects.yml or quotas.yml, a file missing there coming from
 * the bundled copy; undefined when no folder has either. Throws, naming the
 * folder, when one is malformed.
 */
export function loadWorkspaceCatalog(roots: string[]): Catalog | undefined {
  for (const root of roots) {
    const dir = join(root, AUTOMATION_DIR);
    const projects = readIfPresent(join(dir, 'projects.yml'));
    const quotas = readIfPresent(join(dir, 'quotas.yml'));
    if (projects === undefined && quotas === undefined) continue;
    try {
      return Catalog.fromYaml(projects, quotas, `workspace catalog (${AUTOMATION_DIR})`);
    } catch (e) {
      throw new Error(`${dir}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return undefined;
}

/** The workspace's catalog when one of `roots` has the automation files, else the bundled one. */
export function catalogOf(roots: string[]): Catalog {
  return loadWorkspaceCatalog(roots) ?? Catalog.bundled();
}
