/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { appendAfterLine, hoverText, labelOf, positionAfter, suiteEditor } from './helpers';

describe('outline, completion and hover', () => {
  const editor = suiteEditor('each');

  it('outlines project > idea, each idea named after its mentor count', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor().document.uri);
    const projects = symbols.filter((s) => s.kind === vscode.SymbolKind.Module);
    assert.deepEqual(
      projects.map((p) => [p.name, p.children.filter((c) => c.kind === vscode.SymbolKind.Class).map((c) => c.name)]),
      [
        ['Jaeger', ['2 mentors · Trace comparison view', '2 mentors · Sampling strategies dashboard']],
        ['Falco', ['1 mentor · Rule linter for the plugin registry']],
      ],
    );
  });

  it('completes a CNCF project name in a project heading', async () => {
    const position = await appendAfterLine(editor(), '- Upstream Issue: https://github.com/falcosecurity/falco/issues/3131', '\n\n### Kyv');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor().document.uri, position);
    const labels = list.items.map(labelOf);
    assert.ok(labels.includes('Kyverno'), `Kyverno is not among ${labels.slice(0, 20).join(', ')}`);
  });

  it('completes a mentor already named in the workspace', async () => {
    const position = await appendAfterLine(editor(), '  - Esme Rowe (@esme-rowe esme.example.org)', '\n  - Ada');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor().document.uri, position);
    const texts = list.items.map((i) => `${labelOf(i)} ${typeof i.insertText === 'string' ? i.insertText : (i.insertText?.value ?? '')}`);
    assert.ok(
      texts.some((t) => t.includes('@ada-quill') && t.includes('ada.quill@example.org')),
      `no completion for Ada Quill among ${texts.slice(0, 20).join(' | ')}`,
    );
  });

  it('shows the upstream issue title from GitHub on hover', async () => {
    const position = positionAfter(editor().document, 'https://github.com/jaegertracing/jaeger-ui/iss');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor().document.uri, position);
    assert.match(hoverText(hovers), /Compare two traces side by side/);
  });
});
