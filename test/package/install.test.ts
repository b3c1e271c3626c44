// The npm package as a user gets it: `npm pack` of this checkout, installed
// into an empty prefix, gives the two bins of the interface, and the language
// server bin speaks LSP over stdio to a real client.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { installPackedPackage, type InstalledPackage } from '../support/packedPackage';

const EXAMPLE = resolve(__dirname, '../../examples/project_ideas.md');

describe('npm package installed from its tarball', () => {
  let installed: InstalledPackage;
  let scratch: string;

  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'mentorship-ideas-install-'));
    installed = installPackedPackage(scratch);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  test('the tarball holds the two bundles and no sources, tests or corpus', () => {
    const paths = installed.packedFiles;
    for (const required of ['dist/cli.js', 'dist/cli-main.js', 'dist/server.js', 'dist/server-main.js', 'package.json', 'README.md', 'LICENSE']) {
      assert.ok(paths.includes(required), `${required} missing from ${paths.join(', ')}`);
    }
    for (const p of paths) assert.doesNotMatch(p, /^(server|client|test|scripts|bench|examples)\/|\.ts$|corpus/, `${p} should not ship`);
  });

  test('mentorship-ideas checks a file from the installed prefix', () => {
    const result = installed.run('mentorship-ideas', ['check', '--format', 'json', EXAMPLE]);
    assert.equal(result.status, 1, `exit ${result.status}: ${result.stderr}`);
    const report = JSON.parse(result.stdout) as { files: { path: string; diagnostics: { code: string }[] }[] };
    assert.equal(report.files.length, 1);
    assert.ok(report.files[0].diagnostics.length > 0, 'the example carries deliberate mistakes');
  });

  test('mentorship-ideas-language-server --stdio publishes diagnostics, hovers and symbols', async () => {
    const client = new LspClient(process.env, [installed.bin('mentorship-ideas-language-server'), '--stdio']);
    try {
      await client.initialize();
      const uri = pathToFileURL(EXAMPLE).href;
      const text = readFileSync(EXAMPLE, 'utf8');
      const published = await client.open(uri, text);
      assert.ok(published.diagnostics.length > 0);
      for (const d of published.diagnostics) assert.equal(d.source, 'mentorship-ideas');
      const lines = text.split('\n');
      const firstIdea = lines.indexOf('### Jaeger');
      const descriptionLine = lines.findIndex((l, i) => i > firstIdea && l.startsWith('- Description:'));
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: descriptionLine, character: 4 } });
      assert.match(JSON.stringify(hover?.contents ?? ''), /3,000/);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.some((s) => s.name === 'Jaeger'), JSON.stringify(symbols.map((s) => s.name)));
    } finally {
      await client.shutdown();
    }
  });
});
