import { authentication, window } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SET_GITHUB_WRITE_TOKEN, WRITE_ACCESS_REQUEST, type SetGitHubTokenParams, type WriteAccessResult } from '../../server/src/protocol';

/** Filing and editing issues of a public repository needs no more than this. */
const WRITE_SCOPES = ['public_repo'];

async function silentSession(scopes: string[]) {
  try {
    return await authentication.getSession('github', scopes, { silent: true });
  } catch {
    return undefined;
  }
}

/**
 * Makes sure the server can write to GitHub, asking VS Code for the
 * `public_repo` scope only now, when an issue is filed or saved: a session
 * that has it (or `repo`) is used without asking; a server started with
 * GITHUB_TOKEN writes with that; otherwise VS Code asks to sign in. The token
 * goes only into the notification. False when the user declined.
 */
export async function ensureGitHubWrite(client: BaseLanguageClient, why: string): Promise<boolean> {
  const session = (await silentSession(WRITE_SCOPES)) ?? (await silentSession(['repo']));
  if (session) {
    await client.sendNotification(SET_GITHUB_WRITE_TOKEN, { token: session.accessToken } satisfies SetGitHubTokenParams);
    return true;
  }
  const access = (await client.sendRequest(WRITE_ACCESS_REQUEST).catch(() => undefined)) as WriteAccessResult | undefined;
  if (access?.environmentToken) return true;
  try {
    const asked = await authentication.getSession('github', WRITE_SCOPES, { createIfNone: true });
    await client.sendNotification(SET_GITHUB_WRITE_TOKEN, { token: asked.accessToken } satisfies SetGitHubTokenParams);
    return true;
  } catch (e) {
    void window.showWarningMessage(`CNCF Mentorship Ideas: ${why} needs GitHub sign-in with permission to write public repositories (${e instanceof Error ? e.message : String(e)}).`);
    return false;
  }
}
