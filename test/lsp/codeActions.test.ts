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
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1
`;

describe('code actions over LSP', () => {
  const client = new LspClient();
  before(() => client.initialize());
  after(() => client.shutdown());

  test('a quick fix requested and applied clears its diagnostic, changing nothing else', async () => {
    const opened = await client.open(URI, TEXT);
    const missing = opened.diagnostics.find((d) => d.code === 'missing-field')!;
    assert.match(String(missing.message), /Expected Outcome/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: missing.range,
      context: { diagnostics: [missing], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.diagnostics?.some((d) => d.code === 'missing-field'))!;
    assert.equal(fix.isPreferred, true);
    const edits = fix.edit!.changes![URI] as TextEdit[];
    const doc = TextDocument.create(URI, 'markdown', 1, TEXT);
    const fixed = TextDocument.applyEdits(doc, edits);
    assert.equal(fixed, TEXT.replace('- Recommended Skills: Go', '- Expected Outcome:\n- Recommended Skills: Go'));
    const after = await client.change(URI, [{ text: fixed }]);
    assert.ok(!after.diagnostics.some((d) => d.code === 'missing-field'));
  });

  test('"Fix all" is offered as a source action', async () => {
    const broken = TEXT.replace('- Description: Compare two traces.\n', '');
    const published = await client.change(URI, [{ text: broken }]);
    assert.equal(published.diagnostics.filter((d) => d.code === 'missing-field').length, 2);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.mentorship-ideas');
    const edits = actions[0].edit!.changes![URI] as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, broken), edits);
    assert.match(fixed, /#### Trace comparison\n\n- Description:\n- Expected Outcome:\n- Recommended Skills: Go/);
    const after = await client.change(URI, [{ text: fixed }]);
    assert.ok(!after.diagnostics.some((d) => d.code === 'missing-field'));
  });
});
