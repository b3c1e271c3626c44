import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INDEX_PROGRESS_TITLE } from '../../server/src/protocol';
import { LspClient } from './lspClient';

interface ProgressValue {
  kind: 'begin' | 'report' | 'end';
  title?: string;
  message?: string;
  percentage?: number;
}

/**
 * A workspace folder of real files on disk and a language server started on
 * it over stdio, with what the server asked of the client recorded: dynamic
 * registrations, work-done progress, applied edits.
 */
export class IndexedWorkspace {
  readonly client = new LspClient();
  readonly registrations: { id: string; method: string; registerOptions?: unknown }[] = [];
  readonly unregistrations: { id: string; method: string }[] = [];
  readonly progress: { token: string | number; value: ProgressValue }[] = [];
  readonly appliedEdits: unknown[] = [];
  /** Errors the server logged (a failing request it caught). */
  readonly loggedErrors: string[] = [];
  private indexDone: Promise<void>;
  private listeners = new Set<() => void>();

  private constructor(readonly root: string) {
    const connection = this.client.connection;
    connection.onRequest('client/registerCapability', (params: { registrations: IndexedWorkspace['registrations'] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', (params: { unregisterations: IndexedWorkspace['unregistrations'] }) => {
      this.unregistrations.push(...params.unregisterations);
      return null;
    });
    connection.onNotification('window/logMessage', (m: { type: number; message: string }) => {
      if (m.type === 1) this.loggedErrors.push(m.message);
    });
    connection.onRequest('workspace/applyEdit', (params: unknown) => {
      this.appliedEdits.push(params);
      return { applied: true };
    });
    this.indexDone = this.nextIndexing();
    // A test that stops the server before the first indexing ends has not waited for it: no unhandled rejection then.
    this.indexDone.catch(() => undefined);
    connection.onNotification('$/progress', (p: { token: string | number; value: ProgressValue }) => {
      this.progress.push(p);
      this.listeners.forEach((l) => l());
    });
  }

  /** Resolves when an indexing progress that begins after this call ends. */
  nextIndexing(timeoutMs = 20000): Promise<void> {
    const from = this.progress.length;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`no indexing progress ended within ${timeoutMs} ms; stderr: ${this.client.stderr}`));
      }, timeoutMs);
      // Waiting for an indexing nobody awaits must not keep the test process alive.
      timer.unref();
      const check = () => {
        const events = this.progress.slice(from);
        const begin = events.find((e) => e.value.kind === 'begin' && e.value.title === INDEX_PROGRESS_TITLE);
        if (begin && events.some((e) => e.token === begin.token && e.value.kind === 'end')) {
          clearTimeout(timer);
          this.listeners.delete(check);
          resolve();
        }
      };
      this.listeners.add(check);
    });
  }

  /** Writes `files` (paths relative to the folder) and starts a server on the folder, answering `settings` for workspace/configuration. */
  static async start(files: Record<string, string>, settings: unknown = {}, capabilities: { workspaceEdit?: unknown; window?: unknown } = {}): Promise<IndexedWorkspace> {
    const root = mkdtempSync(join(tmpdir(), 'mentorship-ideas-ws-'));
    const ws = new IndexedWorkspace(root);
    for (const [path, text] of Object.entries(files)) ws.write(path, text);
    await ws.client.initialize({ rootUri: pathToFileURL(root).href, settings, ...capabilities });
    return ws;
  }

  /** Resolves once the first indexing is over. */
  indexed(): Promise<void> {
    return this.indexDone;
  }

  uri(path: string): string {
    return pathToFileURL(join(this.root, path)).href;
  }

  write(path: string, text: string): void {
    const full = join(this.root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }

  remove(path: string): void {
    rmSync(join(this.root, path), { recursive: true, force: true });
  }

  async stop(): Promise<void> {
    await this.client.shutdown();
    rmSync(this.root, { recursive: true, force: true });
  }
}
