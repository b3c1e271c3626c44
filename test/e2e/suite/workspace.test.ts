/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { appendAfterLine, labelOf, suiteEditor, waitFor, workspaceUri } from './helpers';

/** The fixture's other ideas file, which no test opens: only the workspace index knows it. */
const OTHER_TERM = 'programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md';

describe('the workspace index', () => {
  const editor = suiteEditor('each');

  it('finds the ideas of a file no editor has open (workspace symbols)', async () => {
    const other = workspaceUri(OTHER_TERM).toString();
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === other), `${OTHER_TERM} is open`);
    const symbols = await waitFor('the idea of the other term in the workspace symbols', async () => {
      const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Alert rule unit test');
      return found.some((s) => s.name === 'Alert rule unit test generator') && found;
    });
    const idea = symbols.find((s) => s.name === 'Alert rule unit test generator')!;
    assert.equal(idea.location.uri.toString(), other);
    assert.match(idea.containerName, /^Prometheus\b/);
  });

  it('completes a mentor named only in that file', async () => {
    const position = await appendAfterLine(editor(), '  - Esme Rowe (@esme-rowe esme.example.org)', '\n  - Juno');
    const texts = await waitFor('Juno Park among the mentors', async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor().document.uri, position);
      const found = list.items.map((i) => `${labelOf(i)} ${typeof i.insertText === 'string' ? i.insertText : (i.insertText?.value ?? '')}`);
      return found.some((t) => t.includes('@juno-park')) && found;
    });
    assert.ok(texts.some((t) => t.includes('Juno Park') && t.includes('juno.park@example.org')), texts.join(' | '));
  });
});
