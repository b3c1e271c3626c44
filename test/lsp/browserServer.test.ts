// The browser build of the language server (dist/server-web.js), as the web
// extension runs it where it may start no Worker (code-server): evaluated
// in-process on a MessageChannel, in a realm with a browser's globals and
// none of Node's, its files read through the client's requests.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent, SymbolInformation } from 'vscode-languageserver-protocol';
import { FIND_FILES_REQUEST, READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, SET_GITHUB_TOKEN, type FindFilesParams, type InitializationOptions } from '../../server/src/protocol';
import { InProcessBrowserServer } from '../support/browserServer';
import { FakeGitHub, issueJson } from '../support/fakeGitHub';

/** A folder of github.dev's virtual file system. */
const FOLDER = 'vscode-vfs://github/cncf/mentoring';
const OPEN = `${FOLDER}/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md`;
const OTHER = `${FOLDER}/programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md`;
const ISSUE = 'https://github.com/jaegertracing/jaeger/issues/4242';

const OPEN_TEXT = `## Proposed Project ideas

### Jaeger

#### Trace comparison view

- Description: Compare two traces side by side.
- Recommended Skills: TypeScript
- Mentor(s):
  - Ada Quill (@ada-quill, ada.quill@example.org)
  - Bram Okafor (@bram-okafor, bram.okafor@example.org)
- Upstream Issue (URL): ${ISSUE}
`;

const OTHER_TEXT = `## Proposed Project ideas

### Falco

#### Rule linter for the plugin registry

- Description: Lint community rules before publishing.
- Expected Outcome: A linter in CI.
- Recommended Skills: Go
- Mentor(s):
  - Juno Park (@juno-park, juno.park@example.org)
  - Esme Rowe (@esme-rowe, esme.rowe@example.org)
- Upstream Issue (URL): https://github.com/falcosecurity/falco/issues/3131
`;

describe('the browser build of the server, in-process on browser globals', () => {
  const github = new FakeGitHub();
  let server: InProcessBrowserServer;
  before(async () => {
    await github.start();
    github.route('/repos/jaegertracing/jaeger/issues/4242', { body: issueJson({ number: 4242, title: 'Compare two traces side by side', labels: ['lfx-mentorship'] }) });
    server = new InProcessBrowserServer(new Map([[OTHER, OTHER_TEXT]]));
    const settings = { github: { apiUrl: github.origin } };
    server.settings = settings;
    await server.initialize(FOLDER, { settings, workspaceFiles: true } satisfies InitializationOptions);
  });
  after(async () => {
    await server.stop();
    await github.stop();
  });

  test('checks an ideas file of a virtual file system', async () => {
    const published = await server.open(OPEN, OPEN_TEXT);
    const missing = published.diagnostics.find((d) => d.code === 'missing-field');
    assert.ok(missing, JSON.stringify(published.diagnostics.map((d) => d.code)));
    assert.match(String(missing.message), /"Expected Outcome"/);
  });

  test('hovers an upstream issue with what fetch got from GitHub, the editor\'s token sent to the API only', async () => {
    await server.connection.sendNotification(SET_GITHUB_TOKEN, { token: 'gho_editor-session' });
    const line = OPEN_TEXT.split('\n').findIndex((l) => l.includes(ISSUE));
    const hover = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: OPEN }, position: { line, character: OPEN_TEXT.split('\n')[line].indexOf(ISSUE) + 12 } });
    assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /Compare two traces side by side/);
    const request = github.requests.find((r) => r.path === '/repos/jaegertracing/jaeger/issues/4242');
    assert.equal(request?.headers.authorization, 'Bearer gho_editor-session');
    assert.ok(!server.logged.some((m) => m.includes('gho_editor-session')));
  });
  test('indexes the workspace through the client: findFiles, then each file read, no folder walked', async () => {
    const symbols = await server.waitFor('the idea of the file not open', async () => {
      const found = await server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'Rule linter' });
      return found.length > 0 && found;
    });
    assert.deepEqual(symbols.map((s) => [s.name, s.location.uri]), [['Rule linter for the plugin registry', OTHER]]);
    const search = server.fileRequests.find((r) => r.method === FIND_FILES_REQUEST)?.params as FindFilesParams;
    assert.equal(search.folder, FOLDER);
    assert.equal(search.maxResults, 5000);
    for (const glob of ['**/project_ideas.md', '**/lfx-mentorship/**/README.md']) assert.ok(search.globs.includes(glob), search.globs.join(', '));
    assert.ok(server.fileRequests.some((r) => r.method === READ_FILE_REQUEST && (r.params as { uri: string }).uri === OTHER));
    assert.ok(!server.fileRequests.some((r) => r.method === READ_DIRECTORY_REQUEST));
  });

  test('completes a mentor named only in the indexed file', async () => {
    const line = OPEN_TEXT.split('\n').findIndex((l) => l.includes('Bram Okafor'));
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: OPEN, version: 2 },
      contentChanges: [{ range: { start: { line, character: 55 }, end: { line, character: 55 } }, text: '\n  - Juno' }],
    });
    const list = await server.connection.sendRequest<{ items: { label: string; insertText?: string }[] }>('textDocument/completion', { textDocument: { uri: OPEN }, position: { line: line + 1, character: 8 } });
    assert.ok(list.items.some((i) => i.label.startsWith('Juno Park')), list.items.map((i) => i.label).join(', '));
  });

  test('reads the workspace catalog through the client', () => {
    const asked = server.fileRequests.filter((r) => r.method === READ_FILE_REQUEST).map((r) => (r.params as { uri: string }).uri);
    assert.ok(asked.includes(`${FOLDER}/programs/lfx-mentorship/automation/projects.yml`), asked.join(', '));
  });

});

describe('the browser build of the server without the client\'s files', () => {
  test('reads nothing and asks nothing of a client that does not offer its files, and ends its channel on exit', async () => {
    const server = new InProcessBrowserServer(new Map([[OTHER, OTHER_TEXT]]));
    await server.initialize(FOLDER, {});
    const published = await server.open(OPEN, OPEN_TEXT);
    assert.ok(published.diagnostics.some((d) => d.code === 'missing-field'));
    const symbols = await server.connection.sendRequest<SymbolInformation[]>('workspace/symbol', { query: 'Rule linter' });
    assert.deepEqual(symbols, []);
    assert.deepEqual(server.fileRequests, []);
    await server.stop();
    await server.closed;
  });
});
