import * as path from 'node:path';
import { commands, window, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { IdeasStatusBar } from './statusBar';
import { registerGitHubAuth } from './github';
import { registerProposalCommands } from './proposalCommands';
import { registerUpdateTocCommand } from './tocCommand';
import { registerNewEntryCommands } from './newEntryCommands';
import { registerFileProposalCommand } from './fileProposalCommand';
import { ProposalFileSystem } from './proposalFileSystem';
import { ProposalsView } from './proposalsView';
import { PROPOSAL_SCHEME } from '../../server/src/github/protocol';
import { registerMentorSuggest } from './mentorSuggest';
import { registerConvertCommands } from './convertCommands';

let client: LanguageClient | undefined;

/**
 * Starts the language server (dist/server.js) over IPC for file and untitled
 * Markdown, and adds the commands and the status bar item. The server decides
 * which Markdown is an ideas file; activation itself only spawns it.
 */
export function activate(context: ExtensionContext): void {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const outputChannel = window.createOutputChannel('CNCF Mentorship Ideas', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: PROPOSAL_SCHEME, language: 'markdown' },
    ],
    synchronize: { configurationSection: 'mentorshipIdeas' },
    outputChannel,
    // The default error handler restarts a server that exits (up to 4 times
    // in 3 minutes); the e2e suite kills the server to check that it does.
  };
  const languageClient = new LanguageClient('mentorshipIdeas', 'CNCF Mentorship Ideas', serverOptions, clientOptions);
  client = languageClient;
  registerGitHubAuth(context, languageClient);
  registerProposalCommands(context, languageClient);
  registerUpdateTocCommand(context, languageClient);
  registerNewEntryCommands(context, languageClient);
  registerFileProposalCommand(context, languageClient);
  registerMentorSuggest(context);
  registerConvertCommands(context, languageClient);

  context.subscriptions.push(
    outputChannel,
    commands.registerCommand('mentorshipIdeas.restartServer', async () => {
      outputChannel.info('Restarting the language server');
      await languageClient.restart();
    }),
    commands.registerCommand('mentorshipIdeas.showOutput', () => outputChannel.show(true)),
    new IdeasStatusBar(languageClient),
    ProposalFileSystem.register(languageClient),
    ProposalsView.register(languageClient),
  );

  languageClient.start().catch((e: unknown) => {
    outputChannel.error(`The language server did not start: ${e instanceof Error ? e.message : String(e)}`);
  });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
