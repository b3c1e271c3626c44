import { Position, Range, SnippetString, TextEditorRevealType, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ServerCommand, type NewEntryArguments, type NewEntryResult } from '../../server/src/protocol';
import { activeMarkdownEditor, interceptCommands } from './commandMiddleware';

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
  const fromPalette = (args: unknown[]) => !(args[0] && typeof args[0] === 'object');
  interceptCommands(context, client, NEW_ENTRY_COMMANDS, async (_command, _args, next) => {
    const editor = activeMarkdownEditor('Open a project ideas file (project_ideas.md or a term README) to add an entry.');
    if (!editor) return undefined;
    const cursor = editor.selection.active;
    const request: NewEntryArguments = { uri: editor.document.uri.toString(), position: { line: cursor.line, character: cursor.character }, apply: false };
    const placement = (await next([request])) as NewEntryResult | null | undefined;
    if (!placement) return undefined;
    const at = new Position(placement.position.line, placement.position.character);
    const inserted = await editor.insertSnippet(new SnippetString(placement.snippet), at);
    if (inserted) editor.revealRange(new Range(at, at), TextEditorRevealType.InCenterIfOutsideViewport);
    return placement;
  }, fromPalette);
}
