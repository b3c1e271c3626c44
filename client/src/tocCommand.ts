import type { ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ServerCommand } from '../../server/src/protocol';
import { activeMarkdownEditor, interceptCommands } from './commandMiddleware';

const UPDATE_TOC = ServerCommand.updateToc;

/**
 * "Update table of contents". The language client registers the command,
 * since the server announces it; run from the palette it has no arguments, so
 * this middleware gives the server the active document. The server applies
 * the new table through workspace/applyEdit and says when there is nothing to do.
 */
export function registerUpdateTocCommand(context: ExtensionContext, client: BaseLanguageClient): void {
  const fromPalette = (args: unknown[]) => args.length === 0;
  interceptCommands(context, client, new Set([UPDATE_TOC]), async (_command, _args, next) => {
    const editor = activeMarkdownEditor('Open a term README or project ideas file to update its table of contents.');
    return editor ? next([editor.document.uri.toString()]) : undefined;
  }, fromPalette);
}
