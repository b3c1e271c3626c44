import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';

const URI = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';

const MENTORS = '- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)';

/** One defect of each Structure and Fields rule; `lines` names the line each is reported on. */
const TEXT = `## Proposed Project ideas

#### Orphan idea

- Description: Before any project.
- Expected Outcome: A thing.
- Recommended Skills: Go
${MENTORS}
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1

### Jaeger

#### Trace comparison

- Description: Compare two traces.
- Expected Outcome: A view.
- Recommend Skills: TypeScript
${MENTORS}
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/2
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/3

##### Sampling dashboard

- Description: List sampling strategies.
- Expected Outcome: A page.
- Recommended Skills:
${MENTORS}
  - Mentor Name (@mentor_github, mentor@email.addy)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/4

#### trace  COMPARISON

- Description: The same title again.
- Expected Outcome: A view.
- Recommended Skills: Go
${MENTORS}
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/5

### Thanos
`;

const lines = TEXT.split('\n');
const at = (line: string) => lines.indexOf(line);

describe('Structure and Fields rules over LSP', () => {
  const client = new LspClient();
  before(() => client.initialize());
  after(() => client.shutdown());

  test('each defect is pushed with its code, line, severity and documentation link', async () => {
    const published = await client.open(URI, TEXT);
    const mine = new Set(['heading-level', 'idea-outside-project', 'empty-project', 'duplicate-idea-title', 'placeholder', 'missing-field', 'empty-field', 'unknown-field', 'duplicate-field']);
    const got = published.diagnostics.filter((d) => mine.has(String(d.code))).map((d) => [d.code, d.range.start.line, d.severity]);
    assert.deepEqual(
      got.sort((a, b) => Number(a[1]) - Number(b[1]) || String(a[0]).localeCompare(String(b[0]))),
      [
        ['idea-outside-project', at('#### Orphan idea'), 1],
        ['missing-field', at('#### Trace comparison'), 1],
        ['unknown-field', at('- Recommend Skills: TypeScript'), 2],
        ['duplicate-field', at('- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/3'), 1],
        ['heading-level', at('##### Sampling dashboard'), 1],
        ['empty-field', at('- Recommended Skills:'), 1],
        ['placeholder', at('  - Mentor Name (@mentor_github, mentor@email.addy)'), 1],
        ['duplicate-idea-title', at('#### trace  COMPARISON'), 1],
        ['empty-project', at('### Thanos'), 2],
      ],
    );
    for (const d of published.diagnostics.filter((x) => mine.has(String(x.code)))) {
      assert.equal(d.source, 'mentorship-ideas');
      assert.ok(d.codeDescription!.href.endsWith(`docs/rules/${d.code}.md`), d.codeDescription!.href);
    }
  });

  test('the rename offered for a misspelt label is applied and both its diagnostics go', async () => {
    const published = await client.change(URI, [{ text: TEXT }]);
    const unknown = published.diagnostics.find((d) => d.code === 'unknown-field') as Diagnostic;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: unknown.range,
      context: { diagnostics: [unknown], only: ['quickfix'] },
    });
    const rename = actions.find((a) => a.diagnostics?.some((d) => d.code === 'unknown-field'))!;
    assert.equal(rename.title, 'Rename "Recommend Skills" to "Recommended Skills"');
    assert.equal(rename.isPreferred, true);
    const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, TEXT), rename.edit!.changes![URI] as TextEdit[]);
    assert.equal(fixed, TEXT.replace('- Recommend Skills: TypeScript', '- Recommended Skills: TypeScript'));
    const after = await client.change(URI, [{ text: fixed }]);
    assert.ok(!after.diagnostics.some((d) => d.code === 'unknown-field' || (d.code === 'missing-field' && d.range.start.line === at('#### Trace comparison'))));
  });
});
