/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { appendAfterLine, labelOf, positionAfter, suiteEditor, waitFor } from './helpers';

/**
 * The Markdown snippets of other extensions (VS Code's own `bold`,
 * `heading1`...), offered in every Markdown file: those offered in an empty
 * ordinary Markdown document, where this extension offers nothing. (Reading
 * the other extensions' manifests would not do in a browser's extension
 * host, which lists only its own extensions.)
 */
async function othersMarkdownSnippets(): Promise<Set<string>> {
  const ordinary = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', ordinary.uri, new vscode.Position(0, 0));
  return new Set(list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map(labelOf));
}

/** The snippets offered, those of other extensions aside: ours, served by the language server or contributed by the manifest. */
async function ourSnippets(list: vscode.CompletionList): Promise<string[]> {
  const others = await othersMarkdownSnippets();
  assert.ok(others.has('bold'), 'VS Code\'s own Markdown snippets were not found');
  return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet && !others.has(labelOf(i))).map(labelOf);
}

const complete = (uri: vscode.Uri, position: vscode.Position) => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
const insertedText = (item: vscode.CompletionItem) => (typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? labelOf(item)));

describe('authoring: snippets and mentor completion as typed', () => {
  const editor = suiteEditor('each');

  it('typing through "New idea": the mentor tab stop opens the mentors, and the one chosen replaces the whole placeholder', async () => {
    const document = editor().document;
    const heading = positionAfter(document, '#### Sampling strategies dashboard');
    editor().selection = new vscode.Selection(heading, heading);
    // Suggestions show in the editor that has the focus.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('mentorshipIdeas.newIdea');
    await waitFor('the new idea', () => document.getText().includes('#### Mentorship project Title'));
    // Title, Description, Expected Outcome, Recommended Skills: the fifth tab stop is the first mentor's name.
    for (let i = 0; i < 4; i++) await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    const line = editor().selection.active.line;
    assert.equal(document.getText(editor().selection), 'Mentor Name');
    assert.equal(document.lineAt(line).text, '  - Mentor Name (@mentor_github, mentor@email.addy)');
    // Nothing but the tab stop opened the suggestions: accepting works only once they are shown.
    const completed = await waitFor('a mentor chosen from the suggestions', async () => {
      await vscode.commands.executeCommand('acceptSelectedSuggestion');
      const text = document.lineAt(line).text;
      return !text.includes('Mentor Name') && text;
    });
    // Jaeger's mentors come first; none of the placeholder is left.
    assert.equal(completed, '  - Ada Quill (@ada-quill, ada.quill@example.org)');
    const ideaLine = document.getText().split('\n').indexOf('#### Mentorship project Title');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const titles = lenses.filter((l) => l.range.start.line === ideaLine).map((l) => l.command?.title);
    assert.ok(titles.includes('2 mentors'), JSON.stringify(titles));
  });

  it('on an empty "  - " line of a Mentor(s) list: only mentors and the mentor line, one known without e-mail marked so', async () => {
    await appendAfterLine(editor(), '  - Esme Rowe (@esme-rowe esme.example.org)', '\n  - Finn Mole (@finn-mole)');
    const position = await appendAfterLine(editor(), '  - Bram Okafor (@bram-okafor, bram.okafor@example.org)', '\n  - ');
    const list = await waitFor('Finn Mole among the mentors', async () => {
      const l = await complete(editor().document.uri, position);
      return l.items.some((i) => labelOf(i).startsWith('Finn Mole')) && l;
    });
    const kinds = new Set(list.items.map((i) => i.kind));
    assert.deepEqual([...kinds].sort(), [vscode.CompletionItemKind.Reference, vscode.CompletionItemKind.Snippet].sort(), list.items.map(labelOf).join(', '));
    assert.deepEqual(await ourSnippets(list), ['New mentor line']);
    const finn = list.items.find((i) => labelOf(i).startsWith('Finn Mole'))!;
    assert.equal(typeof finn.label === 'object' ? finn.label.detail : undefined, ' (no e-mail known)');
    assert.equal(insertedText(finn), 'Finn Mole (@finn-mole, ${1:email})');
  });

  it('at the start of a line under a project: one "New idea" and one "New project", nothing else', async () => {
    const line = positionAfter(editor().document, '### Falco').line - 1;
    assert.equal(editor().document.lineAt(line).text, '');
    const list = await complete(editor().document.uri, new vscode.Position(line, 0));
    assert.deepEqual(await ourSnippets(list), ['New idea', 'New project']);
    assert.deepEqual(list.items.filter((i) => /idea/i.test(labelOf(i))).map(labelOf), ['New idea']);
  });
});
