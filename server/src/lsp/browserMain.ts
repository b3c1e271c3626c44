import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import type { FileSystem } from '../fileSystem';
import { startServer } from './server';

// dist/server-web.js: the language server in a browser (github.dev, vscode.dev, code-server's web
// extension host). In a Web Worker it serves the worker's own messages. Where an extension may start
// no Worker, the VS Code client evaluates this file in its own worker as the body of a function whose
// parameter `inProcessPort` is its end of a MessageChannel.
declare const inProcessPort: BrowserPort | undefined;
declare const self: BrowserPort & { addEventListener(type: 'unhandledrejection', listener: (e: { reason: unknown; preventDefault(): void }) => void): void };

/** What this file uses of a MessagePort or a worker's global scope (the message reader and writer take either). */
interface BrowserPort {
  postMessage(message: unknown): void;
  close(): void;
}

/** A browser worker reads no file itself: every file comes from the client (protocol.ts, READ_FILE_REQUEST...). */
const noFiles: FileSystem = {
  readDirectory: async () => [],
  readFile: async () => undefined,
};

const port = typeof inProcessPort === 'undefined' ? undefined : inProcessPort;
const endpoint = port ?? self;
const connection = createConnection(new BrowserMessageReader(endpoint), new BrowserMessageWriter(endpoint));
// A stopped server ends its Worker, or lets go of its port in the client's worker.
connection.onExit(() => endpoint.close());
if (!port) {
  // A stray rejected promise costs one answer, never the server (the extension host logs its own).
  self.addEventListener('unhandledrejection', (e) => {
    connection.console.error(`Unhandled rejection: ${e.reason instanceof Error ? e.reason.stack : String(e.reason)}`);
    e.preventDefault();
  });
}
startServer(connection, { files: noFiles, fileSchemes: [], fetch: (input, init) => fetch(input, init), now: Date.now });
