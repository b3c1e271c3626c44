import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument } from './lineDocument';

const PIECES = ['a', 'xyz', '\n', '\r\n', '\r', '\n\n', '\r\r\n', '😀', 'e\u0301', '', '\t'];

test('LineDocument behaves as the library TextDocument under random edits, CR, LF and CRLF included', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join('')),
      fc.array(fc.record({ a: fc.nat(200), b: fc.nat(200), text: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')), wild: fc.boolean(), full: fc.nat(30) }), { maxLength: 25 }),
      (initial, edits) => {
        let expected = TextDocument.create('file:///a.md', 'markdown', 1, initial);
        const actual = LineDocument.create('file:///a.md', 'markdown', 1, initial);
        for (const [i, e] of edits.entries()) {
          const len = expected.getText().length;
          let range = { start: expected.positionAt(Math.min(e.a, len)), end: expected.positionAt(Math.min(e.b, len)) };
          // Positions past a line's end or the document's, which both must clamp alike.
          if (e.wild) range = { start: range.start, end: { line: range.end.line + (e.a % 3), character: range.end.character + (e.b % 7) } };
          const change = e.full === 0 ? { text: e.text } : { range, text: e.text };
          expected = TextDocument.update(expected, [change], i + 2);
          LineDocument.update(actual, [change], i + 2);
          assert.equal(actual.getText(), expected.getText());
          assert.equal(actual.length, expected.getText().length);
          assert.equal(actual.lineCount, expected.lineCount);
          assert.equal(actual.version, i + 2);
          for (const offset of [0, e.a, e.b, len]) assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset));
          for (const p of [range.start, range.end, { line: e.a % 5, character: e.b % 9 }]) assert.equal(actual.offsetAt(p), expected.offsetAt(p));
          for (const line of [-1, 0, e.a % 6, actual.lineCount]) {
            assert.deepEqual(actual.getLineRange(line), expected.getLineRange(line));
            assert.equal(actual.getEOLCharacters(line), expected.getEOLCharacters(line));
          }
        }
      },
    ),
    { numRuns: 400, seed: 7 },
  );
});
