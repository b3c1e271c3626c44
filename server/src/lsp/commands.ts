import { ErrorCodes, MessageType, ResponseError, ShowMessageNotification, type Connection, type InitializeParams, type MessageActionItem, type TextDocuments, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { commands, isServerCommand } from '../service/commands';
import type { Editor } from '../service/commands/editor';
import type { LanguageService } from '../service/languageService';
import type { LineDocument } from './lineDocument';

/** The editor behind the connection, as commands see it. */
function editorOf(connection: Connection, documents: TextDocuments<LineDocument>, params: InitializeParams): Editor {
  const capabilities = params.capabilities;
  return {
    async applyEdits(uri: string, edits: TextEdit[], label: string, options?: { versioned?: boolean }) {
      const document = documents.get(uri);
      const versioned = options?.versioned !== false && capabilities.workspace?.workspaceEdit?.documentChanges && document;
      const edit: WorkspaceEdit = versioned ? { documentChanges: [{ textDocument: { uri, version: document.version }, edits }] } : { changes: { [uri]: edits } };
      const result = await connection.workspace.applyEdit({ label, edit });
      return result.applied;
    },
    showMessage(type, message) {
      void (type === 'info' ? connection.window.showInformationMessage(message) : connection.window.showWarningMessage(message));
    },
    async ask(message, actions) {
      const picked = await connection.window.showWarningMessage(message, ...actions.map((title): MessageActionItem => ({ title })));
      return picked?.title;
    },
    notify(type, message) {
      void connection.sendNotification(ShowMessageNotification.type, { type: type === 'info' ? MessageType.Info : MessageType.Warning, message });
    },
    async createFile(uri, text, label) {
      if (!capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create')) return undefined;
      const edit: WorkspaceEdit = {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: false, overwrite: false } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
        ],
      };
      return (await connection.workspace.applyEdit({ label, edit })).applied;
    },
    showDocument: capabilities.window?.showDocument?.support
      ? async (uri: string) => {
          await connection.window.showDocument({ uri, takeFocus: true });
        }
      : undefined,
    openExternal: capabilities.window?.showDocument?.support
      ? async (url: string) => {
          await connection.window.showDocument({ uri: url, external: true });
        }
      : undefined,
  };
}

/**
 * workspace/executeCommand: the service's command of that id, run with the
 * editor behind the connection; an unknown id or a failing command is an
 * LSP error (logged), never a crash.
 */
export function registerCommands(connection: Connection, documents: TextDocuments<LineDocument>, service: LanguageService, initializeParams: () => InitializeParams): void {
  connection.onExecuteCommand(async (params, token) => {
    if (!isServerCommand(params.command)) return new ResponseError(ErrorCodes.InvalidParams, `unknown command ${params.command}`);
    try {
      return await commands[params.command](params.arguments ?? [], service, editorOf(connection, documents, initializeParams()), token);
    } catch (e) {
      connection.console.error(`${params.command} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return new ResponseError(ErrorCodes.InternalError, `${params.command} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}
