// The Node server in a virtual workspace (VS Code's Remote Repositories,
// `vscode-vfs:` folders): the files it cannot read from disk come from a
// client that offers them (initializationOptions.workspaceFiles), over the
// requests of protocol.ts; a file: folder is still read from disk.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { FIND_FILES_REQUEST, READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, type FindFilesParams, type InitializationOptions, type ReadFileParams } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';

const IDEAS = (title: string) => `## Proposed Project ideas\n\n### Falco\n\n#### ${title}\n\n- Description: Lint rules.\n- Expected Outcome: A linter.\n- Recommended Skills: Go\n- Mentor(s):\n  - Esme Rowe (@esme-rowe, esme.rowe@example.org)\n  - Luca Bianchi (@luca-bianchi, luca.bianchi@example.org)\n- Upstream Issue: https://github.com/falcosecurity/falco/issues/3131\n`;

/** A server whose client answers the workspace file requests from `files`, recording them. */
function clientWithFiles(files: Record<string, string>) {
  const client = new LspClient();
  const asked: { method: string; params: unknown }[] = [];
  client.connection.onRequest(FIND_FILES_REQUEST, (params: FindFilesParams) => {
    asked.push({ method: FIND_FILES_REQUEST, params });
    return Object.keys(files).filter((uri) => uri.startsWith(params.folder + '/'));
  });
  client.connection.onRequest(READ_FILE_REQUEST, (params: ReadFileParams) => {
    asked.push({ method: READ_FILE_REQUEST, params });
    return files[params.uri] ?? null;
  });
  client.connection.onRequest(READ_DIRECTORY_REQUEST, (params: unknown) => {
    asked.push({ method: READ_DIRECTORY_REQUEST, params });
    return [];
  });
  return { client, asked };
}

async function symbolsOf(client: LspClient, query: string): Promise<SymbolInformation[]> {
  for (let i = 0; i < 100; i++) {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query });
    if (found.length > 0) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  return [];
}

describe('the Node server in a virtual workspace', () => {
  const folder = 'vscode-vfs://github/cncf/mentoring';
  const other = `${folder}/programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md`;
  const { client, asked } = clientWithFiles({ [other]: IDEAS('Rule linter for the plugin registry') });
  before(() => client.initialize({ rootUri: folder, initializationOptions: { workspaceFiles: true } satisfies InitializationOptions }));
  after(() => client.shutdown());

  test('indexes the folder through the client: findFiles, then each file read', async () => {
    const symbols = await symbolsOf(client, 'Rule linter');
    assert.deepEqual(symbols.map((s) => [s.name, s.location.uri]), [['Rule linter for the plugin registry', other]]);
    assert.ok(asked.some((a) => a.method === FIND_FILES_REQUEST && (a.params as FindFilesParams).folder === folder));
    assert.ok(asked.some((a) => a.method === READ_FILE_REQUEST && (a.params as ReadFileParams).uri === other));
  });
});

describe('the Node server on a folder of the disk, with a client that offers its files', () => {
  const root = mkdtempSync(join(tmpdir(), 'mentorship-ideas-files-'));
  const path = join(root, 'programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md');
  const { client, asked } = clientWithFiles({});
  before(async () => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, IDEAS('Rule tester for the playground'));
    await client.initialize({ rootUri: pathToFileURL(root).href, initializationOptions: { workspaceFiles: true } satisfies InitializationOptions });
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  test('reads the disk itself and asks the client nothing', async () => {
    const symbols = await symbolsOf(client, 'Rule tester');
    assert.deepEqual(symbols.map((s) => [s.name, s.location.uri]), [['Rule tester for the playground', pathToFileURL(path).href]]);
    assert.deepEqual(asked, []);
  });
});
