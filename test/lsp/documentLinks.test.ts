import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentLink } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';

const URI = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';
const TEXT = `## Proposed Project ideas

### Jaeger

#### Trace comparison

- Description: See https://example.org/notes for background.
- Expected Outcome: A diff view.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (al-bee-, al@example.org)
  - Cy Dee ([@cy-dee](https://github.com/cy-dee), cy@example.org)
- Upstream Issue: [the issue](https://github.com/jaegertracing/jaeger/issues/1)
- LFX URL: <https://mentorship.lfx.linuxfoundation.org/project/0000-1111>
`;

describe('document links over LSP', () => {
  const client = new LspClient();
  before(() => client.initialize());
  after(() => client.shutdown());

  test('upstream and LFX URLs, and each valid @handle to its GitHub profile', async () => {
    await client.open(URI, TEXT);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: URI } });
    const lines = TEXT.split('\n');
    const shown = links
      .map((l) => {
        assert.equal(l.range.start.line, l.range.end.line);
        const line = lines[l.range.start.line];
        assert.ok(l.range.end.character <= line.length, 'inside the line');
        return { text: line.slice(l.range.start.character, l.range.end.character), target: l.target };
      })
      .sort((a, b) => (a.target! < b.target! ? -1 : 1));
    assert.deepEqual(shown, [
      { text: '[@cy-dee](https://github.com/cy-dee)', target: 'https://github.com/cy-dee' },
      { text: '[the issue](https://github.com/jaegertracing/jaeger/issues/1)', target: 'https://github.com/jaegertracing/jaeger/issues/1' },
      { text: '@jo-doe', target: 'https://github.com/jo-doe' },
      { text: '<https://mentorship.lfx.linuxfoundation.org/project/0000-1111>', target: 'https://mentorship.lfx.linuxfoundation.org/project/0000-1111' },
    ]);
  });

  test('ordinary Markdown gets none', async () => {
    const uri = 'file:///ws/notes.md';
    await client.open(uri, '# Notes\n\n- Upstream Issue: https://github.com/a/b/issues/1\n');
    const links = await client.request<DocumentLink[] | null>('textDocument/documentLink', { textDocument: { uri } });
    assert.equal(links, null);
  });
});
