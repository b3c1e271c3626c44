import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer } from '../../server/src/analysis/analyzer';
import { Catalog } from '../../server/src/catalog/catalog';
import { allRules } from '../../server/src/rules';
import { defaultSettings } from '../../server/src/settings';
import { corpusAvailable, modernFiles } from '../support/corpus';

const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';
const SNIPPETS = ['x', '\n', '#### Dup title\n', '### Jaeger\n', '- Upstream Issue: https://github.com/o/r/issues/1\n', '  - Jo Doe (@jo, jo@example.org)\n', '#', '- [A](#a)\n', 'Mentor Name (@mentor_github, mentor@email.addy)', '```\n'];

test('diagnostics after edits equal a fresh analysis of the same text (per-idea and headings caches)', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const files = modernFiles();
  const settings = defaultSettings();
  const catalog = Catalog.bundled();
  fc.assert(
    fc.property(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(30), insert: fc.constantFrom(...SNIPPETS) }), { minLength: 5, maxLength: 15 }), (fileIndex, where, edits) => {
      const lines = files[fileIndex % files.length].text.split('\n');
      const from = Math.floor(where * Math.max(0, lines.length - 120));
      let doc = TextDocument.create(URI, 'markdown', 1, lines.slice(from, from + 120).join('\n'));
      const analyzer = new DocumentAnalyzer(allRules);
      analyzer.analyze(URI, doc.getText(), settings, catalog, true);
      for (const e of edits) {
        const text = doc.getText();
        const at = Math.floor(e.at * text.length);
        const change = { range: { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + e.remove)) }, text: e.insert };
        doc = TextDocument.update(doc, [change], doc.version + 1);
        const incremental = analyzer.analyzeChanges(URI, [change], settings, catalog);
        const fresh = new DocumentAnalyzer(allRules).analyze(URI, doc.getText(), settings, catalog, true);
        assert.deepEqual(incremental.diagnostics, fresh.diagnostics);
      }
    }),
    { numRuns: 40, seed: 11 },
  );
});
