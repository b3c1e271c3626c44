import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';
import { FIX_ALL_KIND, SERVER_COMMANDS } from '../protocol';
import { COMPLETION_TRIGGER_CHARACTERS } from '../service/completion';
import { OUTLINE_LABEL } from '../service/documentSymbols';

/** What the server announces at initialize: one entry per feature of the service. */
export function serverCapabilities(): ServerCapabilities {
  return {
    // Saves end the leniency for entries being written (analysis/freshEntries.ts).
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    documentSymbolProvider: { label: OUTLINE_LABEL },
    foldingRangeProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.Refactor] },
    hoverProvider: true,
    executeCommandProvider: { commands: [...SERVER_COMMANDS] },
    codeLensProvider: { resolveProvider: false },
    documentFormattingProvider: true,
    documentRangeFormattingProvider: true,
    documentLinkProvider: { resolveProvider: false },
    completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS, resolveProvider: false },
    workspaceSymbolProvider: true,
  };
}
