import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { corpusAvailable, LARGEST } from '../support/corpus';

const EXAMPLE = readFileSync(resolve(__dirname, '../../examples/project_ideas.md'), 'utf8');
const IDEAS_URI = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';

describe('language server over stdio', () => {
  const client = new LspClient();
  before(() => client.initialize());
  after(() => client.shutdown());

  test('announces incremental sync, symbols and folding', async () => {
    const probe = new LspClient();
    const result = (await probe.initialize()) as { capabilities: Record<string, unknown> };
    await probe.shutdown();
    assert.deepEqual((result.capabilities.textDocumentSync as { change: number }).change, 2);
    assert.ok(result.capabilities.documentSymbolProvider);
    assert.ok(result.capabilities.foldingRangeProvider);
  });

  test('publishes diagnostics for each version of an ideas file', async () => {
    const opened = await client.open(IDEAS_URI, EXAMPLE);
    assert.equal(opened.version, 1);
    assert.ok(opened.diagnostics.length > 0);
    for (const d of opened.diagnostics) {
      assert.equal(d.source, 'mentorship-ideas');
      assert.match(String(d.code), /^[a-z-]+$/);
      assert.match(d.codeDescription!.href, /docs\/rules\/[a-z-]+\.md$/);
    }
    const changed = await client.change(IDEAS_URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.equal(changed.version, 2);
  });

  test('outline is project > idea at the heading lines, each idea named after its mentor count', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: IDEAS_URI } });
    const lines = EXAMPLE.split('\n');
    assert.deepEqual(symbols.map((s) => s.name), ['Jaeger', 'WasmEdge']);
    for (const p of symbols) {
      assert.equal(lines[p.selectionRange.start.line].replace(/^x/, ''), `### ${p.name}`);
      for (const idea of p.children!) {
        const [, mentors, title] = /^(\d+) mentors? · (.*)$/.exec(idea.name)!;
        assert.equal(lines[idea.selectionRange.start.line], `#### ${title}`);
        const ideaLines = lines.slice(idea.range.start.line, idea.range.end.line + 1);
        assert.equal(Number(mentors), ideaLines.join('\n').split('(@').length - 1, idea.name);
        // Fields only with mentorshipIdeas.outline.showFields.
        assert.equal(idea.children, undefined);
      }
    }
    assert.equal(symbols[0].children![0].name, '2 mentors · Trace comparison view for the new UI');
  });

  test('folds projects, ideas, multi-line fields and the template', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: IDEAS_URI } });
    const template = EXAMPLE.split('\n').indexOf('```');
    assert.ok(folds.some((f) => f.startLine === template));
    assert.ok(folds.some((f) => f.startLine === EXAMPLE.split('\n').indexOf('### Jaeger')));
  });

  test('ordinary Markdown gets nothing', async () => {
    const uri = 'file:///ws/docs/notes.md';
    const published = await client.open(uri, '# Notes\n\n### Section\n\nSome text.\n');
    assert.deepEqual(published.diagnostics, []);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);
  });

  test('bad input never crashes the server, and ranges stay inside the document', async () => {
    const inputs: [string, string][] = [
      ['empty', ''],
      ['binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1')],
      ['nul', '#### A\u0000B\n- Description:\u0000\n'],
      ['crlf-bom', '\uFEFF### Jaeger\r\n\r\n#### T\r\n\r\n- Description: x\r\n- Mentor(s):\r\n  - A (@a, a@b.co)\r\n'],
      ['unicode', '### 😀 Proj\u0301\n\n#### 标题 e\u0301\t😀\n\n- Description:\t😀\n'],
      ['unterminated fence', '### P\n\n```\n#### Not an idea\n- Description: x\n'],
      ['10k headings', Array.from({ length: 10000 }, (_, i) => (i % 2 ? '#### Idea ' : '### P ') + i).join('\n')],
      ['5 MB', ('#### I\n\n- Description: ' + 'x'.repeat(1000) + '\n').repeat(5000)],
    ];
    for (const [name, text] of inputs) {
      const uri = `file:///ws/bad/${encodeURIComponent(name)}/project_ideas.md`;
      const published = await client.open(uri, text);
      const lines = text.split(/\r\n|\r|\n/);
      for (const d of published.diagnostics) {
        for (const p of [d.range.start, d.range.end]) {
          assert.ok(p.line >= 0 && p.line < lines.length, `${name}: line ${p.line}`);
          assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${name}: character ${p.character}`);
        }
      }
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(Array.isArray(symbols), name);
      client.close(uri);
    }
    assert.equal(client.process.exitCode, null);
  });

  test('the largest real file: typed-in keystrokes each get their version', { skip: !corpusAvailable() && 'corpus not found' }, async () => {
    const text = readFileSync(LARGEST(), 'utf8');
    const uri = 'file:///ws/programs/lfx-mentorship/2026/02-Jun-Aug/README.md';
    await client.open(uri, text);
    const line = text.split('\n').findIndex((l, i) => i > 1500 && l.startsWith('- Description:'));
    for (let i = 0; i < 5; i++) {
      const published = await client.change(uri, [{ range: { start: { line, character: 14 + i }, end: { line, character: 14 + i } }, text: 'x' }]);
      assert.equal(published.version, 2 + i);
    }
  });
});
