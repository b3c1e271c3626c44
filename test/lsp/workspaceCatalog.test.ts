import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { ideaEntry } from '../support/entries';

const root = mkdtempSync(join(tmpdir(), 'mentorship-ideas-ws-'));
const automation = join(root, 'programs/lfx-mentorship/automation');
const projectsFile = join(automation, 'projects.yml');
const quotasFile = join(automation, 'quotas.yml');
const uri = pathToFileURL(join(root, 'programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md')).href;

const idea = (title: string) => ideaEntry(title, `https://example.org/issues/${title.length}`);

const TEXT = `## Proposed Project ideas

### Zebrafish Mesh

${idea('Trace replay')}
${idea('Mesh dashboard')}
### Jaeger

${idea('Trace comparison')}`;
const ZEBRAFISH = TEXT.split('\n').indexOf('### Zebrafish Mesh');
const JAEGER = TEXT.split('\n').indexOf('### Jaeger');

function codes(p: PublishDiagnosticsParams, code: string): number[] {
  return p.diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line);
}

function changed(client: LspClient, file: string): Promise<PublishDiagnosticsParams> {
  const published = client.waitForDiagnostics(uri, 1);
  void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
  return published;
}

describe('workspace catalog over LSP', () => {
  const client = new LspClient();
  const registrations: { method: string; registerOptions?: { watchers?: { globPattern: string }[] } }[] = [];
  let opened: PublishDiagnosticsParams;

  before(async () => {
    mkdirSync(automation, { recursive: true });
    writeFileSync(projectsFile, '- name: Zebrafish Mesh\n  slug: zebrafish-mesh\n  repo_url: https://github.com/zebrafish/mesh\n');
    writeFileSync(quotasFile, 'default_per_project_per_term: 1\noverrides: {}\n');
    client.connection.onRequest('client/registerCapability', (params: { registrations: typeof registrations }) => {
      registrations.push(...params.registrations);
      return null;
    });
    // Settings from initializationOptions: no configuration pull, so no republication races the ones under test.
    await client.initialize({ rootUri: pathToFileURL(root).href, configuration: false, initializationOptions: { settings: {} } });
    opened = await client.open(uri, TEXT);
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  test('the workspace projects.yml and quotas.yml replace the bundled catalog', () => {
    assert.deepEqual(codes(opened, 'unknown-project'), [JAEGER]);
    assert.match(String(opened.diagnostics.find((d) => d.code === 'unknown-project')!.message), /"Jaeger" is not a CNCF project of the workspace catalog/);
    assert.deepEqual(codes(opened, 'over-quota'), [ZEBRAFISH]);
  });

  test('the server watches the automation files', () => {
    const watch = registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watch?.registerOptions?.watchers?.map((w) => w.globPattern), ['**/programs/lfx-mentorship/automation/{projects,quotas}.yml']);
  });

  test('a changed projects.yml is re-read and every open document re-checked', async () => {
    writeFileSync(projectsFile, '- name: Jaeger\n  slug: jaeger\n');
    const after = await changed(client, projectsFile);
    assert.deepEqual(codes(after, 'unknown-project'), [ZEBRAFISH]);
    assert.match(String(after.diagnostics.find((d) => d.code === 'unknown-project')!.message), /"Zebrafish Mesh"/);
  });

  test('a malformed file keeps the previous catalog and says so once', async () => {
    writeFileSync(quotasFile, 'default_per_project_per_term: [1\n');
    const before = client.messages.length;
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(quotasFile).href, type: 2 }] });
    // The server handles messages in order: once this edit's diagnostics are in, so is any warning.
    const next = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const shown = client.messages.slice(before);
    assert.equal(shown.length, 1);
    assert.equal(shown[0].type, 2);
    assert.match(shown[0].message, /quotas\.yml is not valid YAML/);
    // The previous catalog (Jaeger only, quota 1) still applies.
    assert.deepEqual(codes(next, 'unknown-project'), [ZEBRAFISH + 1]);
    assert.deepEqual(codes(next, 'over-quota'), [ZEBRAFISH + 1]);
  });

  test('once the files are gone the bundled catalog is back', async () => {
    rmSync(automation, { recursive: true, force: true });
    const published = client.waitForDiagnostics(uri, 2);
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(projectsFile).href, type: 3 }] });
    const after = await published;
    assert.deepEqual(codes(after, 'unknown-project'), [ZEBRAFISH + 1]);
    assert.match(String(after.diagnostics.find((d) => d.code === 'unknown-project')!.message), /"Zebrafish Mesh" is not a CNCF project of the bundled catalog/);
    assert.deepEqual(codes(after, 'over-quota'), []);
  });
});
