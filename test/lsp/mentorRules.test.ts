import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';

const URI = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';
const TEXT = `## Proposed Project ideas

### Jaeger

#### Trace comparison

- Description: Compare two traces.
- Expected Outcome: A side-by-side view.
- Recommended Skills: Go
- Mentor(s): Jo Doe @jo-doe jo@example.org, Al Bee (al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1
`;

describe('mentor rules over LSP', () => {
  const client = new LspClient();
  before(() => client.initialize());
  after(() => client.shutdown());

  test('a mentor-format quick fix requested and applied splits the line, and the diagnostic is gone', async () => {
    const opened = await client.open(URI, TEXT);
    const format = opened.diagnostics.find((d) => d.code === 'mentor-format');
    assert.ok(format, JSON.stringify(opened.diagnostics));
    assert.equal(format.range.start.line, 9);
    assert.equal(format.source, 'mentorship-ideas');
    assert.match(format.codeDescription!.href, /docs\/rules\/mentor-format\.md$/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: format.range,
      context: { diagnostics: [format], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === 'mentor-format'));
    assert.ok(fix, JSON.stringify(actions));
    assert.equal(fix.isPreferred, true);
    const edits = fix.edit!.changes![URI] as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, TEXT), edits);
    assert.equal(
      fixed,
      TEXT.replace(
        '- Mentor(s): Jo Doe @jo-doe jo@example.org, Al Bee (al-bee, al@example.org)',
        '- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)',
      ),
    );
    const afterFix = await client.change(URI, [{ text: fixed }]);
    assert.deepEqual(
      afterFix.diagnostics.filter((d) => String(d.code).startsWith('mentor') || String(d.code).endsWith('mentors')),
      [],
    );
  });

  test('handle, e-mail and upstream problems are pushed on the lines their rule pages name', async () => {
    const broken = TEXT.replace('- Mentor(s): Jo Doe @jo-doe jo@example.org, Al Bee (al-bee, al@example.org)', '- Mentor(s):\n  - Jo Doe (@jo_doe)').replace(
      'https://github.com/jaegertracing/jaeger/issues/1',
      'TBD',
    );
    const published = await client.change(URI, [{ text: broken }]);
    const lines = Object.fromEntries(published.diagnostics.filter((d) => ['mentor-handle', 'mentor-email', 'few-mentors', 'upstream-url'].includes(String(d.code))).map((d) => [d.code, d.range.start.line]));
    assert.deepEqual(lines, { 'few-mentors': 9, 'mentor-handle': 10, 'mentor-email': 10, 'upstream-url': 11 });
  });
});
