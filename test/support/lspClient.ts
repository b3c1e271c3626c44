import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

export const SERVER = resolve(__dirname, '../../dist/server.js');

/**
 * A real LSP client for tests and the benchmark: spawns `node dist/server.js
 * --stdio` and speaks JSON-RPC to it as an editor does.
 */
export class LspClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  private diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private versions = new Map<string, number>();
  stderr = '';
  /** What the server asked the client for through workspace/configuration; answer with `settings`. */
  settings: unknown = {};
  messages: { type: number; message: string }[] = [];

  /** `command` starts another server than dist/server.js, e.g. an installed bin: `['/prefix/bin/mentorship-ideas-language-server', '--stdio']`. */
  constructor(env: NodeJS.ProcessEnv = process.env, command: string[] = [process.execPath, SERVER, '--stdio']) {
    this.process = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.process.stderr!.on('data', (d) => (this.stderr += d));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && (w.version === undefined || w.version === p.version)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
      this.messages.push(m);
    });
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** `snippetEdits`: announce LSP 3.18 snippet edits in workspace edits, as vscode-languageclient 10+ does; `workspaceEdit` and `window`: other client capabilities. */
  async initialize(options: { settings?: unknown; configuration?: boolean; rootUri?: string | null; initializationOptions?: unknown; snippetEdits?: boolean; workspaceEdit?: unknown; window?: unknown } = {}): Promise<unknown> {
    if (options.settings !== undefined) this.settings = options.settings;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'workspace' }] : null,
      capabilities: {
        workspace: {
          configuration: options.configuration ?? true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
          ...(options.snippetEdits ? { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } : {}),
          ...(options.workspaceEdit ? { workspaceEdit: options.workspaceEdit } : {}),
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true, resolveSupport: { properties: ['edit'] } },
          completion: { completionItem: { snippetSupport: true, labelDetailsSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        window: { workDoneProgress: true, ...(options.window ?? {}) },
      },
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, version);
    const done = this.waitForDiagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    return done;
  }

  change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const done = this.waitForDiagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return done;
  }

  /** Tells the server the document was saved (textDocument/didSave); resolves with the diagnostics published again for its version. */
  save(uri: string): Promise<PublishDiagnosticsParams> {
    const done = this.waitForDiagnostics(uri, this.versions.get(uri));
    void this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    return done;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  waitForDiagnostics(uri: string, version?: number, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version} within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        uri,
        version,
        resolve: (p) => {
          clearTimeout(timer);
          resolvePromise(p);
        },
      });
    });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<void> {
    const exited = new Promise((r) => (this.process.exitCode !== null ? r(null) : this.process.once('exit', r)));
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}
