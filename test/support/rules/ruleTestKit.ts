import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer } from '../../../server/src/analysis/analyzer';
import type { Diagnostic } from '../../../server/src/analysis/diagnostic';
import { Catalog } from '../../../server/src/catalog/catalog';
import { defaultSettings, type Settings } from '../../../server/src/settings';
import { allRules } from '../../../server/src/rules/index';

/** What the rule tests share: a proposal file's path (2026 Term 1), its analysis, and fixes applied with their reach checked. */

export const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

export function analyzeText(text: string, uri = URI, settings: Settings = defaultSettings(), catalog = Catalog.bundled()): Diagnostic[] {
  return new DocumentAnalyzer(allRules).analyze(uri, text, settings, catalog).diagnostics;
}

/** Applies the fix of `diagnostic` to `text`, asserting that nothing changed before its first or after its last edit. */
export function applyFixEdits(text: string, diagnostic: Diagnostic, uri = URI): string {
  const fix = diagnostic.data?.fix;
  assert.ok(fix, `${diagnostic.code} on line ${diagnostic.range.start.line} has a fix`);
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  const fixed = TextDocument.applyEdits(doc, fix.edits);
  const from = Math.min(...fix.edits.map((e) => doc.offsetAt(e.range.start)));
  const tail = text.length - Math.max(...fix.edits.map((e) => doc.offsetAt(e.range.end)));
  assert.equal(fixed.slice(0, from), text.slice(0, from), 'nothing changed before the edits');
  assert.equal(fixed.slice(fixed.length - tail), text.slice(text.length - tail), 'nothing changed after the edits');
  return fixed;
}
