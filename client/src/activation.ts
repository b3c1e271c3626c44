import { commands, window, type ExtensionContext, type LogOutputChannel } from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { ClientCommand, PROPOSAL_SCHEME, type InitializationOptions } from '../../server/src/protocol';
import { registerConvertCommands } from './convertCommands';
import { registerFileProposalCommand } from './fileProposalCommand';
import { registerGitHubAuth } from './github';
import { registerMentorSuggest } from './mentorSuggest';
import { registerNewEntryCommands } from './newEntryCommands';
import { registerProposalCommands } from './proposalCommands';
import { ProposalFileSystem } from './proposalFileSystem';
import { ProposalsView } from './proposalsView';
import { IdeasStatusBar } from './statusBar';
import { registerUpdateTocCommand } from './tocCommand';
import { answerWorkspaceFileRequests } from './workspaceFiles';

export const CLIENT_ID = 'mentorshipIdeas';
export const CLIENT_NAME = 'CNCF Mentorship Ideas';

/**
 * The Markdown documents the server gets: on disk, untitled, proposal issues
 * opened from GitHub (PROPOSAL_SCHEME), and in the virtual file systems of
 * the browser editors (github.dev and vscode.dev's `vscode-vfs`, a remote's
 * files in a browser's extension host). Other schemes (`git:` diff sides,
 * notebook cells) are copies, not the file.
 */
const DOCUMENT_SCHEMES = ['file', 'untitled', PROPOSAL_SCHEME, 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

/** The client's options, the same on the desktop and in a browser. */
export function clientOptions(outputChannel: LogOutputChannel): LanguageClientOptions {
  const initializationOptions: InitializationOptions = { workspaceFiles: true };
  return {
    documentSelector: DOCUMENT_SCHEMES.map((scheme) => ({ scheme, language: 'markdown' })),
    synchronize: { configurationSection: 'mentorshipIdeas' },
    initializationOptions,
    outputChannel,
    // The default error handler restarts a server that exits (up to 4 times
    // in 3 minutes); the e2e suite kills the server to check that it does.
  };
}

/**
 * What both entry points (extension.ts on Node, browserExtension.ts in a
 * browser) add to their language client: the commands, GitHub sign-in, the
 * status bar item, the workspace's files for the server; then it starts.
 */
export function startClient(context: ExtensionContext, languageClient: BaseLanguageClient, outputChannel: LogOutputChannel): void {
  registerGitHubAuth(context, languageClient);
  registerProposalCommands(context, languageClient);
  registerUpdateTocCommand(context, languageClient);
  registerNewEntryCommands(context, languageClient);
  registerFileProposalCommand(context, languageClient);
  registerMentorSuggest(context);
  registerConvertCommands(context, languageClient);

  context.subscriptions.push(
    outputChannel,
    ...answerWorkspaceFileRequests(languageClient),
    commands.registerCommand(ClientCommand.restartServer, async () => {
      outputChannel.info('Restarting the language server');
      // Node's client has restart(), the browser's has not: stop, then start.
      await languageClient.stop();
      await languageClient.start();
    }),
    commands.registerCommand(ClientCommand.showOutput, () => outputChannel.show(true)),
    new IdeasStatusBar(languageClient),
    ProposalFileSystem.register(languageClient),
    ProposalsView.register(languageClient),
  );

  languageClient.start().catch((e: unknown) => {
    const reason = e instanceof Error ? e.message : String(e);
    outputChannel.error(`The language server did not start: ${reason}`);
    void window.showErrorMessage(`CNCF Mentorship Ideas: the language server did not start (${reason}). Diagnostics, completion and the outline are off until it does; "Restart Language Server" tries again.`);
  });
}
