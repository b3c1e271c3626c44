// Code actions in-process, on the language service over an in-memory workspace.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { codeActions } from '../../server/src/service/codeActions';
import { FIX_ALL_KIND } from '../../server/src/protocol';
import { MemoryWorkspace } from '../support/memoryHost';

const PATH = 'programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';
const TEXT = `## Proposed Project ideas

### Jaeger

#### Trace comparison

- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1
`;

describe('code actions (service)', () => {
  const ws = new MemoryWorkspace();
  const file = ws.open(PATH, TEXT)!;
  const apply = (edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(file.document.uri, 'markdown', 1, TEXT), edits);

  test('the quick fixes at a diagnostic, from the current analysis; applied, each changes only its line', () => {
    const missing = file.analysis.diagnostics.filter((d) => d.code === 'missing-field');
    assert.equal(missing.length, 2);
    const actions = codeActions(file, file.analysis.diagnostics, missing[0].range, ['quickfix'], { snippetEdits: false });
    const fix = actions.find((a) => a.diagnostics?.[0].code === 'missing-field')!;
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    const fixed = apply(fix.edit!.changes![file.document.uri]);
    assert.equal(fixed.split('\n').length, TEXT.split('\n').length + 1);
    assert.ok(actions.every((a) => a.kind === 'quickfix'));
    assert.ok(actions.some((a) => a.title === 'Disable missing-field for this line'));
  });

  test('"Fix all" when asked for source actions, with every fix that does not collide', () => {
    const [all, ...rest] = codeActions(file, file.analysis.diagnostics, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll'], { snippetEdits: false });
    assert.equal(rest.length, 0);
    assert.equal(all.kind, FIX_ALL_KIND);
    assert.match(apply(all.edit!.changes![file.document.uri]), /#### Trace comparison\n\n- Description:\n- Expected Outcome:\n- Recommended Skills: Go/);
  });

  test('asked for nothing in particular: the quick fixes and "Fix all"', () => {
    const missing = file.analysis.diagnostics.find((d) => d.code === 'missing-field')!;
    const kinds = codeActions(file, file.analysis.diagnostics, missing.range, undefined, { snippetEdits: false }).map((a) => a.kind);
    assert.ok(kinds.includes('quickfix') && kinds.includes(FIX_ALL_KIND) && kinds.indexOf(FIX_ALL_KIND) > kinds.lastIndexOf('quickfix'), kinds.join(', '));
    assert.ok(kinds.includes('refactor.rewrite'), 'and the conversion of the idea to a proposal');
  });
});
