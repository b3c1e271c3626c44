/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openIdeasFile, ourDiagnostics } from './helpers';

describe('activation and contributions', () => {
  it('is active in a workspace holding project_ideas.md before any file is opened', () => {
    // The host runs the tests once the extensions that activate on startup (workspaceContains) are active.
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
    assert.equal(extension.isActive, true);
  });

  it('checks the ideas file once it is opened', async () => {
    const editor = await openIdeasFile();
    assert.ok(ourDiagnostics(editor.document.uri).length > 0);
  });

  it('registers its commands', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const id of ['mentorshipIdeas.restartServer', 'mentorshipIdeas.showOutput', 'mentorshipIdeas.newIdea', 'mentorshipIdeas.newProject']) {
      assert.ok(all.includes(id), `command ${id} is not registered`);
    }
  });

  it('contributes every setting with its default', () => {
    const config = vscode.workspace.getConfiguration('mentorshipIdeas');
    assert.deepEqual(config.inspect('files')?.defaultValue, ['**/project_ideas.md', '**/lfx-mentorship/**/README.md', '**/summerofcode/*.md', '**/*.proposal.md']);
    assert.deepEqual(config.inspect('rules')?.defaultValue, {});
    assert.equal(config.inspect('term')?.defaultValue, '');
    assert.equal(config.inspect('github.apiUrl')?.defaultValue, 'https://api.github.com');
    assert.equal(config.inspect('github.checkUpstreamIssues')?.defaultValue, false);
    assert.equal(config.inspect('outline.showFields')?.defaultValue, false);
  });
});
