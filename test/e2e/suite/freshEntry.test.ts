/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, ourDiagnostics, positionAfter, suiteEditor, waitFor } from './helpers';

const shown = (uri: vscode.Uri) => ourDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning);

describe('an entry being written', () => {
  const editor = suiteEditor('all');

  it('"New idea" adds no error or warning to the Problems panel: its template parts are hints while it is written', async () => {
    const uri = editor().document.uri;
    const before = shown(uri).map((d) => d.message);
    const end = positionAfter(editor().document, 'https://github.com/jaegertracing/jaeger/issues/5151');
    editor().selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('mentorshipIdeas.newIdea');
    const hints = await waitFor('hints on the new entry', () => {
      const faded = ourDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Hint);
      return faded.some((d) => codeOf(d) === 'empty-field') && faded;
    });
    assert.ok(hints.length >= 4, hints.map((d) => d.message).join('\n'));
    assert.deepEqual(shown(uri).map((d) => d.message), before);
  });
});
