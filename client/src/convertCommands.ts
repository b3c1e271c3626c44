import { Disposable, Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

const TO_PROPOSAL = 'mentorshipIdeas.convertToProposal';
const TO_ENTRY = 'mentorshipIdeas.convertToEntry';
const NEW_DOCUMENT = 'A new untitled document';

/** What the server answers (server/src/features/convertCommands.ts). */
interface ConvertResult {
  uri?: string;
  text?: string;
  applied?: boolean;
  error?: string;
}

/**
 * "Convert to LFX Proposal" and "Convert Proposal to Entry". The server does
 * the conversion and the edit; from the palette this adds the idea under the
 * cursor, and for an entry the file it goes into (an LFX term file or GSoC
 * list of the workspace, which is opened so that the server sees it), or a
 * new untitled document.
 */
export function registerConvertCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  const middleware = client.middleware;
  const previous = middleware.executeCommand;
  middleware.executeCommand = async (command, args, next) => {
    if (command !== TO_PROPOSAL && command !== TO_ENTRY) return previous ? previous(command, args, next) : next(command, args);
    try {
      const run = (a: unknown[]) => next(command, a) as Promise<ConvertResult | undefined>;
      return command === TO_PROPOSAL ? await toProposal(args, run) : await toEntry(args, run);
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

async function show(result: ConvertResult | undefined): Promise<ConvertResult | undefined> {
  if (result?.error) void window.showInformationMessage(result.error);
  else if (result?.text && !result.applied) await window.showTextDocument(await workspace.openTextDocument({ language: 'markdown', content: result.text }));
  return result;
}

async function toProposal(args: unknown[], run: (a: unknown[]) => Promise<ConvertResult | undefined>): Promise<ConvertResult | undefined> {
  if (typeof args[0] === 'string') return show(await run(args));
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void window.showInformationMessage('Put the cursor in an idea of an LFX term file or a GSoC list to convert it to an LFX proposal.');
    return undefined;
  }
  return show(await run([editor.document.uri.toString(), editor.selection.active.line]));
}

async function toEntry(args: unknown[], run: (a: unknown[]) => Promise<ConvertResult | undefined>): Promise<ConvertResult | undefined> {
  const uri = typeof args[0] === 'string' ? args[0] : window.activeTextEditor?.document.uri.toString();
  if (!uri) {
    void window.showInformationMessage('Open an LFX proposal document to convert it to an entry.');
    return undefined;
  }
  if (typeof args[1] === 'string') return show(await run(args));
  const files = await workspace.findFiles('{**/project_ideas.md,**/summerofcode/*.md}', '**/node_modules/**', 200);
  const picks = [...files.map((f) => workspace.asRelativePath(f)).sort(), NEW_DOCUMENT];
  const picked = await window.showQuickPick(picks, { placeHolder: 'The file the entry goes into' });
  if (!picked) return undefined;
  if (picked === NEW_DOCUMENT) return show(await run([uri]));
  const target = files.find((f) => workspace.asRelativePath(f) === picked)!;
  const document = await workspace.openTextDocument(target);
  const result = await show(await run([uri, document.uri.toString()]));
  if (result?.applied) await window.showTextDocument(Uri.parse(result.uri ?? document.uri.toString()));
  return result;
}
