import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatEntries } from '../../server/src/format/formatEntries';
import { DocumentModelBuilder } from '../../server/src/model/document';
import { splitLines } from '../../server/src/model/sections';
import { allIdeas, type IdeasDocument } from '../../server/src/model/types';
import { corpusAvailable, historyVersions, peakFiles, termFiles } from '../support/corpus';

const nonWhitespace = (s: string) => s.replace(/\s+/g, '');
const descriptions = (doc: IdeasDocument) => allIdeas(doc).map((idea) => nonWhitespace(idea.fields.find((f) => f.label === 'Description')?.value ?? ''));

test('every corpus file: formatting twice gives what formatting once gives; no Description changes; nothing outside the entries changes', { skip: !corpusAvailable() && 'corpus not available' }, () => {
  // One builder for all: consecutive history versions share most sections, which it parses once.
  const builder = new DocumentModelBuilder();
  let entries = 0;
  let formatted = 0;
  for (const file of [...termFiles(), ...peakFiles(), ...historyVersions()]) {
    const uri = 'file:///corpus/' + file.name;
    const before = builder.build(uri, file.text);
    const edits = formatEntries(before, file.text);
    const once = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, file.text), edits);
    const after = builder.build(uri, once);
    assert.deepEqual(formatEntries(after, once), [], `${file.name}: formatting again changes it`);
    assert.deepEqual(descriptions(after), descriptions(before), `${file.name}: a Description changed`);
    // Outside the entries: the text before the first idea, and every heading, as they were.
    const firstIdea = allIdeas(before)[0]?.headingRange.start.line ?? before.lineCount;
    assert.deepEqual(splitLines(once).slice(0, firstIdea), splitLines(file.text).slice(0, firstIdea), file.name);
    assert.deepEqual(after.headings.map((h) => `${h.level} ${h.text}`), before.headings.map((h) => `${h.level} ${h.text}`), file.name);
    entries += allIdeas(before).length;
    formatted += edits.length;
  }
  // Most real entries have something to normalise; the count shows the formatter is not a no-op.
  assert.ok(formatted > entries / 2, `${formatted} of ${entries} entries formatted`);
});
