import { DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { CATALOG_WATCH_GLOB } from '../catalog/workspaceCatalog';
import type { LanguageService } from '../service/languageService';

/**
 * The workspace's own project list and quotas win over the bundled catalog,
 * and are re-read when they change; a malformed file keeps the catalog in
 * use and says so once per change. No diagnostics are published while the
 * files are read, so none is made with the catalog they replace.
 */
export async function reloadCatalog(connection: Connection, service: LanguageService): Promise<void> {
  const release = service.holdPublications();
  try {
    const problem = await service.reloadCatalog();
    if (problem) {
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `CNCF Mentorship Ideas: ${problem}. Keeping the previous CNCF project catalog until the file is fixed.`,
      });
    }
  } finally {
    release();
  }
}

/** Asks the client to tell when the automation files change. */
export function watchCatalog(connection: Connection): void {
  void connection.client
    .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CATALOG_WATCH_GLOB }] })
    .catch((e) => connection.console.warn(`could not watch the workspace catalog: ${String(e)}`));
}
