import {
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import { LineDocument } from './lineDocument';
import { readSettings } from './settings';
import type { Diagnostic } from './analysis/analyzer';
import { Workspace } from './workspace';
import { features } from './features';
import type { OpenIdeasFile, ServerContext } from './serverContext';

/** Starts the language server on the connection the command line names (--stdio, --node-ipc). */
export function startServer(connection: Connection = createConnection(ProposedFeatures.all)): void {
  const workspace = new Workspace();
  // The analyzer is fed the editor's changes themselves, not the whole new text.
  const documents = new TextDocuments<LineDocument>({
    create: LineDocument.create,
    update(document, changes, version) {
      workspace.recordChanges(document.uri, changes);
      return LineDocument.update(document, changes, version);
    },
  });
  let configurationPull = false;
  let settingsRead: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (settingsRead = resolve));

  const analysisOf = (doc: LineDocument) => workspace.analysis(doc.uri, doc.version, doc);

  const ctx: ServerContext = {
    connection,
    documents,
    workspace,
    initializeParams: undefined as unknown as InitializeParams,
    settingsReady,
    diagnosticSources: [],
    ideasFile(uri) {
      const document = documents.get(uri);
      if (!document) return undefined;
      const analysis = analysisOf(document);
      return analysis.isIdeasFile ? { document, analysis } : undefined;
    },
    publish(uri) {
      const document = documents.get(uri);
      if (!document) return;
      try {
        const analysis = analysisOf(document);
        // Each source picks its documents (ideas files; proposal issues opened as documents).
        const file: OpenIdeasFile = { document, analysis };
        const found = ctx.diagnosticSources.flatMap((source) => source(file));
        // A source's finding with the code and line of one of the file's own replaces it (live term checks count more than the file).
        const replaced = new Set(found.map((d) => `${d.code}:${d.range.start.line}`));
        const diagnostics = [...analysis.diagnostics.filter((d) => !replaced.has(`${d.code}:${d.range.start.line}`)), ...found];
        void connection.sendDiagnostics({ uri, version: document.version, diagnostics: workspace.published(uri, diagnostics).map(slimFixData) });
      } catch (e) {
        connection.console.error(`Analysis of ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
      }
    },
  };

  const applySettings = (raw: unknown) => {
    const { settings, problems } = readSettings(raw);
    // The settings the client sends at start are mostly those already in use: nothing to analyse and publish again then.
    const changed = JSON.stringify(settings) !== JSON.stringify(workspace.settings);
    workspace.settings = settings;
    // A notification, not a request: a client without window/showMessageRequest must not fail us.
    for (const p of problems) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `CNCF Mentorship Ideas: ${p}` });
    if (changed) {
      workspace.invalidate();
      for (const d of documents.all()) ctx.publish(d.uri);
    }
    for (const f of features) f.settingsChanged?.(ctx);
  };

  const pullSettings = async () => {
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: 'mentorshipIdeas' }]);
      applySettings(raw);
    } catch (e) {
      connection.console.error(`Could not read settings: ${String(e)}`);
    }
  };

  connection.onInitialize((params: InitializeParams) => {
    ctx.initializeParams = params;
    configurationPull = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings !== undefined) {
      const { settings, problems } = readSettings(init.settings);
      workspace.settings = settings;
      for (const p of problems) connection.console.warn(p);
    }
    const capabilities: ServerCapabilities = {
      // Saves end the leniency for entries being written (analysis/freshEntries.ts).
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    };
    for (const f of features) {
      const c = f.capabilities?.(params) ?? {};
      const commands = [...(capabilities.executeCommandProvider?.commands ?? []), ...(c.executeCommandProvider?.commands ?? [])];
      Object.assign(capabilities, c);
      if (commands.length) capabilities.executeCommandProvider = { commands };
    }
    return { capabilities, serverInfo: { name: 'mentorship-ideas', version: '0.1.0' } };
  });

  connection.onInitialized(() => {
    if (configurationPull) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'mentorshipIdeas' }).catch(() => undefined);
      void pullSettings().finally(settingsRead);
    } else settingsRead();
    for (const f of features) f.initialized?.(ctx);
  });

  connection.onDidChangeConfiguration((change) => {
    if (configurationPull) void pullSettings();
    else applySettings((change.settings as { mentorshipIdeas?: unknown } | undefined)?.mentorshipIdeas);
  });

  documents.onDidChangeContent((e) => ctx.publish(e.document.uri));
  documents.onDidSave((e) => {
    workspace.saved(e.document.uri);
    ctx.publish(e.document.uri);
  });
  documents.onDidClose((e) => {
    workspace.close(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  for (const f of features) f.register(ctx);
  connection.onDidChangeWatchedFiles((params) => {
    for (const f of features) f.didChangeWatchedFiles?.(ctx, params);
  });
  documents.listen(connection);
  connection.listen();
}

/** Edits longer than this are not repeated in every publication; the code action takes them from the analysis. */
const PUBLISHED_FIX_TEXT = 2000;

/**
 * A fix that rewrites a whole table of contents or every heading of a file
 * would make each keystroke's publication tens of kilobytes: its edits stay
 * on the server (code actions read the current analysis, not the client's
 * copy) and the published data names the fix only.
 */
function slimFixData(d: Diagnostic): Diagnostic {
  const fix = d.data?.fix;
  if (!fix || fix.edits.reduce((n, e) => n + e.newText.length, 0) <= PUBLISHED_FIX_TEXT) return d;
  return { ...d, data: { ...d.data, fix: { title: fix.title, preferred: fix.preferred, edits: [] } } };
}
