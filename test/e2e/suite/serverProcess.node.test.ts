/// <reference types="mocha" />
// The language server as a Node process: desktop only (in a browser it runs in a worker; see *.web.test.ts).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { deleteFieldAndExpectReport, suiteEditor, waitFor } from './helpers';

/** Process ids of the language servers this extension host started (the test runs in the extension host). */
function languageServerPids(): number[] {
  try {
    const out = execFileSync('pgrep', ['-P', String(process.pid), '-f', 'dist/server.js'], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).map(Number);
  } catch {
    // pgrep exits 1 when nothing matches
    return [];
  }
}

describe('the server process', () => {
  const editor = suiteEditor('all');

  it('restarts the language server when it dies', async () => {
    const [first] = await waitFor('the language server process', () => languageServerPids().length === 1 && languageServerPids());
    process.kill(first, 'SIGKILL');
    const [second] = await waitFor('a restarted language server', () => {
      const pids = languageServerPids();
      return pids.length === 1 && pids[0] !== first && pids;
    });
    assert.notEqual(second, first);
    await deleteFieldAndExpectReport(editor(), 'Rule linter for the plugin registry', '- Recommended Skills: Go, YAML', 'Recommended Skills');
  });

  it('"Restart server" starts a new server that publishes again', async () => {
    const [before] = await waitFor('the language server process', () => languageServerPids().length === 1 && languageServerPids());
    await vscode.commands.executeCommand('mentorshipIdeas.restartServer');
    await waitFor('a new language server', () => {
      const pids = languageServerPids();
      return pids.length === 1 && pids[0] !== before;
    });
    await deleteFieldAndExpectReport(editor(), 'Trace comparison view', '- Recommended Skills: TypeScript, React, tracing', 'Recommended Skills');
  });
});
