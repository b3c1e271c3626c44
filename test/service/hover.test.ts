// Hovers in-process, on the language service over an in-memory workspace: no LSP connection, no disk.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from '../../server/src/service/hover';
import catalog from '../../server/src/catalog/catalog.generated.json';
import { AVERY, CURRENT_TERM, FILES, lineOf, SKY } from '../support/authoringFixtures';
import { MemoryWorkspace, NEVER_CANCELLED } from '../support/memoryHost';

describe('hover (service)', () => {
  const ws = new MemoryWorkspace(FILES);
  before(async () => {
    await ws.index();
    ws.open(CURRENT_TERM, FILES[CURRENT_TERM]);
  });

  const markdown = async (line: number, character: number, path = CURRENT_TERM) => {
    const answer = await hover(ws.file(path), { line, character }, ws.service, NEVER_CANCELLED);
    return answer ? (answer.contents as { value: string }).value : '';
  };

  test('a project heading: the catalog entry, and its ideas here and in the other indexed terms, from the index', async () => {
    const jaeger = catalog.projects.find((p) => p.name === 'Jaeger')!;
    const text = await markdown(lineOf(CURRENT_TERM, '### Jaeger'), 5);
    assert.ok(text.startsWith(`**Jaeger** · CNCF ${jaeger.maturity} project`), text);
    assert.ok(text.includes('2 ideas in this file'), text);
    assert.ok(text.includes('In other indexed terms: 2025 Term 2: 1 · 2025 Term 1: 1'), text);
  });

  test("a mentor: the mentor's entries across the indexed files, the latest term first", async () => {
    const text = await markdown(lineOf(CURRENT_TERM, '  - ' + SKY), 8);
    assert.ok(text.includes('4 ideas in the indexed files'), text);
    assert.ok(text.indexOf('2026 Term 1 · Prometheus · Native histogram docs') < text.indexOf('2025 Term 1 · Prometheus · Alert rule linter'), text);
    assert.ok((await markdown(lineOf(CURRENT_TERM, '  - ' + AVERY), 6)).includes('2 ideas in the indexed files'));
  });

  test('a field label, an idea heading; nothing over ordinary text', async () => {
    const mentors = lineOf(CURRENT_TERM, '- Mentor(s):', lineOf(CURRENT_TERM, '#### Flame graph export'));
    assert.ok((await markdown(mentors, 4)).includes('Mentors: 1/4 (two are preferred)'));
    const title = 'CNCF - Jaeger: Span search by attribute (2026 Term 1)';
    assert.ok((await markdown(lineOf(CURRENT_TERM, '#### Span search by attribute'), 8)).startsWith(`LFX title: ${title.length}/100`));
    assert.equal(await markdown(lineOf(CURRENT_TERM, '- Description: Export a trace as a flame graph.'), 30), '');
  });

  test('an upstream link with no network: the preview says GitHub could not be reached, and nothing is logged', async () => {
    const line = lineOf(CURRENT_TERM, '- Upstream Issue: https://github.com/example/project/issues/6');
    const text = await markdown(line, 30);
    assert.match(text, /^\*\*\[example\/project#6\]\(https:\/\/github\.com\/example\/project\/issues\/6\)\*\* · issue/);
    assert.ok(text.includes('GitHub could not be reached'), text);
    assert.deepEqual(ws.errors, []);
  });

  test('an upstream link behind a redirect a browser hides (an opaque redirect): followed by the browser, without the token', async () => {
    const calls: { url: string; redirect?: string; authorization?: string }[] = [];
    const browserFetch = (async (input: string, init?: RequestInit) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      calls.push({ url: String(input), redirect: init?.redirect, authorization: headers.authorization });
      // What a browser's fetch gives for redirect: 'manual': no status, no location.
      if (init?.redirect === 'manual') return { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), body: null } as unknown as Response;
      return new Response(JSON.stringify({ number: 6, title: 'Moved along with its repository', state: 'open', labels: [], user: { login: 'octo' }, comments: 0, body: '' }), { status: 200 });
    }) as typeof fetch;
    const browser = new MemoryWorkspace(FILES, { fetch: browserFetch });
    browser.service.setEditorToken('gho_editor');
    browser.open(CURRENT_TERM, FILES[CURRENT_TERM]);
    const line = lineOf(CURRENT_TERM, '- Upstream Issue: https://github.com/example/project/issues/6');
    const answer = await hover(browser.file(CURRENT_TERM), { line, character: 30 }, browser.service, NEVER_CANCELLED);
    const text = (answer?.contents as { value: string } | undefined)?.value ?? '';
    assert.ok(text.includes('Moved along with its repository'), text);
    assert.deepEqual(calls.map((c) => [c.redirect, c.authorization]), [
      ['manual', 'Bearer gho_editor'],
      ['follow', undefined],
    ]);
  });
});
