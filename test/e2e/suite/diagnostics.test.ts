/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, missingOutcome, ourDiagnostics, suiteEditor, waitFor, workspaceUri } from './helpers';

describe('diagnostics and quick fixes', () => {
  const editor = suiteEditor('all');

  it('reports rule codes with a link to the rule', async () => {
    const missing = await waitFor('the missing Expected Outcome of "Sampling strategies dashboard"', () => missingOutcome(editor().document.uri));
    assert.equal(codeOf(missing), 'missing-field');
    assert.equal(missing.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor().document.lineAt(missing.range.start.line).text, '#### Sampling strategies dashboard');
    const target = typeof missing.code === 'object' ? missing.code.target.toString() : '';
    assert.match(target, /missing-field/);
  });

  it('a quick fix applied through the code action provider clears its diagnostic', async () => {
    const uri = editor().document.uri;
    const missing = await waitFor('the missing Expected Outcome of "Sampling strategies dashboard"', () => missingOutcome(uri));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    // The API command does not carry an action's diagnostics over: recognise the fix by its title (its edit is a snippet edit).
    const fix = actions.find((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && a.title === 'Insert "- Expected Outcome:"');
    assert.ok(fix?.edit, `no quick fix for "${missing.message}" among ${actions.map((a) => a.title).join(', ')}`);
    const outcomes = () => editor().document.getText().split('- Expected Outcome:').length - 1;
    const before = outcomes();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(outcomes(), before + 1);
    await waitFor('the missing-field diagnostic to go', () => !ourDiagnostics(uri).some((d) => d.message === missing.message));
  });

  it('checks an untitled Markdown document that holds ideas', async () => {
    const untitled = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '### Jaeger\n\n#### Span search by attribute\n\n- Description: Search spans by attribute.\n- Mentor(s):\n  - Ada Quill (@ada-quill, ada.quill@example.org)\n',
    });
    assert.equal(untitled.uri.scheme, 'untitled');
    await waitFor('a missing-field report on the untitled document', () =>
      ourDiagnostics(untitled.uri).some((d) => codeOf(d) === 'missing-field' && d.message.includes('"Span search by attribute"')),
    );
  });

  it('leaves ordinary Markdown alone', async () => {
    const notes = await vscode.workspace.openTextDocument(workspaceUri('notes.md'));
    await vscode.window.showTextDocument(notes, { preview: false });
    const symbols = await waitFor('the symbols of notes.md', () => vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', notes.uri));
    assert.ok(symbols.length > 0, 'the Markdown extension outlines the notes');
    assert.ok(!symbols.some((s) => s.kind === vscode.SymbolKind.Module), 'the notes are outlined as projects');
    assert.deepEqual(ourDiagnostics(notes.uri), []);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
