import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification, type InitializeParams } from 'vscode-languageserver/node';
import { BUNDLED_ORIGIN, Catalog } from '../catalog/catalog';
import { AUTOMATION_DIR, loadWorkspaceCatalog } from '../catalog/workspaceFiles';
import type { Feature, ServerContext } from '../serverContext';

export const CATALOG_WATCH_GLOB = `**/${AUTOMATION_DIR}/{projects,quotas}.yml`;
const CATALOG_FILE = /programs\/lfx-mentorship\/automation\/(?:projects|quotas)\.yml$/;

/** The workspace folders as file-system paths (the folders, else the root). */
export function workspaceRoots(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const roots: string[] = [];
  for (const uri of uris) {
    try {
      if (uri.startsWith('file:')) roots.push(fileURLToPath(uri));
    } catch {
      // not a local folder: nothing to read there
    }
  }
  if (roots.length === 0 && params.rootPath) roots.push(params.rootPath);
  return roots;
}

/**
 * The workspace's own project list and quotas win over the bundled catalog,
 * and are re-read when they change; a malformed file keeps the catalog in
 * use and says so once per change.
 */
export const workspaceCatalogFeature: Feature = {
  register() {},
  didChangeWatchedFiles(ctx, params) {
    if (params.changes.some((c) => CATALOG_FILE.test(decodeURIComponent(c.uri)))) reload(ctx);
  },
  initialized(ctx) {
    reload(ctx);
    if (ctx.initializeParams.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void ctx.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CATALOG_WATCH_GLOB }] })
        .catch((e) => ctx.connection.console.warn(`could not watch the workspace catalog: ${String(e)}`));
    }
  },
};

function reload(ctx: ServerContext): void {
  let loaded: Catalog | undefined;
  try {
    loaded = loadWorkspaceCatalog(workspaceRoots(ctx.initializeParams));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    void ctx.connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `CNCF Mentorship Ideas: ${why}. Keeping the previous CNCF project catalog until the file is fixed.`,
    });
    return;
  }
  if (!loaded && ctx.workspace.catalog.origin === BUNDLED_ORIGIN) return;
  ctx.workspace.catalog = loaded ?? Catalog.bundled();
  ctx.workspace.invalidate();
  for (const document of ctx.documents.all()) ctx.publish(document.uri);
}
