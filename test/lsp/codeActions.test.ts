import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
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

const MENU_URI = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May/menu/project_ideas.md';
/** Two ideas without an Expected Outcome, and mentor lines with handles written without `@` (mentor-format, fixable). */
const MENU_TEXT = `## Proposed Project ideas

### Jaeger

#### Trace comparison

- Description: Compare two traces.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1

#### Span search

- Description: Search spans.
- Recommended Skills: Go
- Mentor(s):
  - Cy Dee (cy-dee, cy@example.org)
  - Di Eve (@di-eve, di@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/2
`;

describe('the quick-fix menu over LSP', () => {
  const client = new LspClient();
  before(() => client.initialize({ snippetEdits: true }));
  after(() => client.shutdown());

  /** The actions for a selection of the whole of line `line` of `text`. */
  const actionsAt = (text: string, line: number) =>
    client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: MENU_URI },
      range: { start: { line, character: 0 }, end: { line, character: text.split('\n')[line].length } },
      context: { diagnostics: [], only: ['quickfix'] },
    });
  const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(MENU_URI, 'markdown', 1, text), edits);
  const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);
  const key = (d: Diagnostic) => `${String(d.code)}: ${typeof d.message === 'string' ? d.message : d.message.value}`;

  test('beside each fix: "Fix all <rule> problems in this file" where the rule has more than one fix, and "Disable <rule> for this line"', async () => {
    const opened = await client.open(MENU_URI, MENU_TEXT);
    const heading = lineOf(MENU_TEXT, '#### Trace comparison');
    assert.equal(opened.diagnostics.filter((d) => d.code === 'missing-field').length, 2);
    const titles = (await actionsAt(MENU_TEXT, heading)).map((a) => a.title);
    assert.deepEqual(titles, ['Insert "- Expected Outcome:"', 'Fix all missing-field problems in this file', 'Disable missing-field for this line']);
    // A rule with one fixable problem in the file gets no "Fix all".
    const onlyOne = MENU_TEXT.replace('  - Cy Dee (cy-dee, cy@example.org)', '  - Cy Dee (@cy-dee, cy@example.org)');
    await client.change(MENU_URI, [{ text: onlyOne }]);
    const mentorTitles = (await actionsAt(onlyOne, lineOf(onlyOne, '  - Jo Doe (jo-doe, jo@example.org)'))).map((a) => a.title);
    assert.deepEqual(mentorTitles, ['Rewrite as "Jo Doe (@jo-doe, jo@example.org)"', 'Disable mentor-format for this line']);
  });

  test('"Fix all <rule> problems" fixes every problem of that rule, and nothing of the others', async () => {
    const published = await client.change(MENU_URI, [{ text: MENU_TEXT }]);
    const fixAllFormat = (await actionsAt(MENU_TEXT, lineOf(MENU_TEXT, '  - Jo Doe (jo-doe, jo@example.org)'))).find((a) => a.title === 'Fix all mentor-format problems in this file')!;
    assert.equal(fixAllFormat.kind, 'quickfix');
    const fixed = apply(MENU_TEXT, fixAllFormat.edit!.changes![MENU_URI] as TextEdit[]);
    assert.equal(fixed, MENU_TEXT.replace('(jo-doe,', '(@jo-doe,').replace('(cy-dee,', '(@cy-dee,'));
    const after = await client.change(MENU_URI, [{ text: fixed }]);
    assert.deepEqual(after.diagnostics.map(key), published.diagnostics.filter((d) => d.code !== 'mentor-format').map(key));
  });

  test('"Disable <rule> for this line" writes the comment above the line, indented as it is, and silences that rule there only', async () => {
    const published = await client.change(MENU_URI, [{ text: MENU_TEXT }]);
    const mentorLine = lineOf(MENU_TEXT, '  - Jo Doe (jo-doe, jo@example.org)');
    const disable = (await actionsAt(MENU_TEXT, mentorLine)).find((a) => a.title === 'Disable mentor-format for this line')!;
    const disabled = apply(MENU_TEXT, disable.edit!.changes![MENU_URI] as TextEdit[]);
    assert.equal(disabled, MENU_TEXT.replace('  - Jo Doe (jo-doe', '  <!-- mentorship-ideas-disable-next-line mentor-format -->\n  - Jo Doe (jo-doe'));
    const after = await client.change(MENU_URI, [{ text: disabled }]);
    // Only the one diagnostic is gone: the comment is no mentor and no part of the Mentor(s) value.
    const silenced = published.diagnostics.find((d) => d.code === 'mentor-format' && d.range.start.line === mentorLine)!;
    assert.deepEqual(after.diagnostics.map(key), published.diagnostics.filter((d) => d !== silenced).map(key));

    // A second rule for the same line joins the comment, which must stay right above the line.
    const twice = MENU_TEXT.replace('#### Span search', '<!-- mentorship-ideas-disable-next-line duplicate-idea-title -->\n#### Span search');
    await client.change(MENU_URI, [{ text: twice }]);
    const disableMissing = (await actionsAt(twice, lineOf(twice, '#### Span search'))).find((a) => a.title === 'Disable missing-field for this line')!;
    const both = apply(twice, disableMissing.edit!.changes![MENU_URI] as TextEdit[]);
    assert.equal(both, MENU_TEXT.replace('#### Span search', '<!-- mentorship-ideas-disable-next-line duplicate-idea-title missing-field -->\n#### Span search'));
    const final = await client.change(MENU_URI, [{ text: both }]);
    assert.deepEqual(
      final.diagnostics.filter((d) => d.code === 'missing-field').map((d) => d.message),
      ['Idea "Trace comparison" has no "Expected Outcome" field: add `- Expected Outcome:` with what the project should deliver'],
    );
  });

  test('a client that takes snippet edits gets the missing field as a snippet with the cursor in its value', async () => {
    await client.change(MENU_URI, [{ text: MENU_TEXT }]);
    const insert = (await actionsAt(MENU_TEXT, lineOf(MENU_TEXT, '#### Trace comparison'))).find((a) => a.title === 'Insert "- Expected Outcome:"')!;
    const [change] = insert.edit!.documentChanges! as { textDocument: { uri: string }; edits: { range: TextEdit['range']; snippet: { kind: string; value: string } }[] }[];
    assert.equal(change.textDocument.uri, MENU_URI);
    const [edit] = change.edits;
    assert.deepEqual(edit.snippet, { kind: 'snippet', value: '- Expected Outcome: $0\n' });
    // At the start of the line after Description, so that no editor indents the snippet's lines.
    assert.deepEqual(edit.range.start, { line: lineOf(MENU_TEXT, '- Recommended Skills: Go'), character: 0 });
    const inserted = apply(MENU_TEXT, [{ range: edit.range, newText: edit.snippet.value.replace('$0', '') }]);
    assert.equal(inserted, MENU_TEXT.replace('- Description: Compare two traces.\n', '- Description: Compare two traces.\n- Expected Outcome: \n'));
    // "Fix all" stays plain text.
    const all = (await actionsAt(MENU_TEXT, lineOf(MENU_TEXT, '#### Trace comparison'))).find((a) => a.title === 'Fix all missing-field problems in this file')!;
    assert.ok(all.edit!.changes && !all.edit!.documentChanges);
  });
});
