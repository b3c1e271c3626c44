/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './helpers';

/** The fake GitHub of the fixture workspace (scripts/e2e/fixtureWorkspace.mjs), as the settings name it. */
function api(path: string): string {
  return vscode.workspace.getConfiguration('mentorshipIdeas').get<string>('github.apiUrl', '') + path;
}

async function bodyOnGitHub(number: number): Promise<string> {
  const issue = (await (await fetch(api(`/repos/cncf/mentoring/issues/${number}`))).json()) as { body: string };
  return issue.body;
}

const verdicts = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'CNCF validation');

/** Restarts the language server with this GITHUB_TOKEN (undefined: none), as the extension host's environment hands it down. */
async function restartServerWithToken(token: string | undefined): Promise<void> {
  if (token === undefined) delete process.env.GITHUB_TOKEN;
  else process.env.GITHUB_TOKEN = token;
  await vscode.commands.executeCommand('mentorshipIdeas.restartServer');
}

describe('proposal issues: the view and the editable document', () => {
  // A server started with GITHUB_TOKEN writes with it, and VS Code asks no one to sign in; only the fake GitHub gets it.
  before(() => restartServerWithToken('ghp_FAKEe2eSuite0000000000000000FAKE'));
  after(() => restartServerWithToken(undefined));

  it('the Mentorship Proposals view opens in the Explorer and refreshes', async () => {
    await vscode.commands.executeCommand('mentorshipIdeas.proposals.focus');
    await vscode.commands.executeCommand('mentorshipIdeas.refreshProposals');
  });

  it('a proposal issue opens as a Markdown document holding its body, with CNCF\'s latest verdict as information', async () => {
    const uri = vscode.Uri.parse('mentorship-proposal:/cncf/mentoring/102.proposal.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');
    assert.equal(document.getText(), await bodyOnGitHub(102));
    const found = await waitFor('CNCF\'s verdict on #102', () => verdicts(uri).length >= 2 && verdicts(uri));
    assert.match(found[0].message, /^CNCF's bot: Validation Failed/);
    assert.equal(found[0].severity, vscode.DiagnosticSeverity.Information);
    const lfid = found.find((d) => /LFID \(LF Username\) is missing/.test(d.message));
    assert.ok(lfid, 'the error of the bot\'s comment');
    assert.equal(document.lineAt(lfid.range.start.line).text, '### Mentors');
  });

  it('Save writes the edited body to the issue (one PATCH); a save after someone else\'s edit on GitHub is refused and loses neither', async () => {
    const uri = vscode.Uri.parse('mentorship-proposal:/cncf/mentoring/101.proposal.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const at = document.positionAt(document.getText().indexOf('an invented proposal'));
    assert.ok(await editor.edit((e) => e.insert(at, 'truly ')));
    assert.ok(await document.save(), 'saved');
    assert.match(await bodyOnGitHub(101), /truly an invented proposal/);
    assert.ok(!document.isDirty);

    // Someone else edits the issue on GitHub.
    const theirs = (await bodyOnGitHub(101)).replace('A short write-up', 'A long write-up');
    await fetch(api('/repos/cncf/mentoring/issues/101'), { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ body: theirs }) });
    assert.ok(await editor.edit((e) => e.insert(document.positionAt(document.getText().indexOf('truly ')), 'very ')));
    const saved = await document.save();
    assert.equal(saved, false, 'the save is refused');
    assert.equal(await bodyOnGitHub(101), theirs, 'their edit stays on GitHub');
    assert.ok(document.isDirty && document.getText().includes('very truly'), 'and mine in the editor');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor('the document to be reverted', () => !document.isDirty);
    assert.equal(document.getText(), theirs, 'reverting reads GitHub\'s version');
  });
});
