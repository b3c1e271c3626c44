import { DidChangeWatchedFilesNotification, RegistrationRequest, UnregistrationRequest, type Connection } from 'vscode-languageserver';
import { INDEX_PROGRESS_TITLE, INDEX_WATCHER_ID } from '../protocol';
import type { LanguageService } from '../service/languageService';

/** How long to wait for the client's settings before indexing with the defaults. */
const SETTINGS_WAIT_MS = 1500;

/**
 * Builds the workspace index in the background once the client is ready
 * (with work-done progress), builds it again when the `files` setting
 * changes, and keeps the watcher of the ideas files registered for the
 * current globs (the service keeps the index current from the file events).
 */
export class Indexing {
  private waitingForSettings = false;
  private watching = false;
  /** Watcher (un)registrations, one after the other. */
  private watchQueue: Promise<void> = Promise.resolve();

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
    private readonly canWatch: boolean,
  ) {}

  /** The client is ready; `settingsComing`: it was asked for its settings (workspace/configuration), so the first build waits for them. */
  start(settingsComing: boolean): void {
    this.service.index.setGlobs(this.service.settings.files);
    this.service.index.expectBuild();
    if (settingsComing) {
      this.waitingForSettings = true;
      setTimeout(() => {
        if (!this.waitingForSettings) return;
        this.waitingForSettings = false;
        this.rebuild();
      }, SETTINGS_WAIT_MS);
      return;
    }
    this.rebuild();
  }

  /** New settings were applied; `globsChanged`: the `files` setting is not what it was. */
  settingsChanged(globsChanged: boolean): void {
    if (!globsChanged && !this.waitingForSettings) return;
    this.waitingForSettings = false;
    this.rebuild();
  }

  private rebuild(): void {
    void this.build();
    this.watchQueue = this.watchQueue.then(() => this.registerWatcher());
  }

  private async build(): Promise<void> {
    const progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin(INDEX_PROGRESS_TITLE, 0, 'Looking for ideas files', false);
    let lastPercent = -1;
    try {
      await this.service.buildIndex((done, total) => {
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
        if (percent === lastPercent) return;
        lastPercent = percent;
        progress?.report(percent, `${done}/${total} files`);
      });
    } catch (e) {
      this.connection.console.error(`Indexing the workspace failed: ${e instanceof Error ? e.stack : String(e)}`);
    } finally {
      progress?.done();
    }
  }

  private async registerWatcher(): Promise<void> {
    if (!this.canWatch) return;
    const method = DidChangeWatchedFilesNotification.method;
    try {
      if (this.watching) await this.connection.sendRequest(UnregistrationRequest.type, { unregisterations: [{ id: INDEX_WATCHER_ID, method }] });
      this.watching = false;
      const watchers = this.service.index.fileGlobs.map((globPattern) => ({ globPattern }));
      if (watchers.length === 0) return;
      await this.connection.sendRequest(RegistrationRequest.type, { registrations: [{ id: INDEX_WATCHER_ID, method, registerOptions: { watchers } }] });
      this.watching = true;
    } catch (e) {
      this.connection.console.warn(`Could not watch the ideas files: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
