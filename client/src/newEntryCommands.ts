import { Disposable, Position, Range, SnippetString, TextEditorRevealType, window, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ServerCommand, type NewEntryArguments, type NewEntryResult } from '../../server/src/protocol';

const NEW_ENTRY_COMMANDS = new Set<string>([ServerCommand.newIdea, ServerCommand.newProject]);

/**
 * "New Idea" and "New Project". The language client registers both commands
 * itself, since the server announces them; this adds what only the editor
 * knows, through the client's executeCommand middleware: the active document
 * and cursor go to the server, which answers where the entry goes, and the
 * entry is inserted there as a snippet, with its tab stops. Called with a
 * document in its arguments (another extension, a code lens), a command goes
 * to the server as it is, and the server applies the entry itself.
 */
export function registerNewEntryCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  const middleware = client.middleware;
  const previous = middleware.executeCommand;
  middleware.executeCommand = async (command, args, next) => {
    const pass = () => (previous ? previous(command, args, next) : next(command, args));
    if (!NEW_ENTRY_COMMANDS.has(command) || (args[0] && typeof args[0] === 'object')) return pass();
    const editor = window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void window.showInformationMessage('Open a project ideas file (project_ideas.md or a term README) to add an entry.');
      return undefined;
    }
    const cursor = editor.selection.active;
    const request: NewEntryArguments = { uri: editor.document.uri.toString(), position: { line: cursor.line, character: cursor.character }, apply: false };
    const placement = (await next(command, [request])) as NewEntryResult | null | undefined;
    if (!placement) return undefined;
    const at = new Position(placement.position.line, placement.position.character);
    const inserted = await editor.insertSnippet(new SnippetString(placement.snippet), at);
    if (inserted) editor.revealRange(new Range(at, at), TextEditorRevealType.InCenterIfOutsideViewport);
    return placement;
  };
  context.subscriptions.push(
    new Disposable(() => {
      middleware.executeCommand = previous;
    }),
  );
}
