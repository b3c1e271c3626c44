import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { ClientCommand, SET_GITHUB_TOKEN, type SetGitHubTokenParams } from '../../server/src/protocol';

/** Reading private repositories' issues needs `repo`; public ones need no sign-in at all. */
const SCOPES = ['repo'];

/**
 * Hands the language server the token of VS Code's GitHub session: silently
 * whenever the server (re)starts and a session exists, again whenever
 * sessions change, and after the "Sign in to GitHub" command. The token goes
 * only into the notification.
 */
export function registerGitHubAuth(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const send = async (signIn: boolean) => {
    let token: string | null = null;
    try {
      const session = await vscode.authentication.getSession('github', SCOPES, signIn ? { createIfNone: true } : { silent: true });
      token = session?.accessToken ?? null;
    } catch (e) {
      if (signIn) {
        void vscode.window.showWarningMessage(`CNCF Mentorship Ideas: GitHub sign-in did not complete (${e instanceof Error ? e.message : String(e)}).`);
        return;
      }
    }
    const params: SetGitHubTokenParams = { token };
    try {
      await client.sendNotification(SET_GITHUB_TOKEN, params);
      if (signIn && token) void vscode.window.showInformationMessage('CNCF Mentorship Ideas: signed in to GitHub; issue previews now use your account.');
    } catch {
      // The server is not running (stopped or restarting); it reads GITHUB_TOKEN until told otherwise.
    }
  };
  context.subscriptions.push(
    vscode.authentication.onDidChangeSessions((e) => {
      if (e.provider.id === 'github') void send(false);
    }),
    vscode.commands.registerCommand(ClientCommand.signInToGitHub, () => send(true)),
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) void send(false);
    }),
  );
  if (client.isRunning()) void send(false);
}
