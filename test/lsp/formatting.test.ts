import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';

const URI = 'file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov/project_ideas.md';

const TEXT = `# Proposals

Some   text   that   is   not   an   entry.

## Proposed Project ideas

### Jaeger
#### Trace comparison
* **Description:** Compare two traces.
* Mentors: Jo Doe (@jo-doe, jo@example.org), Al Bee (@al-bee, al@example.org)
* Upstream Issue (URL): https://github.com/jaegertracing/jaeger/issues/1
* Expected Outcomes: A diff view.
* Recommended Skill(s): Go


#### Span search
- Description: Search spans.
- Mentor(s): Jo Doe (@jo-doe, jo@example.org)
`;

const FORMATTED = `# Proposals

Some   text   that   is   not   an   entry.

## Proposed Project ideas

### Jaeger
#### Trace comparison

- Description: Compare two traces.
- Expected Outcome: A diff view.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1

#### Span search

- Description: Search spans.
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
`;

const OPTIONS = { tabSize: 2, insertSpaces: true };

describe('formatting over LSP', () => {
  const client = new LspClient();
  before(() => client.initialize());
  after(() => client.shutdown());

  test('textDocument/formatting normalises the entries and nothing else; formatted text gets no edits', async () => {
    await client.open(URI, TEXT);
    const edits = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: URI }, options: OPTIONS });
    const formatted = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, TEXT), edits);
    assert.equal(formatted, FORMATTED);
    await client.change(URI, [{ text: formatted }]);
    assert.deepEqual(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: URI }, options: OPTIONS }), []);
  });

  test('textDocument/rangeFormatting formats only the entries in the range', async () => {
    await client.change(URI, [{ text: TEXT }]);
    const line = TEXT.split('\n').indexOf('#### Span search');
    const edits = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri: URI },
      range: { start: { line: line + 1, character: 0 }, end: { line: line + 2, character: 3 } },
      options: OPTIONS,
    });
    const formatted = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, TEXT), edits);
    assert.equal(formatted, TEXT.slice(0, TEXT.indexOf('#### Span search')) + FORMATTED.slice(FORMATTED.indexOf('#### Span search')));
  });

  test('ordinary Markdown is not formatted', async () => {
    const uri = 'file:///ws/docs/notes.md';
    await client.open(uri, '# Notes\n\n* a\n* b\n');
    assert.deepEqual(await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: OPTIONS }), []);
  });
});
