import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readSettings } from './settings';
import { Workspace } from './workspace';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';

/** Starts the language server on the connection the command line names (--stdio, --node-ipc). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();
  let configurationPull = false;

  const analysisOf = (doc: TextDocument) => workspace.analysis(doc.uri, doc.version, () => doc.getText());

  const publish = (doc: TextDocument) => {
    try {
      const { diagnostics } = analysisOf(doc);
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    } catch (e) {
      connection.console.error(`Analysis of ${doc.uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  };

  const applySettings = (raw: unknown) => {
    const { settings, problems } = readSettings(raw);
    workspace.settings = settings;
    for (const p of problems) connection.window.showWarningMessage(`CNCF Mentorship Ideas: ${p}`);
    workspace.invalidate();
    documents.all().forEach(publish);
  };

  const pullSettings = async () => {
    if (!configurationPull) return;
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: 'mentorshipIdeas' }]);
      applySettings(raw);
    } catch (e) {
      connection.console.error(`Could not read settings: ${String(e)}`);
    }
  };

  connection.onInitialize((params: InitializeParams) => {
    configurationPull = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings !== undefined) {
      const { settings, problems } = readSettings(init.settings);
      workspace.settings = settings;
      for (const p of problems) connection.console.warn(p);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'CNCF Mentorship Ideas' },
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'mentorship-ideas', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationPull) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mentorshipIdeas' }).catch(() => undefined);
      void pullSettings();
    }
  });

  connection.onDidChangeConfiguration((change) => {
    if (configurationPull) void pullSettings();
    else applySettings((change.settings as { mentorshipIdeas?: unknown } | undefined)?.mentorshipIdeas);
  });

  documents.onDidChangeContent((e) => publish(e.document));
  documents.onDidClose((e) => {
    workspace.close(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  const ideasDocument = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const analysis = analysisOf(doc);
    return analysis.isIdeasFile ? analysis.doc : undefined;
  };

  connection.onDocumentSymbol((params) => {
    const doc = ideasDocument(params.textDocument.uri);
    return doc ? documentSymbols(doc) : [];
  });
  connection.onFoldingRanges((params) => {
    const doc = ideasDocument(params.textDocument.uri);
    return doc ? foldingRanges(doc) : [];
  });

  documents.listen(connection);
  connection.listen();
}
