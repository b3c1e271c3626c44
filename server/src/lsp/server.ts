import { FileChangeType, TextDocuments, type Connection, type InitializeParams } from 'vscode-languageserver';
import type { Diagnostic } from '../analysis/diagnostic';
import { isCatalogFile } from '../catalog/workspaceCatalog';
import type { Platform } from '../service/host';
import { LanguageService } from '../service/languageService';
import type { InitializationOptions } from '../protocol';
import { fileUri } from '../uri';
import { serverCapabilities } from './capabilities';
import { registerCommands } from './commands';
import { registerHandlers } from './handlers';
import { Indexing } from './indexing';
import { LineDocument } from './lineDocument';
import { SettingsSource } from './settings';
import { reloadCatalog, watchCatalog } from './catalogReload';
import { workspaceFiles } from './workspaceFiles';

/**
 * Serves LSP on `connection` (stdio, IPC, a browser worker's port) with the
 * language service built on `platform`: keeps the open documents, pushes
 * their diagnostics, and hands every request to the service. The files the
 * platform cannot read are asked of the client, when it offers to answer.
 */
export function startServer(connection: Connection, platform: Platform): void {
  // The analyzer is fed the editor's changes themselves, not the whole new text.
  const documents = new TextDocuments<LineDocument>({
    create: LineDocument.create,
    update(document, changes, version) {
      languageService.recordChanges(document.uri, changes);
      return LineDocument.update(document, changes, version);
    },
  });
  let initializeParams: InitializeParams | undefined;
  const files = workspaceFiles(connection, platform, () => (initializeParams?.initializationOptions as InitializationOptions | undefined)?.workspaceFiles === true);
  const languageService = new LanguageService({
    ...platform,
    files,
    documents,
    logger: { error: (m) => connection.console.error(m), warn: (m) => connection.console.warn(m) },
    publishDiagnostics: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics: diagnostics.map(published) }),
  });

  let indexing: Indexing | undefined;
  const settings = new SettingsSource(connection, languageService, (globsChanged) => indexing?.settingsChanged(globsChanged));

  connection.onInitialize((params) => {
    initializeParams = params;
    settings.initialize(params);
    languageService.setWorkspaceFolders(workspaceFolders(params));
    indexing = new Indexing(connection, languageService, !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return { capabilities: serverCapabilities(), serverInfo: { name: 'mentorship-ideas', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    languageService.editorStarting();
    settings.initialized();
    void reloadCatalog(connection, languageService);
    if (initializeParams!.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) watchCatalog(connection);
    indexing!.start(settings.pulled);
  });

  connection.onDidChangeConfiguration((change) => settings.didChange(change.settings));

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => isCatalogFile(c.uri))) void reloadCatalog(connection, languageService);
    for (const change of params.changes) if (files.reads(change.uri)) languageService.fileChanged(change.uri, change.type === FileChangeType.Deleted);
  });

  documents.onDidChangeContent((e) => {
    languageService.publish(e.document.uri);
    languageService.documentChanged(e.document.uri);
  });
  documents.onDidSave((e) => languageService.documentSaved(e.document.uri));
  documents.onDidClose((e) => {
    languageService.documentClosed(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  registerHandlers(connection, languageService, settings.ready, () => initializeParams!);
  registerCommands(connection, documents, languageService, () => initializeParams!);
  documents.listen(connection);
  connection.listen();
}

/** The workspace folders of the initialize request (the folders, else the root), as URIs. */
function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  if (uris.length === 0 && params.rootPath) uris.push(fileUri(params.rootPath));
  return uris;
}

/**
 * A diagnostic as the editor gets it, without its data: code actions read
 * the server's current analysis, never the client's copy, so the fixes'
 * edits, the alternatives and the entry part it names stay on the server,
 * and each keystroke's publication is a fifth smaller.
 */
function published(d: Diagnostic): Diagnostic {
  if (!d.data) return d;
  const { data: _, ...rest } = d;
  return rest;
}
