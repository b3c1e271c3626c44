import { Uri, workspace, type LogOutputChannel } from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, type MessageTransports } from 'vscode-languageclient/browser';

/** The browser's Worker and MessageChannel, as far as this file uses them (the extension is typed against Node's globals). */
declare const Worker: new (url: string, options?: { name?: string }) => unknown;
declare const MessageChannel: new () => { port1: unknown; port2: unknown };

/** Where the language server runs in a browser, for the output channel and the tests. */
export type BrowserServerLocation = 'web worker' | 'extension host worker';

/**
 * Starts the browser build of the language server (dist/server-web.js): in
 * a Web Worker of its own where the host lets an extension start one
 * (github.dev, vscode.dev), else in the extension host's own worker, over a
 * MessageChannel: code-server serves extensions from `vscode-remote:` URIs,
 * from which the web worker extension host starts no Worker
 * (coder/code-server#5869). The file is then evaluated as the body of a
 * function whose parameter `inProcessPort` is the server's end of the
 * channel, as the extension host itself evaluates an extension's code.
 */
export async function startBrowserServer(extensionUri: Uri, outputChannel: LogOutputChannel, started: (where: BrowserServerLocation) => void): Promise<unknown> {
  const script = Uri.joinPath(extensionUri, 'dist', 'server-web.js');
  try {
    const worker = new Worker(script.toString(true), { name: 'CNCF Mentorship Ideas language server' });
    outputChannel.info('The language server runs in a Web Worker');
    started('web worker');
    return worker;
  } catch (e) {
    outputChannel.info(`No Web Worker for the language server here (${e instanceof Error ? e.message : String(e)}): it runs in the extension host's worker`);
  }
  const source = new TextDecoder().decode(await workspace.fs.readFile(script));
  const channel = new MessageChannel();
  new Function('inProcessPort', source)(channel.port2);
  started('extension host worker');
  // `as never`: the reader and writer take the DOM's MessagePort, which this project does not declare.
  const transports: MessageTransports = { reader: new BrowserMessageReader(channel.port1 as never), writer: new BrowserMessageWriter(channel.port1 as never) };
  return transports;
}
