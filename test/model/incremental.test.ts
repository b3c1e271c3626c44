import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentModelBuilder, buildDocument } from '../../server/src/model/document';
import { corpusAvailable, historyVersions, modernFiles, termFiles } from '../support/corpus';

const URI = 'file:///work/programs/lfx-mentorship/2025/01-Mar-May/project_ideas.md';

/** Pieces of text that change a document's structure when typed anywhere. */
const SNIPPETS = [
  'a', ' ', '\n', '\r\n', '\n\n', '```\n', '~~~\n', '```', '#', '### ', '#### New idea\n', '\n### Project\n', '- Description: text\n',
  '- Mentor(s):\n  - Jo Doe (@jo, jo@example.org)\n', '- Upstream Issue: https://github.com/o/r/issues/1\n', '> quoted\n', '\uFEFF', '😀', 'e\u0301',
  '<!-- TOC -->\n', '* ', '\t', '**', ':',
];

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  /** Snap to the start of a line: where headings and fences begin and end. */
  lineStart: fc.boolean(),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })),
});

test('incremental model equals a from-scratch model after random edits (1000+ edits over corpus windows)', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const files = [...termFiles(), ...modernFiles()];
  let edits = 0;
  fc.assert(
    fc.property(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(edit, { minLength: 20, maxLength: 30 }), fc.boolean(), fc.nat({ max: 9 }), (fileIndex, where, steps, crlf, outOfRange) => {
      const file = files[fileIndex % files.length].text;
      const lines = file.split('\n');
      const from = Math.floor(where * Math.max(0, lines.length - 60));
      const initial = lines.slice(from, from + 60).join(crlf ? '\r\n' : '\n');
      // The editor's copy (TextDocument, as the server keeps it) is the oracle for the text.
      let doc = TextDocument.create(URI, 'markdown', 1, initial);
      const builder = new DocumentModelBuilder();
      builder.build(URI, initial);
      for (const [i, step] of steps.entries()) {
        const text = doc.getText();
        let at = Math.floor(step.at * text.length);
        if (step.lineStart) at = doc.offsetAt({ line: doc.positionAt(at).line, character: 0 });
        const range = { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + step.remove)) };
        // Now and then a position past the end of its line or of the document, which editors clamp.
        if (i === outOfRange) range.end = { line: range.end.line + (step.remove % 3), character: range.end.character + 500 };
        const change = { range, text: step.insert };
        doc = TextDocument.update(doc, [change], doc.version + 1);
        edits++;
        const incremental = builder.update(URI, [change]);
        assert.equal(builder.text(), doc.getText());
        assert.deepEqual(incremental, buildDocument(URI, doc.getText()));
      }
    }),
    { numRuns: 45, seed: 20261125 },
  );
  assert.ok(edits >= 1000, `only ${edits} edits`);
});

test('replaying the 36 real versions of a proposal file as edits gives the from-scratch model each time', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const versions = historyVersions();
  assert.equal(versions.length, 36);
  const builder = new DocumentModelBuilder();
  builder.build(URI, '');
  let previous = '';
  for (const v of versions) {
    // The edit an editor would send: replace what changed between the common prefix and suffix.
    let p = 0;
    while (p < previous.length && p < v.text.length && previous[p] === v.text[p]) p++;
    let s = 0;
    while (s < previous.length - p && s < v.text.length - p && previous[previous.length - 1 - s] === v.text[v.text.length - 1 - s]) s++;
    const old = TextDocument.create(URI, 'markdown', 1, previous);
    const change = { range: { start: old.positionAt(p), end: old.positionAt(previous.length - s) }, text: v.text.slice(p, v.text.length - s) };
    const model = builder.update(URI, [change]);
    assert.equal(builder.text(), v.text);
    assert.deepEqual(model, buildDocument(URI, v.text), v.name);
    previous = v.text;
  }
});

test('typing inside a Description re-parses only that section', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const [file] = modernFiles().filter((f) => f.name.startsWith('2026_02'));
  const builder = new DocumentModelBuilder();
  builder.build(URI, file.text);
  const at = file.text.indexOf('- Description:', file.text.length / 2) + '- Description:'.length;
  let text = file.text;
  for (const ch of ' typed') {
    text = text.slice(0, at) + ch + text.slice(at);
    builder.build(URI, text);
    assert.equal(builder.lastParseCount, 1);
  }
  // A new line shifts every later section: shifted, not re-parsed.
  text = text.slice(0, at) + '\n' + text.slice(at);
  builder.build(URI, text);
  assert.equal(builder.lastParseCount, 1);
});

test('edits at heading and fence boundaries re-split correctly', () => {
  const initial = '# Term 01 - 2026\n\n### P\n\n#### A\n\n- Description: a\n\n```\n#### in fence\n```\n\n#### B\n\n- Description: b\n';
  const cases: [number, number, string][] = [
    [2, 0, 'x'], // a heading stops being one
    [2, 0, '\n'],
    [4, 0, '#'], // #### -> #####
    [8, 0, '~'], // the fence opener changes
    [10, 0, 'x'], // the fence closer goes: the fence runs to the end
    [12, 0, '```\n'],
    [6, 17, '\n### Q\n'],
  ];
  for (const [line, character, insert] of cases) {
    let doc = TextDocument.create(URI, 'markdown', 1, initial);
    const builder = new DocumentModelBuilder();
    builder.build(URI, initial);
    const change = { range: { start: { line, character }, end: { line, character } }, text: insert };
    doc = TextDocument.update(doc, [change], 2);
    const model = builder.update(URI, [change]);
    assert.equal(builder.text(), doc.getText());
    assert.deepEqual(model, buildDocument(URI, doc.getText()), `insert ${JSON.stringify(insert)} at ${line}:${character}`);
    // and back
    const undo = { range: { start: { line, character }, end: doc.positionAt(doc.offsetAt({ line, character }) + insert.length) }, text: '' };
    const undone = builder.update(URI, [undo]);
    assert.equal(builder.text(), initial);
    assert.deepEqual(undone, buildDocument(URI, initial));
  }
});
