import { window, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, clientOptions, startClient } from './activation';
import { startBrowserServer, type BrowserServerLocation } from './browserServer';

let client: LanguageClient | undefined;

/** What the web extension tells about itself (the e2e suite reads it). */
export interface BrowserExtensionApi {
  /** Where the language server last started; undefined before it has. */
  readonly serverLocation: BrowserServerLocation | undefined;
  /** How many times it was started (restarts included). */
  readonly serverStarts: number;
}

/**
 * The extension in a browser (`browser`: github.dev, vscode.dev, a web
 * worker extension host): the same client as on the desktop, on the browser
 * build of the server, the workspace's files read through VS Code.
 */
export function activate(context: ExtensionContext): BrowserExtensionApi {
  const outputChannel = window.createOutputChannel(CLIENT_NAME, { log: true });
  let serverLocation: BrowserServerLocation | undefined;
  let serverStarts = 0;
  const started = (where: BrowserServerLocation) => {
    serverLocation = where;
    serverStarts++;
  };
  // `as never`: the browser client's types name the DOM's Worker, which this project (typed against Node) does not declare.
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, () => startBrowserServer(context.extensionUri, outputChannel, started) as never, clientOptions(outputChannel));
  startClient(context, client, outputChannel);
  return {
    get serverLocation() {
      return serverLocation;
    },
    get serverStarts() {
      return serverStarts;
    },
  };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
