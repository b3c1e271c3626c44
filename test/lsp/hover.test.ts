import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import catalog from '../../server/src/catalog/catalog.generated.json';
import { AVERY, CURRENT_TERM, FILES, lineOf, ODD_DOCUMENTS, probePositions, SKY } from '../support/authoringFixtures';
import { IndexedWorkspace } from '../support/indexedWorkspace';

describe('authoring hovers over stdio', () => {
  let ws: IndexedWorkspace;
  let uri: string;
  before(async () => {
    ws = await IndexedWorkspace.start(FILES);
    await ws.indexed();
    uri = ws.uri(CURRENT_TERM);
    await ws.client.open(uri, FILES[CURRENT_TERM]);
  });
  after(() => ws.stop());

  /** The hover's Markdown, '' when there is none. */
  async function hover(line: number, character: number, at = uri): Promise<string> {
    const h = await ws.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: at }, position: { line, character } });
    return h ? (h.contents as { value: string }).value : '';
  }

  test('on a project heading: maturity, homepage, repository, and its ideas here and in the other indexed terms', async () => {
    const text = await hover(lineOf(CURRENT_TERM, '### Jaeger'), 5);
    const jaeger = catalog.projects.find((p) => p.name === 'Jaeger')!;
    assert.ok(text.includes(`CNCF ${jaeger.maturity} project`), text);
    assert.ok(text.includes(jaeger.homepage) && text.includes(jaeger.repoUrl), text);
    assert.ok(text.includes('2 ideas in this file'), text);
    assert.ok(text.includes('In other indexed terms: 2025 Term 2: 1 · 2025 Term 1: 1'), text);
  });

  test('on a mentor: their entries in the indexed files, with term, project and title', async () => {
    const line = lineOf(CURRENT_TERM, '  - ' + SKY);
    const text = await hover(line, 8);
    assert.ok(text.includes('4 ideas in the indexed files'), text);
    // The name once, then what the index knows of the person, each once.
    assert.equal(text.split('\n')[0], '**Sky Invented** · @sky-invented · sky@example.net');
    assert.equal(text.split('Sky Invented').length - 1, 1, text);
    for (const entry of ['2026 Term 1 · Prometheus · Native histogram docs', '2025 Term 2 · Envoy · Filter fuzzing harness', '2025 Term 1 · Prometheus · Remote write dashboard', '2025 Term 1 · Prometheus · Alert rule linter']) {
      assert.ok(text.includes(entry), entry);
    }
    // Latest term first.
    assert.ok(text.indexOf('2026 Term 1') < text.indexOf('2025 Term 2') && text.indexOf('2025 Term 2') < text.indexOf('2025 Term 1'));
    const avery = await hover(lineOf(CURRENT_TERM, '  - ' + AVERY), 6);
    assert.ok(avery.includes('2 ideas in the indexed files'), avery);
  });

  test('on a field label: what it is for, and its limit with the current count', async () => {
    const draft = ws.uri('drafts/long/project_ideas.md');
    const description = 'word '.repeat(248);
    await ws.client.open(draft, `### Jaeger\n\n#### A long one\n\n- Description: ${description}\n- Expected Outcome: done.\n- Mentor(s):\n  - ${AVERY}\n- Upstream Issue: https://github.com/example/project/issues/9\n`);
    const text = await hover(4, 4, draft);
    // The form's count: the Description (1,239) with the outcome the proposal files in it.
    assert.ok(text.includes('Program Description: 1,268/3,000 characters (with what the proposal files in it'), text);
    assert.ok(text.includes('LFX program description'));
    assert.ok((await hover(6, 4, draft)).includes('Mentors: 1/4'));
    assert.ok((await hover(8, 4, draft)).includes('URLs: 1/1'));
    ws.client.close(draft);
  });

  test('on an idea heading: the LFX title and its length against 100', async () => {
    const title = 'CNCF - Jaeger: Span search by attribute (2026 Term 1)';
    const text = await hover(lineOf(CURRENT_TERM, '#### Span search by attribute'), 8);
    assert.ok(text.startsWith(`LFX title: ${title.length}/100`), text);
    assert.ok(text.includes(title));
  });

  test('nothing over ordinary text', async () => {
    assert.equal(await hover(lineOf(CURRENT_TERM, '- Description: Export a trace as a flame graph.'), 30), '');
  });

  test('odd documents: every position answered, every hover range inside the text', async () => {
    for (const [name, text] of ODD_DOCUMENTS) {
      const at = ws.uri(`odd/${encodeURIComponent(name)}/project_ideas.md`);
      await ws.client.open(at, text);
      const lines = text.split(/\r\n|\r|\n/);
      for (const position of probePositions(text)) {
        const h = await ws.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: at }, position });
        if (!h?.range) continue;
        for (const p of [h.range.start, h.range.end]) assert.ok(p.line < lines.length && p.character <= lines[p.line].length, `${name}: ${JSON.stringify(h.range)}`);
      }
      ws.client.close(at);
    }
    assert.equal(ws.client.process.exitCode, null);
    assert.deepEqual(ws.loggedErrors, []);
  });
});
