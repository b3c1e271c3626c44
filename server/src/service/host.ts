import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../analysis/diagnostic';
import type { FileSystem } from '../fileSystem';

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
}

/** LSP's cancellation token, as the service reads it. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

/** For callers that never cancel (the CLI, tests). */
export const NEVER_CANCELLED: CancellationToken = {
  isCancellationRequested: false,
  onCancellationRequested: () => ({ dispose: () => undefined }),
};

/** What a platform (Node, a browser worker, a test) gives the service: the workspace's files, the network, the clock and the environment. */
export interface Platform {
  files: FileSystem;
  /** The URI schemes `files` reads (all when absent); a server asks the editor for the others, when it offers to answer. */
  fileSchemes?: readonly string[];
  fetch: typeof fetch;
  /** Milliseconds since the epoch. */
  now(): number;
  /** A GitHub token from the environment (GITHUB_TOKEN), used while the editor has handed over none. */
  githubToken?: string;
  /** Shorter times for the GitHub cache and requests than the defaults (tests). */
  githubTtlMs?: number;
  githubTimeoutMs?: number;
  /** A shorter wait than the default before CNCF's verdict is read again after a save (tests). */
  verdictRecheckMs?: number;
}

/** An open document; `length` (when the host keeps it) spares joining the text to check it. */
export type OpenDocument = TextDocument & { readonly length?: number };

/** The documents an editor has open, as the host keeps them. */
export interface OpenDocuments {
  get(uri: string): OpenDocument | undefined;
  all(): OpenDocument[];
}

/** Everything the language service is built from. */
export interface ServiceHost extends Platform {
  documents: OpenDocuments;
  logger: Logger;
  /** Receives every publication of an open document's diagnostics. */
  publishDiagnostics(uri: string, version: number, diagnostics: Diagnostic[]): void;
}
