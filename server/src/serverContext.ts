import type { Connection, DidChangeWatchedFilesParams, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Diagnostic } from './analysis/analyzer';
import type { LineDocument } from './lineDocument';
import type { Workspace } from './workspace';

/** An open ideas file: its text, and the analysis of its current version. */
export interface OpenIdeasFile {
  document: TextDocument;
  analysis: Analysis;
}

/** What a feature gets from the server: the connection, the open documents and the shared state. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<LineDocument>;
  workspace: Workspace;
  /** The initialize request, for client capabilities. */
  initializeParams: InitializeParams;
  /** Settles once the client's settings have been read (or could not be), for requests that depend on them. */
  settingsReady: Promise<void>;
  /** The open document at `uri` when it is an ideas file; undefined otherwise. */
  ideasFile(uri: string): OpenIdeasFile | undefined;
  /** Publishes the diagnostics of an open document for its current version. */
  publish(uri: string): void;
  /**
   * Extra diagnostics added to each publication of any open document (e.g.
   * upstream-closed, found in the background), each source choosing the
   * documents it reports on; a source calls `publish` again when it learns more.
   */
  diagnosticSources: ((file: OpenIdeasFile) => Diagnostic[])[];
}

/** One LSP feature: what it announces at initialize, and the handlers it registers. */
export interface Feature {
  capabilities?(params: InitializeParams): ServerCapabilities;
  register(ctx: ServerContext): void;
  /** Runs when the client sends `initialized` (dynamic registrations); features must not call `connection.onInitialized`, which would replace the server's handler. */
  initialized?(ctx: ServerContext): void;
  /** Gets every workspace/didChangeWatchedFiles notification (the server holds the one handler; features must not call `connection.onDidChangeWatchedFiles`) and picks the files it watches. */
  didChangeWatchedFiles?(ctx: ServerContext, params: DidChangeWatchedFilesParams): void;
  /** Runs after new settings were applied to `ctx.workspace.settings`. */
  settingsChanged?(ctx: ServerContext): void;
}
