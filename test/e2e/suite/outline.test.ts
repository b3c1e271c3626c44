/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TERM_README_PATH, waitFor, workspaceUri } from './helpers';

/** Our rows of the outline (the Markdown extension's are String symbols, merged into the same answer). */
function ours(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.filter((s) => s.kind !== vscode.SymbolKind.String);
}

const symbolsOf = (uri: vscode.Uri) => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);

describe('the outline of a term README with sub-projects', () => {
  let document: vscode.TextDocument;
  before(async () => {
    document = await vscode.workspace.openTextDocument(workspaceUri(TERM_README_PATH));
    await vscode.window.showTextDocument(document);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('mentorshipIdeas').update('outline.showFields', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('nests projects > sub-projects > ideas, each idea named after its mentor count, without field rows', async () => {
    const symbols = await waitFor('our outline of the README', async () => {
      const all = ours(await symbolsOf(document.uri));
      return all.length > 0 && all;
    });
    const tree = (s: vscode.DocumentSymbol): unknown => (s.children.length ? [s.name, s.children.map(tree)] : s.name);
    assert.deepEqual(symbols.map(tree), [
      ['Jaeger', ['2 mentors · Span links in the trace timeline', '2 mentors · Service map from span attributes']],
      [
        'Kubernetes',
        [
          ['Headlamp', ['3 mentors · Add a batch queue view to Headlamp: queues, workloads and quotas', '2 mentors · Add a bare metal provisioning view to Headlamp']],
          ['SIG Node', ['2 mentors · Per-rule metrics for the node readiness controller']],
        ],
      ],
      ['Falco', ['2 mentors · Rule coverage report for the plugin registry', '2 mentors · Plugin signature checks in falcoctl']],
    ]);
    const kubernetes = symbols[1];
    assert.equal(kubernetes.kind, vscode.SymbolKind.Module);
    assert.deepEqual(kubernetes.children.map((c) => [c.kind, c.detail]), [
      [vscode.SymbolKind.Namespace, '2 ideas'],
      [vscode.SymbolKind.Namespace, '1 idea'],
    ]);
  });

  it('lists the fields under each idea with mentorshipIdeas.outline.showFields, from the next edit on', async () => {
    await vscode.workspace.getConfiguration('mentorshipIdeas').update('outline.showFields', true, vscode.ConfigurationTarget.Workspace);
    const fields = await waitFor('field rows in the outline', async () => {
      // VS Code keeps a document's outline until it changes: an edit (a line break at the end) asks again.
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, '\n');
      await vscode.workspace.applyEdit(edit);
      const headlamp = ours(await symbolsOf(document.uri))[1]?.children[0];
      const names = headlamp?.children[0]?.children.map((f) => f.name) ?? [];
      return names.length > 0 && names;
    });
    assert.deepEqual(fields, ['Description', 'Expected Outcome', 'Recommended Skills', 'Mentor(s)', 'Upstream Issue', 'LFX URL']);
  });
});
