import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { FILES, lineOf, MIDDLE_TERM, OLDER_TERM } from '../support/authoringFixtures';
import { IndexedWorkspace } from '../support/indexedWorkspace';

describe('workspace symbols over stdio', () => {
  let ws: IndexedWorkspace;
  before(async () => {
    // No waiting for the index: the first query waits for it itself.
    ws = await IndexedWorkspace.start(FILES);
  });
  after(() => ws.stop());

  const query = (q: string) => ws.client.request<SymbolInformation[]>('workspace/symbol', { query: q });

  test('every project and idea of every indexed file, with the term as container', async () => {
    const all = await query('');
    const ideas = Object.entries(FILES)
      .filter(([path]) => !path.startsWith('node_modules'))
      .flatMap(([, text]) => text.split('\n').filter((l) => l.startsWith('#### ') && !l.includes('Mentorship project Title')));
    assert.equal(all.filter((s) => s.kind === 5).length, ideas.length);
    // Jaeger and Prometheus in two terms, Envoy and Jaeger in one: the template's `### CNCF Project Name` is none.
    assert.equal(all.filter((s) => s.kind === 2).length, 6);

    const trace = all.find((s) => s.name === 'Trace comparison view')!;
    assert.equal(trace.containerName, 'Jaeger · 2025 Term 1');
    assert.equal(trace.location.uri, ws.uri(OLDER_TERM));
    const line = lineOf(OLDER_TERM, '#### Trace comparison view');
    assert.deepEqual(trace.location.range, { start: { line, character: 5 }, end: { line, character: 26 } });
    const envoy = all.find((s) => s.name === 'Envoy')!;
    assert.equal(envoy.containerName, '2025 Term 2');
    assert.equal(envoy.location.uri, ws.uri(MIDDLE_TERM));
  });

  test('the query keeps names holding its letters in order, whatever the case', async () => {
    const found = (await query('flame gr')).map((s) => `${s.name} (${s.containerName})`);
    assert.deepEqual(found, ['Flame graph export (Jaeger · 2026 Term 1)']);
    assert.deepEqual((await query('PROMETH')).map((s) => s.containerName).sort(), ['2025 Term 1', '2026 Term 1']);
  });
});
