import { Disposable, window, type ExtensionContext, type TextEditor } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** Runs a command further down the chain: the next middleware, else the server. */
export type NextCommand = (args: unknown[]) => Promise<unknown>;

/**
 * Adds the editor's part to commands the server announces (the language
 * client registers them), through the client's executeCommand middleware:
 * `handle` runs for `commands` when `applies` says so, every other call goes
 * on down the chain. An error `handle` throws becomes an error message.
 */
export function interceptCommands(
  context: ExtensionContext,
  client: BaseLanguageClient,
  commands: ReadonlySet<string>,
  handle: (command: string, args: unknown[], next: NextCommand) => Promise<unknown>,
  applies: (args: unknown[]) => boolean = () => true,
): void {
  const middleware = client.middleware;
  const previous = middleware.executeCommand;
  middleware.executeCommand = async (command, args, next) => {
    const rest: NextCommand = (a) => Promise.resolve(previous ? previous(command, a, next) : next(command, a));
    if (!commands.has(command) || !applies(args)) return rest(args);
    try {
      return await handle(command, args, rest);
    } catch (e) {
      void window.showErrorMessage(`CNCF Mentorship Ideas: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  };
  context.subscriptions.push(
    new Disposable(() => {
      middleware.executeCommand = previous;
    }),
  );
}

/** The active Markdown editor, or undefined once the user has been told `hint`. */
export function activeMarkdownEditor(hint: string): TextEditor | undefined {
  const editor = window.activeTextEditor;
  if (editor && editor.document.languageId === 'markdown') return editor;
  void window.showInformationMessage(hint);
  return undefined;
}
