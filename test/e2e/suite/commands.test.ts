/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { languageServerPids, openIdeasFile, ourDiagnostics, positionAfter, revert, waitFor } from './helpers';

const ideaHeadings = (document: vscode.TextDocument) => document.getText().match(/^#### /gm)?.length ?? 0;

/** Deletes the line holding `text` and waits for a server to report the field it held as missing: proof that a live server analyses edits. */
async function deleteFieldAndExpectReport(editor: vscode.TextEditor, idea: string, text: string, label: string): Promise<void> {
  const reported = (d: vscode.Diagnostic) => d.message.includes(`"${idea}"`) && d.message.includes(`"${label}"`);
  assert.ok(!ourDiagnostics(editor.document.uri).some(reported), `${label} of "${idea}" was reported missing before the edit`);
  const line = positionAfter(editor.document, text).line;
  const edit = new vscode.WorkspaceEdit();
  edit.delete(editor.document.uri, editor.document.lineAt(line).rangeIncludingLineBreak);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await waitFor(`a report of the missing ${label} of "${idea}"`, () => ourDiagnostics(editor.document.uri).some(reported));
}

describe('commands and the server process', () => {
  let editor: vscode.TextEditor;
  before(async () => {
    editor = await openIdeasFile();
  });
  after(() => revert(editor));

  it('"New idea" inserts the idea template', async () => {
    const before = ideaHeadings(editor.document);
    const descriptions = editor.document.getText().split('- Description:').length;
    const end = positionAfter(editor.document, 'https://github.com/falcosecurity/falco/issues/3131');
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('mentorshipIdeas.newIdea');
    await waitFor('a new idea heading', () => ideaHeadings(editor.document) === before + 1);
    assert.equal(editor.document.getText().split('- Description:').length, descriptions + 1);
    assert.match(editor.document.getText(), /- Mentor\(s\):/);
  });

  it('restarts the language server when it dies', async () => {
    const [first] = await waitFor('the language server process', () => languageServerPids().length === 1 && languageServerPids());
    process.kill(first, 'SIGKILL');
    const [second] = await waitFor('a restarted language server', () => {
      const pids = languageServerPids();
      return pids.length === 1 && pids[0] !== first && pids;
    });
    assert.notEqual(second, first);
    await deleteFieldAndExpectReport(editor, 'Rule linter for the plugin registry', '- Recommended Skills: Go, YAML', 'Recommended Skills');
  });

  it('"Restart server" starts a new server that publishes again', async () => {
    const [before] = await waitFor('the language server process', () => languageServerPids().length === 1 && languageServerPids());
    await vscode.commands.executeCommand('mentorshipIdeas.restartServer');
    await waitFor('a new language server', () => {
      const pids = languageServerPids();
      return pids.length === 1 && pids[0] !== before;
    });
    await deleteFieldAndExpectReport(editor, 'Trace comparison view', '- Recommended Skills: TypeScript, React, tracing', 'Recommended Skills');
  });
});
