import { Disposable, window, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ServerCommand } from '../../server/src/protocol';

const UPDATE_TOC = ServerCommand.updateToc;

/**
 * "Update table of contents". The language client registers the command,
 * since the server announces it; run from the palette it has no arguments, so
 * this middleware gives the server the active document. The server applies
 * the new table through workspace/applyEdit and says when there is nothing to do.
 */
export function registerUpdateTocCommand(context: ExtensionContext, client: BaseLanguageClient): void {
  const middleware = client.middleware;
  const previous = middleware.executeCommand;
  middleware.executeCommand = async (command, args, next) => {
    if (command !== UPDATE_TOC || args.length > 0) return previous ? previous(command, args, next) : next(command, args);
    const editor = window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void window.showInformationMessage('Open a term README or project ideas file to update its table of contents.');
      return undefined;
    }
    return next(command, [editor.document.uri.toString()]);
  };
  context.subscriptions.push(
    new Disposable(() => {
      middleware.executeCommand = previous;
    }),
  );
}
