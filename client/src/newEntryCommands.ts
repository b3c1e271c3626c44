import { Position, Range, SnippetString, TextEditorRevealType, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { activeMarkdownEditor, interceptCommands } from './commandMiddleware';

const NEW_ENTRY_COMMANDS = new Set(['mentorshipIdeas.newIdea', 'mentorshipIdeas.newProject']);

/** What the server answers with `apply: false` (server/src/features/newEntryCommands.ts). */
interface Placement {
  position: { line: number; character: number };
  snippet: string;
}

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
    const placement = (await next([{ uri: editor.document.uri.toString(), position: { line: cursor.line, character: cursor.character }, apply: false }])) as Placement | null | undefined;
    if (!placement) return undefined;
    const at = new Position(placement.position.line, placement.position.character);
    const inserted = await editor.insertSnippet(new SnippetString(placement.snippet), at);
    if (inserted) editor.revealRange(new Range(at, at), TextEditorRevealType.InCenterIfOutsideViewport);
    return placement;
  }, fromPalette);
}
