import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { AbstractMessageReader, AbstractMessageWriter, createMessageConnection, type DataCallback, type Disposable, type Message, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { FIND_FILES_REQUEST, READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, type FindFilesParams, type ReadFileParams } from '../../server/src/protocol';

export const BROWSER_SERVER = resolve(__dirname, '../../dist/server-web.js');

class PortReader extends AbstractMessageReader {
  constructor(private readonly port: MessagePort) {
    super();
  }
  listen(callback: DataCallback): Disposable {
    this.port.on('message', callback);
    return { dispose: () => this.port.off('message', callback) };
  }
}

class PortWriter extends AbstractMessageWriter {
  constructor(private readonly port: MessagePort) {
    super();
  }
  async write(message: Message): Promise<void> {
    this.port.postMessage(message);
  }
  end(): void {}
}

/**
 * dist/server-web.js run as the web extension runs it where no Worker may be
 * started: the file's text evaluated as the body of a function whose
 * parameter `inProcessPort` is one end of a MessageChannel, in a realm that
 * has a browser worker's globals and none of Node's (no process, require,
 * Buffer, module, setImmediate). The test is the client on the other end,
 * answering the workspace file requests from `files` (URI to text); the
 * network is the WHATWG `fetch` a browser has (Node's, to a fake GitHub).
 */
export class InProcessBrowserServer {
  readonly connection: MessageConnection;
  readonly fileRequests: { method: string; params: unknown }[] = [];
  readonly logged: string[] = [];
  /** What the server gets for workspace/configuration. */
  settings: unknown = {};
  private readonly diagnostics: PublishDiagnosticsParams[] = [];
  private readonly port: MessagePort;
  /** Settles when the server closed its end of the channel. */
  readonly closed: Promise<void>;

  constructor(readonly files: Map<string, string>) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.closed = new Promise((done) => port1.once('close', () => done()));
    const browserGlobals = {
      console,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      structuredClone,
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
      AbortController,
      AbortSignal,
      Headers,
      Request,
      Response,
      performance,
      crypto: globalThis.crypto,
      navigator: { userAgent: 'test', language: 'en' },
      fetch,
    };
    const realm = createContext(browserGlobals);
    runInContext('globalThis.self = globalThis', realm);
    const RealmFunction = runInContext('Function', realm) as FunctionConstructor;
    new RealmFunction('inProcessPort', readFileSync(BROWSER_SERVER, 'utf8'))(port2);

    this.connection = createMessageConnection(new PortReader(port1), new PortWriter(port1));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => void this.diagnostics.push(p));
    this.connection.onNotification('window/logMessage', (m: { message: string }) => void this.logged.push(m.message));
    this.connection.onNotification('window/showMessage', (m: { message: string }) => void this.logged.push(m.message));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest(READ_FILE_REQUEST, (params: ReadFileParams) => {
      this.fileRequests.push({ method: READ_FILE_REQUEST, params });
      return this.files.get(params.uri) ?? null;
    });
    this.connection.onRequest(FIND_FILES_REQUEST, (params: FindFilesParams) => {
      this.fileRequests.push({ method: FIND_FILES_REQUEST, params });
      return [...this.files.keys()].filter((uri) => uri.startsWith(params.folder.replace(/\/?$/, '/')) && uri.endsWith('.md'));
    });
    this.connection.onRequest(READ_DIRECTORY_REQUEST, (params: unknown) => {
      this.fileRequests.push({ method: READ_DIRECTORY_REQUEST, params });
      return [];
    });
    this.connection.listen();
  }

  async initialize(folder: string, initializationOptions: unknown): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: null,
      rootUri: folder,
      workspaceFolders: [{ uri: folder, name: 'workspace' }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
        window: { workDoneProgress: true },
      },
      initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Opens a document and resolves with its first diagnostics. */
  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return this.waitFor(`diagnostics of ${uri}`, () => this.diagnostics.find((d) => d.uri === uri));
  }

  /** Polls `probe` until it gives something, for at most 10 s. */
  async waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the server logged: ${this.logged.join('\n')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await Promise.race([this.closed, new Promise((r) => setTimeout(r, 2000))]);
    this.connection.dispose();
    this.port.close();
  }
}
