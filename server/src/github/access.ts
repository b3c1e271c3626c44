import { GitHubClient } from './client';

export interface GitHubAccessOptions {
  /** The REST API base, read for every request (the setting may change). */
  apiUrl: () => string;
  fetch: typeof fetch;
  now: () => number;
  /** The environment's token (GITHUB_TOKEN), used while the editor has handed over none. */
  environmentToken?: string;
  ttlMs?: number;
  timeoutMs?: number;
}

/**
 * GitHub access for one server (or one CLI run): one client, so one cache,
 * and the token: the editor's sign-in when it handed one over, else the
 * environment's. The token is only ever put in the Authorization header.
 */
export class GitHubAccess {
  readonly client: GitHubClient;
  private editorToken: string | undefined;
  private editorWriteToken: string | undefined;
  private listeners: (() => void)[] = [];
  private readonly environmentToken: string | undefined;

  constructor(options: GitHubAccessOptions) {
    this.environmentToken = options.environmentToken || undefined;
    this.client = new GitHubClient({ apiUrl: options.apiUrl, token: () => this.token(), writeToken: () => this.writeToken(), fetch: options.fetch, now: options.now, ttlMs: options.ttlMs, timeoutMs: options.timeoutMs });
  }

  private token(): string | undefined {
    return this.editorToken ?? this.environmentToken;
  }

  /** Filing and saving: the editor's `public_repo` session when it handed one over, else the token for reading. */
  private writeToken(): string | undefined {
    return this.editorWriteToken ?? this.token();
  }

  /** True when the environment gave a token (GITHUB_TOKEN): the editor need not ask for a session to write. */
  hasEnvironmentToken(): boolean {
    return !!this.environmentToken;
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
