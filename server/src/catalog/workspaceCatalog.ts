import { readWorkspaceFile, type FileSystem } from '../fileSystem';
import { joinUri, uriPath } from '../uri';
import { Catalog } from './catalog';

/** Where cncf/mentoring keeps the automation's project list and quotas. */
export const AUTOMATION_DIR = 'programs/lfx-mentorship/automation';

/** The automation's files as a watcher's glob, and as a changed file's URI ends. */
export const CATALOG_WATCH_GLOB = `**/${AUTOMATION_DIR}/{projects,quotas}.yml`;
const CATALOG_FILE = /programs\/lfx-mentorship\/automation\/(?:projects|quotas)\.yml$/;

/** A file event for the automation's projects.yml or quotas.yml. */
export function isCatalogFile(uri: string): boolean {
  return CATALOG_FILE.test(uriPath(uri));
}

/**
 * The catalog of the first folder (a clone of cncf/mentoring) holding the
 * automation's projects.yml or quotas.yml, a file missing there coming from
 * the bundled copy; undefined when no folder has either. Throws, naming the
 * folder, when one is malformed.
 */
export async function loadWorkspaceCatalog(files: FileSystem, folders: readonly string[]): Promise<Catalog | undefined> {
  for (const folder of folders) {
    const dir = joinUri(folder, AUTOMATION_DIR);
    const projects = await readWorkspaceFile(files, joinUri(dir, 'projects.yml'));
    const quotas = await readWorkspaceFile(files, joinUri(dir, 'quotas.yml'));
    if (projects === undefined && quotas === undefined) continue;
    try {
      return Catalog.fromYaml(projects, quotas, `workspace catalog (${AUTOMATION_DIR})`);
    } catch (e) {
      throw new Error(`${uriPath(dir)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return undefined;
}
