import type { ServerContext } from '../serverContext';
import { envMs, GitHubClient } from './client';

/** Tests shorten the cache's time to live and the request timeout (capped at 5 s) through these. */
export const TTL_ENV = 'MENTORSHIP_IDEAS_GITHUB_TTL_MS';
export const TIMEOUT_ENV = 'MENTORSHIP_IDEAS_GITHUB_TIMEOUT_MS';

/**
 * GitHub access for one server (or one CLI run): one client, so one cache,
 * and the token: the editor's sign-in when it handed one over, else
 * GITHUB_TOKEN. The token is only ever put in the Authorization header.
 */
export class GitHubAccess {
  readonly client: GitHubClient;
  private editorToken: string | undefined;
  private editorWriteToken: string | undefined;
  private listeners: (() => void)[] = [];

  constructor(apiUrl: () => string, private readonly envToken: string | undefined = process.env.GITHUB_TOKEN || undefined) {
    this.client = new GitHubClient({ apiUrl, token: () => this.token(), writeToken: () => this.writeToken(), ttlMs: envMs(TTL_ENV), timeoutMs: envMs(TIMEOUT_ENV) });
  }

  private token(): string | undefined {
    return this.editorToken ?? this.envToken;
  }

  /** Filing and saving: the editor's `public_repo` session when it handed one over, else the token for reading. */
  private writeToken(): string | undefined {
    return this.editorWriteToken ?? this.token();
  }

  /** True when GITHUB_TOKEN was set for this process: the editor need not ask for a session to write. */
  hasEnvironmentToken(): boolean {
    return !!this.envToken;
  }

  /** The editor's token for writing (a session with the `public_repo` scope), or undefined to forget it. */
  setEditorWriteToken(token: string | undefined): void {
    this.editorWriteToken = token;
  }

  /** The editor's token (undefined when signed out); what was learnt with the old one is forgotten. */
  setEditorToken(token: string | undefined): void {
    if (token === this.editorToken) return;
    this.editorToken = token;
    this.client.reset();
    for (const listener of this.listeners) listener();
  }

  onTokenChange(listener: () => void): void {
    this.listeners.push(listener);
  }
}

const perServer = new WeakMap<ServerContext, GitHubAccess>();

/** The server's GitHub access, created on first use; reads the API base from the current settings. */
export function githubFor(ctx: ServerContext): GitHubAccess {
  let access = perServer.get(ctx);
  if (!access) {
    access = new GitHubAccess(() => ctx.workspace.settings.github.apiUrl);
    perServer.set(ctx, access);
  }
  return access;
}
