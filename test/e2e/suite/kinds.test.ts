/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, labelOf, ourDiagnostics, revert, suiteEditor } from './helpers';

const GSOC_PATH = 'programs/summerofcode/2026.md';
const PROPOSAL_PATH = 'proposals/trace-replay.proposal.md';

function lineOf(document: vscode.TextDocument, text: string): number {
  const line = document.getText().split(/\r?\n/).findIndex((l) => l.startsWith(text));
  assert.ok(line >= 0, `no line starts with ${text}`);
  return line;
}

async function completionAt(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items.map(labelOf);
}

describe('a GSoC idea list', () => {
  const editor = suiteEditor('each', GSOC_PATH);

  it("reports GSoC's rules: two mentors, a size, a primary mentor; no LFX title", () => {
    const document = editor().document;
    // The upstream issues are checked on the fake GitHub too (upstream-closed, information): they are open.
    const found = ourDiagnostics(document.uri).filter((d) => codeOf(d) !== 'upstream-closed').map((d) => [codeOf(d), d.range.start.line, d.severity]);
    const coverage = lineOf(document, '##### Rule coverage report');
    const mentors = document.getText().split('\n').findIndex((l, i) => i > coverage && l.startsWith('- Mentor(s):'));
    assert.deepEqual(found.sort(), [
      ['few-mentors', mentors, vscode.DiagnosticSeverity.Error],
      ['primary-mentor', mentors, vscode.DiagnosticSeverity.Warning],
      ['project-size', coverage, vscode.DiagnosticSeverity.Error],
    ].sort());
  });

  it('outlines its projects and ideas at their #### / ##### headings', async () => {
    // Ours are the modules (projects); the Markdown extension's headings come beside them.
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor().document.uri)).filter((s) => s.kind === vscode.SymbolKind.Module);
    assert.deepEqual(
      symbols.map((p) => [p.name, p.range.start.line, p.children.filter((c) => c.kind === vscode.SymbolKind.Class).map((c) => [c.name, c.range.start.line])]),
      [
        ['Jaeger', lineOf(editor().document, '#### Jaeger'), [['2 mentors · Trace sampling simulator', lineOf(editor().document, '##### Trace sampling')]]],
        ['Falco', lineOf(editor().document, '#### Falco'), [['1 mentor · Rule coverage report', lineOf(editor().document, '##### Rule coverage')]]],
      ],
    );
  });

  it("completes the GSoC template and Google's sizes", async () => {
    const document = editor().document;
    const edit = new vscode.WorkspaceEdit();
    const end = document.lineAt(document.lineCount - 1).range.end;
    edit.insert(document.uri, end, '\n\n- Expected project size: \n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const sizeLine = document.lineCount - 2;
    const sizes = await completionAt(document, new vscode.Position(sizeLine, '- Expected project size: '.length));
    assert.ok(sizes.includes('medium (~175 hour projects)'), sizes.join(', '));
    await revert(editor());
    const at = lineOf(document, '#### Falco') - 1;
    const entry = await completionAt(document, new vscode.Position(at, 0));
    assert.ok(entry.includes('New GSoC idea') || entry.includes('New GSoC project'), entry.slice(0, 20).join(', '));
  });
});

describe('an LFX proposal document', () => {
  const editor = suiteEditor('each', PROPOSAL_PATH);

  it("reports what CNCF's workflow rejects, on the field's line", () => {
    const found = ourDiagnostics(editor().document.uri).filter((d) => codeOf(d) !== 'upstream-closed').map((d) => [codeOf(d), d.range.start.line]);
    assert.deepEqual(found, [['mentor-lfid', lineOf(editor().document, 'Bram Okafor |')]]);
  });

  it('outlines the project and its program, the kind of document beside the project', async () => {
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor().document.uri)).filter((s) => s.kind === vscode.SymbolKind.Module);
    assert.deepEqual([symbols[0].name, symbols[0].detail], ['Jaeger', '1 idea · LFX proposal']);
    assert.equal(symbols[0].children[0].name, '2 mentors · Trace replay for storage backends');
  });

  it("completes the form's terms and the catalog's projects", async () => {
    const document = editor().document;
    const terms = await completionAt(document, new vscode.Position(lineOf(document, '### Term') + 2, 0));
    assert.deepEqual(terms, ['2026 Term 3 (Sep-Nov)']);
    const projects = await completionAt(document, new vscode.Position(lineOf(document, '### CNCF Project') + 2, 3));
    assert.ok(projects.includes('Jaeger'), projects.slice(0, 10).join(', '));
  });
});
