import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { CURRENT_TERM, FILES, OLDER_TERM } from '../support/authoringFixtures';
import { INDEX_PROGRESS_TITLE, INDEX_WATCHER_ID as WATCHER_ID } from '../../server/src/protocol';
import { IndexedWorkspace } from '../support/indexedWorkspace';

describe('workspace index over stdio', () => {
  let ws: IndexedWorkspace;
  before(async () => {
    ws = await IndexedWorkspace.start(FILES);
    await ws.indexed();
  });
  after(() => ws.stop());

  const symbols = (query: string) => ws.client.request<SymbolInformation[]>('workspace/symbol', { query });
  const names = async (query: string) => (await symbols(query)).map((s) => s.name).sort();

  /** Asks until `check` holds: file events are handled in the background. */
  async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.fail(`not within 5 s: ${what}`);
  }

  test('is built in the background with work-done progress, and watches the ideas files through its own registration', () => {
    const begin = ws.progress.find((p) => p.value.kind === 'begin' && p.value.title === INDEX_PROGRESS_TITLE)!;
    assert.ok(begin);
    const ofIndex = ws.progress.filter((p) => p.token === begin.token);
    assert.equal(ofIndex[ofIndex.length - 1].value.kind, 'end');
    assert.ok(ofIndex.some((p) => p.value.kind === 'report' && p.value.percentage === 100 && p.value.message === '3/3 files'), JSON.stringify(ofIndex));
    const watcher = ws.registrations.find((r) => r.id === WATCHER_ID);
    assert.equal(watcher?.method, 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watcher?.registerOptions, { watchers: [{ globPattern: '**/project_ideas.md' }, { globPattern: '**/lfx-mentorship/**/README.md' }, { globPattern: '**/summerofcode/*.md' }, { globPattern: '**/*.proposal.md' }] });
  });

  test('holds every ideas file of the folder, not those below node_modules', async () => {
    assert.deepEqual(await names('Trace comparison'), ['Trace comparison view']);
    assert.deepEqual(await names('Vendored copy'), []);
  });

  test('follows files created, changed and deleted on disk', async () => {
    const path = 'programs/lfx-mentorship/2024/03-Sep-Nov/project_ideas.md';
    ws.write(path, '### Falco\n\n#### Rule linter for the playground\n\n- Description: x\n');
    void ws.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(path), type: 1 }] });
    await eventually(async () => (await names('Rule linter for the playground')).length === 1, 'created file indexed');

    ws.write(path, '### Falco\n\n#### Rule tester for the playground\n\n- Description: x\n');
    void ws.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(path), type: 2 }] });
    await eventually(async () => (await names('Rule tester for the playground')).length === 1 && (await names('Rule linter for the playground')).length === 0, 'changed file re-read');

    ws.remove(path);
    void ws.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(path), type: 3 }] });
    await eventually(async () => (await names('Rule tester for the playground')).length === 0, 'deleted file dropped');
  });

  test('an open document wins over its copy on disk, until it is closed', async () => {
    const uri = ws.uri(OLDER_TERM);
    await ws.client.open(uri, FILES[OLDER_TERM].replace('#### Trace comparison view', '#### Trace diff view'));
    assert.deepEqual(await names('Trace diff'), ['Trace diff view']);
    assert.deepEqual(await names('Trace comparison'), []);
    ws.client.close(uri);
    await eventually(async () => (await names('Trace comparison')).length === 1, 'disk copy back after close');
  });

  test('is rebuilt with a new watcher when the files setting changes', async () => {
    const rebuilt = ws.nextIndexing();
    ws.client.settings = { files: ['**/2026/**/project_ideas.md'] };
    void ws.client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await rebuilt;
    assert.deepEqual(await names('Trace comparison'), []);
    assert.ok((await names('Span search')).includes('Span search by attribute'), CURRENT_TERM);
    assert.ok(ws.unregistrations.some((u) => u.id === WATCHER_ID));
    const latest = ws.registrations.filter((r) => r.id === WATCHER_ID).pop();
    assert.deepEqual(latest?.registerOptions, { watchers: [{ globPattern: '**/2026/**/project_ideas.md' }] });
  });
});
