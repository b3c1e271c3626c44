import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer, type Diagnostic } from '../analysis/analyzer';
import { Catalog } from '../catalog/catalog';
import { defaultSettings } from '../settings';
import { allRules } from './index';

/** Shared by the tests of the Structure and Fields rules: small ideas files, their analysis, and fixes applied to them. */

export const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

export const FIELDS = `- Description: Replay stored traces against a new build.
- Expected Outcome: A replay command with tests.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1`;

/** An idea heading at `level` with the given field lines. */
export function idea(title: string, fields = FIELDS, level = 4): string {
  return `${'#'.repeat(level)} ${title}\n\n${fields}\n`;
}

/** A proposal file: the ideas heading, then the given parts (project headings, ideas) separated by blank lines. */
export function ideasFile(...parts: string[]): string {
  return ['## Proposed Project ideas\n', ...parts].join('\n');
}

export function analyze(text: string, uri = URI): Diagnostic[] {
  return new DocumentAnalyzer(allRules).analyze(uri, text, defaultSettings(), Catalog.bundled()).diagnostics;
}

export function problems(code: string, text: string, uri = URI): Diagnostic[] {
  return analyze(text, uri).filter((d) => d.code === code);
}

/** The 0-based line of the first line of `text` equal to `line` (or, with `partial`, holding it). */
export function lineOf(text: string, line: string, partial = false): number {
  const index = text.split('\n').findIndex((l) => (partial ? l.includes(line) : l === line));
  assert.ok(index >= 0, `no line ${partial ? 'holds' : 'is'} ${JSON.stringify(line)}`);
  return index;
}

/**
 * Applies the fix of `diagnostic` to `text` and re-analyses: the text changed
 * only inside the edited ranges, and the diagnostic (its code on its line) is
 * gone. Returns the fixed text.
 */
export function applyFix(text: string, diagnostic: Diagnostic, uri = URI): string {
  const fix = diagnostic.data?.fix;
  assert.ok(fix, `${diagnostic.code} on line ${diagnostic.range.start.line} has a fix`);
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  const fixed = TextDocument.applyEdits(doc, fix.edits);
  const from = Math.min(...fix.edits.map((e) => doc.offsetAt(e.range.start)));
  const tail = text.length - Math.max(...fix.edits.map((e) => doc.offsetAt(e.range.end)));
  assert.equal(fixed.slice(0, from), text.slice(0, from), 'nothing changed before the edits');
  assert.equal(fixed.slice(fixed.length - tail), text.slice(text.length - tail), 'nothing changed after the edits');
  const before = problems(diagnostic.code, text, uri).length;
  assert.equal(problems(diagnostic.code, fixed, uri).length, before - 1, `one ${diagnostic.code} diagnostic fewer after the fix`);
  return fixed;
}
