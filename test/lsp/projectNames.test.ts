import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from '../support/lspClient';

const URI = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';

function project(name: string, n: number): string {
  return `### ${name}

#### Idea ${n}

- Description: Something worth doing.
- Expected Outcome: It is done.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/example/example/issues/${n}
`;
}

const TEXT = `## Proposed Project ideas\n\n${project('SPIFFE/SPIRE', 1)}\n${project('kgateway', 2)}`;

describe('project name quick fixes over LSP', () => {
  const client = new LspClient();
  let diagnostics: Diagnostic[];
  before(async () => {
    await client.initialize();
    diagnostics = (await client.open(URI, TEXT)).diagnostics;
  });
  after(() => client.shutdown());

  const actionsFor = (d: Diagnostic) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });

  test('an unknown project offers one rename per suggestion, none preferred; applying one clears it', async () => {
    const unknown = diagnostics.find((d) => d.code === 'unknown-project')!;
    assert.equal(unknown.range.start.line, 2);
    const actions = (await actionsFor(unknown)).filter((a) => a.diagnostics?.some((d) => d.code === 'unknown-project'));
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [
      ['Rename the project to "SPIFFE"', false],
      ['Rename the project to "SPIRE"', false],
      ['Disable unknown-project for this line', false],
    ]);
    const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, TEXT), actions[1].edit!.changes![URI] as TextEdit[]);
    assert.equal(fixed, TEXT.replace('### SPIFFE/SPIRE\n', '### SPIRE\n'));
    const after = await client.change(URI, [{ text: fixed }]);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'unknown-project'), []);
    diagnostics = after.diagnostics;
  });

  test('a loose name offers the preferred rename to the catalog name', async () => {
    const loose = diagnostics.find((d) => d.code === 'project-name')!;
    assert.equal(loose.severity, 3);
    const [action] = (await actionsFor(loose)).filter((a) => a.diagnostics?.some((d) => d.code === 'project-name'));
    assert.equal(action.title, 'Rename the project to "Kgateway"');
    assert.equal(action.isPreferred, true);
  });
});
