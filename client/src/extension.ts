import * as path from 'node:path';
import { window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, clientOptions, startClient } from './activation';

let client: LanguageClient | undefined;

/**
 * The extension on Node (`main`): starts the language server
 * (dist/server.js) over IPC. The server decides which Markdown is an ideas
 * file; activation itself only spawns it.
 */
export function activate(context: ExtensionContext): void {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const outputChannel = window.createOutputChannel(CLIENT_NAME, { log: true });
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(outputChannel));
  startClient(context, client, outputChannel);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
