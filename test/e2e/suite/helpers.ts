/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'mentorship-ideas.mentorship-ideas';
export const SOURCE = 'mentorship-ideas';
export const IDEAS_PATH = 'programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';
/** A term README as the program publishes it, with sub-projects (Headlamp, SIG Node) under Kubernetes. */
export const TERM_README_PATH = 'programs/lfx-mentorship/2026/02-Jun-Aug/README.md';

/** The fixture workspace the runner opened (a copy of test/e2e/fixtures/workspace). */
export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e suite needs the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Polls `probe` until it returns something other than undefined or false. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | PromiseLike<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** The report of the ideas file's one missing field: the Expected Outcome of "Sampling strategies dashboard". */
export function missingOutcome(uri: vscode.Uri): vscode.Diagnostic | undefined {
  return ourDiagnostics(uri).find((d) => codeOf(d) === 'missing-field' && d.message.includes('"Sampling strategies dashboard"') && d.message.includes('"Expected Outcome"'));
}

/** Opens a fixture file (the ideas file unless told) in an editor and waits for its first diagnostics. */
export async function openIdeasFile(path = IDEAS_PATH): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(path));
  const editor = await vscode.window.showTextDocument(document);
  await waitFor(`diagnostics of ${path}`, () => ourDiagnostics(document.uri).length > 0);
  return editor;
}

/**
 * The editor of a suite (call it in the `describe`) on a fixture file, the
 * ideas file unless told: opened before the suite's tests, their edits
 * discarded after each test (`'each'`) or after the last (`'all'`). The
 * function answered gives the editor once it is open.
 */
export function suiteEditor(revertAfter: 'each' | 'all', path = IDEAS_PATH): () => vscode.TextEditor {
  let editor: vscode.TextEditor | undefined;
  before(async () => {
    editor = await openIdeasFile(path);
  });
  (revertAfter === 'each' ? afterEach : after)(() => revert(editor!));
  return () => editor!;
}

/** Discards the suite's unsaved edits of the active editor. */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(`${editor.document.uri.path} to be reverted`, () => !editor.document.isDirty);
}

/** The position just after the first occurrence of `text` in the document. */
export function positionAfter(document: vscode.TextDocument, text: string): vscode.Position {
  const offset = document.getText().indexOf(text);
  if (offset < 0) throw new Error(`"${text}" is not in ${document.uri.path}`);
  return document.positionAt(offset + text.length);
}

/** Inserts `text` at the end of the line holding `anchor` and returns the position after it. */
export async function appendAfterLine(editor: vscode.TextEditor, anchor: string, text: string): Promise<vscode.Position> {
  const line = positionAfter(editor.document, anchor).line;
  const end = editor.document.lineAt(line).range.end;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(editor.document.uri, end, text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the edit was not applied');
  return editor.document.positionAt(editor.document.offsetAt(end) + text.length);
}

/** Deletes the line holding `text` and waits for a server to report the field it held as missing: proof that a live server analyses edits. */
export async function deleteFieldAndExpectReport(editor: vscode.TextEditor, idea: string, text: string, label: string): Promise<void> {
  const reported = (d: vscode.Diagnostic) => d.message.includes(`"${idea}"`) && d.message.includes(`"${label}"`);
  assert.ok(!ourDiagnostics(editor.document.uri).some(reported), `${label} of "${idea}" was reported missing before the edit`);
  const line = positionAfter(editor.document, text).line;
  const edit = new vscode.WorkspaceEdit();
  edit.delete(editor.document.uri, editor.document.lineAt(line).rangeIncludingLineBreak);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await waitFor(`a report of the missing ${label} of "${idea}"`, () => ourDiagnostics(editor.document.uri).some(reported));
}

export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
