/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { positionAfter, suiteEditor, waitFor } from './helpers';

const ideaHeadings = (document: vscode.TextDocument) => document.getText().match(/^#### /gm)?.length ?? 0;

describe('commands', () => {
  const editor = suiteEditor('all');

  it('"New idea" inserts the idea template', async () => {
    const before = ideaHeadings(editor().document);
    const descriptions = editor().document.getText().split('- Description:').length;
    const end = positionAfter(editor().document, 'https://github.com/falcosecurity/falco/issues/3131');
    editor().selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('mentorshipIdeas.newIdea');
    await waitFor('a new idea heading', () => ideaHeadings(editor().document) === before + 1);
    assert.equal(editor().document.getText().split('- Description:').length, descriptions + 1);
    assert.match(editor().document.getText(), /- Mentor\(s\):/);
  });
});
