import { Uri, window, workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ServerCommand, type ConvertResult } from '../../server/src/protocol';
import { activeMarkdownEditor, interceptCommands } from './commandMiddleware';

const TO_PROPOSAL = ServerCommand.convertToProposal;
const TO_ENTRY = ServerCommand.convertToEntry;
const NEW_DOCUMENT = 'A new untitled document';

/**
 * "Convert to LFX Proposal" and "Convert Proposal to Entry". The server does
 * the conversion and the edit; from the palette this adds the idea under the
 * cursor, and for an entry the file it goes into (an LFX term file or GSoC
 * list of the workspace, which is opened so that the server sees it), or a
 * new untitled document.
 */
export function registerConvertCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  interceptCommands(context, client, new Set([TO_PROPOSAL, TO_ENTRY]), (command, args, next) => {
    const run = (a: unknown[]) => next(a) as Promise<ConvertResult | undefined>;
    return command === TO_PROPOSAL ? toProposal(args, run) : toEntry(args, run);
  });
}

async function show(result: ConvertResult | undefined): Promise<ConvertResult | undefined> {
  if (result?.error) void window.showInformationMessage(result.error);
  else if (result?.text && !result.applied) await window.showTextDocument(await workspace.openTextDocument({ language: 'markdown', content: result.text }));
  return result;
}

async function toProposal(args: unknown[], run: (a: unknown[]) => Promise<ConvertResult | undefined>): Promise<ConvertResult | undefined> {
  if (typeof args[0] === 'string') return show(await run(args));
  const editor = activeMarkdownEditor('Put the cursor in an idea of an LFX term file or a GSoC list to convert it to an LFX proposal.');
  if (!editor) return undefined;
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
