/// <reference types="mocha" />
// The extension in the browser's web worker extension host: web run only.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BrowserExtensionApi } from '../../../client/src/browserExtension';
import { deleteFieldAndExpectReport, EXTENSION_ID, suiteEditor, waitFor } from './helpers';

describe('in a browser', () => {
  const editor = suiteEditor('all');

  const extension = () => vscode.extensions.getExtension<BrowserExtensionApi>(EXTENSION_ID)!;

  it('runs in the web worker extension host, the language server in that worker (code-server starts no Worker for an extension)', () => {
    assert.equal(extension().extensionKind, vscode.ExtensionKind.UI);
    assert.equal(extension().exports.serverLocation, 'extension host worker');
  });

  it('reads the workspace through VS Code: its folder is no file on this machine', () => {
    assert.equal(vscode.workspace.workspaceFolders?.[0].uri.scheme, 'vscode-remote');
    assert.equal(editor().document.uri.scheme, 'vscode-remote');
  });

  it('"Restart Language Server" starts the server again, which publishes', async () => {
    const starts = extension().exports.serverStarts;
    await vscode.commands.executeCommand('mentorshipIdeas.restartServer');
    await waitFor('the server started again', () => extension().exports.serverStarts === starts + 1);
    await deleteFieldAndExpectReport(editor(), 'Trace comparison view', '- Recommended Skills: TypeScript, React, tracing', 'Recommended Skills');
  });
});
