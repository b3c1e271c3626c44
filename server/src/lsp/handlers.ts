import type { CancellationToken, Connection, InitializeParams } from 'vscode-languageserver';
import {
  FILE_SUMMARY_REQUEST,
  LIST_PROPOSALS_REQUEST,
  READ_PROPOSAL_REQUEST,
  SAVE_PROPOSAL_REQUEST,
  SET_GITHUB_TOKEN,
  SET_GITHUB_WRITE_TOKEN,
  WRITE_ACCESS_REQUEST,
  type FileSummary,
  type FileSummaryParams,
  type ListProposalsParams,
  type SetGitHubTokenParams,
} from '../protocol';
import { codeActions } from '../service/codeActions';
import { codeLenses } from '../service/codeLens';
import { completion } from '../service/completion';
import type { OpenIdeasFile } from '../service/documents';
import { documentLinks } from '../service/documentLinks';
import { documentSymbols } from '../service/documentSymbols';
import { fileSummary } from '../service/fileSummary';
import { foldingRanges } from '../service/foldingRanges';
import { formatting } from '../service/formatting';
import { hover } from '../service/hover';
import type { LanguageService } from '../service/languageService';
import { workspaceSymbols } from '../service/workspaceSymbols';

/** A GitHub token as the editor may send it: printable ASCII, at most 1000 characters; anything else counts as none. */
const TOKEN = /^[\x21-\x7e]{1,1000}$/;

/**
 * The request handlers: each looks up the open ideas file the request is
 * about and hands it to the service's feature module; a feature that fails
 * is logged and answers nothing, and ordinary Markdown gets nothing.
 */
export function registerHandlers(connection: Connection, service: LanguageService, settingsReady: Promise<void>, initializeParams: () => InitializeParams): void {
  /** Runs `answer` on the ideas file at `uri`: `fallback` for another document or when it throws. */
  async function onFile<T, F>(what: string, uri: string, fallback: F, answer: (file: OpenIdeasFile) => T | Promise<T>): Promise<T | F> {
    try {
      const file = service.ideasFile(uri);
      return file ? await answer(file) : fallback;
    } catch (e) {
      connection.console.error(`${what} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return fallback;
    }
  }

  connection.onDocumentSymbol(async (params) => {
    await settingsReady;
    return onFile('document symbols', params.textDocument.uri, [], (file) => documentSymbols(file.analysis.doc, service.settings.outline, file.analysis.kind));
  });
  connection.onFoldingRanges((params) => onFile('folding ranges', params.textDocument.uri, [], (file) => foldingRanges(file.analysis.doc)));
  connection.onDocumentLinks((params) => onFile('document links', params.textDocument.uri, null, (file) => documentLinks(file.analysis.doc)));
  connection.onCodeAction((params) =>
    onFile('code actions', params.textDocument.uri, [], (file) => {
      const workspaceEdit = initializeParams().capabilities.workspace?.workspaceEdit;
      const diagnostics = [...file.analysis.diagnostics, ...service.backgroundDiagnostics(file)];
      return codeActions(file, diagnostics, params.range, params.context.only, { snippetEdits: !!workspaceEdit?.snippetEditSupport && !!workspaceEdit.documentChanges });
    }),
  );
  connection.onCodeLens((params) => onFile('code lens', params.textDocument.uri, [], (file) => codeLenses(file, service)));
  connection.onDocumentFormatting((params) => onFile('formatting', params.textDocument.uri, [], (file) => formatting(file)));
  connection.onDocumentRangeFormatting((params) => onFile('formatting', params.textDocument.uri, [], (file) => formatting(file, params.range)));
  connection.onHover(async (params, token: CancellationToken) => {
    await settingsReady;
    return onFile('hover', params.textDocument.uri, null, (file) => hover(file, params.position, service, token));
  });
  connection.onCompletion((params, token) =>
    onFile('completion', params.textDocument.uri, null, (file) => {
      const itemSupport = initializeParams().capabilities.textDocument?.completion?.completionItem;
      return completion(file, params.position, { snippets: !!itemSupport?.snippetSupport, labelDetails: !!itemSupport?.labelDetailsSupport }, service, token);
    }),
  );
  connection.onWorkspaceSymbol(async (params, token) => {
    try {
      return await workspaceSymbols(params.query ?? '', service, token);
    } catch (e) {
      connection.console.error(`workspace symbols failed: ${e instanceof Error ? e.stack : String(e)}`);
      return [];
    }
  });
  connection.onRequest(FILE_SUMMARY_REQUEST, ({ uri }: FileSummaryParams): FileSummary => fileSummary(service.ideasFile(uri)));
  const tokenOf = (params: SetGitHubTokenParams | undefined) => (typeof params?.token === 'string' && TOKEN.test(params.token) ? params.token : undefined);
  connection.onNotification(SET_GITHUB_TOKEN, (params: SetGitHubTokenParams | undefined) => service.setEditorToken(tokenOf(params)));
  connection.onNotification(SET_GITHUB_WRITE_TOKEN, (params: SetGitHubTokenParams | undefined) => service.github.setEditorWriteToken(tokenOf(params)));
  connection.onRequest(LIST_PROPOSALS_REQUEST, (params: ListProposalsParams | undefined) => service.proposalIssues.list(params));
  connection.onRequest(READ_PROPOSAL_REQUEST, (params: unknown) => service.proposalIssues.read(params));
  connection.onRequest(SAVE_PROPOSAL_REQUEST, (params: unknown) => service.proposalIssues.save(params));
  connection.onRequest(WRITE_ACCESS_REQUEST, () => service.proposalIssues.writeAccess());
}
