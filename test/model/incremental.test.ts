import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentModelBuilder, buildDocument } from '../../server/src/model/document';
import { corpusAvailable, historyVersions, modernFiles, termFiles } from '../support/corpus';

const URI = 'file:///work/programs/lfx-mentorship/2025/01-Mar-May/project_ideas.md';

/** Pieces of text that change a document's structure when typed anywhere. */
const SNIPPETS = [
  'a', ' ', '\n', '\r\n', '\n\n', '```\n', '~~~\n', '```', '#', '### ', '#### New idea\n', '\n### Project\n', '- Description: text\n',
  '- Mentor(s):\n  - Jo Doe (@jo, jo@example.org)\n', '- Upstream Issue: https://github.com/o/r/issues/1\n', '> quoted\n', '\uFEFF', '😀', 'e\u0301',
  '<!-- TOC -->\n', '* ', '\t', '**', ':',
];

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })),
});

function apply(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

test('incremental model equals a from-scratch model after random edits (1000+ edits over corpus windows)', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const files = [...termFiles(), ...modernFiles()];
  let edits = 0;
  fc.assert(
    fc.property(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(edit, { minLength: 20, maxLength: 30 }), fc.boolean(), (fileIndex, where, steps, crlf) => {
      const file = files[fileIndex % files.length].text;
      const lines = file.split('\n');
      const from = Math.floor(where * Math.max(0, lines.length - 60));
      let text = lines.slice(from, from + 60).join(crlf ? '\r\n' : '\n');
      const builder = new DocumentModelBuilder();
      builder.build(URI, text);
      for (const step of steps) {
        text = apply(text, step as Edit);
        edits++;
        assert.deepEqual(builder.build(URI, text), buildDocument(URI, text));
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
  let previous = '';
  for (const v of versions) {
    // The edit an editor would send: replace what changed between the common prefix and suffix.
    let p = 0;
    while (p < previous.length && p < v.text.length && previous[p] === v.text[p]) p++;
    let s = 0;
    while (s < previous.length - p && s < v.text.length - p && previous[previous.length - 1 - s] === v.text[v.text.length - 1 - s]) s++;
    const text = previous.slice(0, p) + v.text.slice(p, v.text.length - s) + previous.slice(previous.length - s);
    assert.equal(text, v.text);
    assert.deepEqual(builder.build(URI, text), buildDocument(URI, text), v.name);
    previous = text;
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
