import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { DocumentAnalyzer } from '../../server/src/analysis/analyzer';
import { Catalog } from '../../server/src/catalog/catalog';
import { allIdeas } from '../../server/src/model/types';
import { allRules } from '../../server/src/rules';
import { defaultSettings } from '../../server/src/settings';
import { corpusAvailable, termFiles } from '../support/corpus';

test("the README written by CNCF's automation (2026 Term 3), whose entries passed its validation, gets no error", { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const file = termFiles().find((f) => f.name === '2026_03-Sep-Nov_README.md')!;
  const analysis = new DocumentAnalyzer(allRules).analyze(pathToFileURL(file.path).href, file.text, defaultSettings(), Catalog.bundled(), true);
  assert.equal(allIdeas(analysis.doc).length, 59);
  const errors = analysis.diagnostics.filter((d) => d.severity === 1).map((d) => `${d.range.start.line + 1} ${d.code}: ${d.message}`);
  assert.deepEqual(errors, []);
});
