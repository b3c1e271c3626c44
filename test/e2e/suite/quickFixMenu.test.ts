/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, missingOutcome, ourDiagnostics, positionAfter, revert, suiteEditor, waitFor } from './helpers';

const SAMPLING = '#### Sampling strategies dashboard';

async function deleteLine(editor: vscode.TextEditor, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.delete(editor.document.uri, editor.document.lineAt(positionAfter(editor.document, text).line).rangeIncludingLineBreak);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

describe('the quick-fix menu', () => {
  const editor = suiteEditor('each');

  it('offers beside each fix "Fix all <rule> problems in this file" and "Disable <rule> for this line", which silences that line only', async () => {
    const uri = editor().document.uri;
    // A second missing field, in "Trace comparison view": two fixable missing-field problems.
    await deleteLine(editor(), '- Recommended Skills: TypeScript, React, tracing');
    const missing = await waitFor('two missing fields', () => ourDiagnostics(uri).filter((d) => codeOf(d) === 'missing-field').length === 2 && missingOutcome(uri));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    assert.deepEqual(
      titles.filter((t) => /missing-field|Expected Outcome/.test(t)),
      ['Insert "- Expected Outcome:"', 'Fix all missing-field problems in this file', 'Disable missing-field for this line'],
    );

    const fixAll = actions.find((a) => a.title === 'Fix all missing-field problems in this file')!;
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    await waitFor('both missing fields fixed', () => !ourDiagnostics(uri).some((d) => codeOf(d) === 'missing-field'));
    assert.match(editor().document.getText(), /- Expected Outcome:\n- Recommended Skills: Go, React/);
    assert.match(editor().document.getText(), /with tests\.\n- Recommended Skills:\n- Mentor\(s\):/);
    await revert(editor());

    const again = await waitFor('the missing Expected Outcome again', () => missingOutcome(uri));
    // upstream-closed comes from the fake GitHub in the background: left out of the comparison.
    const settled = (ds: vscode.Diagnostic[]) => ds.filter((d) => codeOf(d) !== 'upstream-closed').map((d) => d.message);
    const others = settled(ourDiagnostics(uri).filter((d) => d.message !== again.message));
    const disable = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, again.range, vscode.CodeActionKind.QuickFix.value)).find(
      (a) => a.title === 'Disable missing-field for this line',
    )!;
    assert.ok(await vscode.workspace.applyEdit(disable.edit!));
    await waitFor('the missing field silenced', () => !missingOutcome(uri));
    const heading = positionAfter(editor().document, SAMPLING).line;
    assert.equal(editor().document.lineAt(heading - 1).text, '<!-- mentorship-ideas-disable-next-line missing-field -->');
    assert.deepEqual(settled(ourDiagnostics(uri)), others);
  });

  it('a missing field inserted by its quick fix leaves the cursor in its value', async () => {
    const missing = await waitFor('the missing Expected Outcome', () => missingOutcome(editor().document.uri));
    editor().selection = new vscode.Selection(missing.range.start, missing.range.start);
    // The lightbulb's own path: the preferred quick fix at the cursor, applied by the editor.
    await vscode.commands.executeCommand('editor.action.codeAction', { kind: vscode.CodeActionKind.QuickFix.value, apply: 'first', preferred: true });
    const line = await waitFor('the inserted Expected Outcome', () => {
      const text = editor().document.getText().split('\n');
      const at = text.indexOf('- Expected Outcome: ', positionAfter(editor().document, SAMPLING).line);
      return at > 0 && at;
    });
    assert.equal(editor().document.lineAt(line + 1).text, '- Recommended Skills: Go, React');
    assert.deepEqual([editor().selection.active.line, editor().selection.active.character], [line, '- Expected Outcome: '.length]);
    assert.ok(editor().selection.isEmpty);
  });
});
