import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer, type Diagnostic } from '../analysis/analyzer';
import { Catalog } from '../catalog/catalog';
import { defaultSettings, type Settings } from '../settings';
import { allRules } from './index';

/** Shared by the tests of the Mentors and Upstream-issue rules: an ideas file, its analysis, and fixes applied to it. */

export const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

export const TWO_MENTORS = '- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)';

/** One idea whose Mentor(s) and Upstream Issue fields are given as written (each its lines, label included). */
export function idea(title: string, mentors: string = TWO_MENTORS, upstream = '- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/4'): string {
  return `#### ${title}

- Description: Replay traces.
- Expected Outcome: Traces replayed.
- Recommended Skills: Go
${mentors}
${upstream}
`;
}

export function ideasFile(...ideas: string[]): string {
  return `## Proposed Project ideas

### Jaeger

${ideas.join('\n')}`;
}

export function analyze(text: string, settings: Settings = defaultSettings()): Diagnostic[] {
  return new DocumentAnalyzer(allRules).analyze(URI, text, settings, Catalog.bundled()).diagnostics;
}

export function problems(code: string, text: string, settings?: Settings): Diagnostic[] {
  return analyze(text, settings).filter((d) => d.code === code);
}

/** The 0-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `no line holds ${needle}`);
  return line;
}

/**
 * Applies the fix of `diagnostic` to `text` and re-analyses: the diagnostic
 * is gone, the text changed only inside the edited range, and every other
 * rule (but those in `expectChanged`) reports what it reported before.
 * Returns the fixed text.
 */
export function applyFix(text: string, diagnostic: Diagnostic, expectChanged: string[] = []): string {
  const fix = diagnostic.data?.fix;
  assert.ok(fix, `${diagnostic.code} on line ${diagnostic.range.start.line} has a fix`);
  const doc = TextDocument.create(URI, 'markdown', 1, text);
  const fixed = TextDocument.applyEdits(doc, fix.edits);
  const starts = fix.edits.map((e) => doc.offsetAt(e.range.start));
  const ends = fix.edits.map((e) => doc.offsetAt(e.range.end));
  const from = Math.min(...starts);
  const tail = text.length - Math.max(...ends);
  assert.equal(fixed.slice(0, from), text.slice(0, from), 'nothing changed before the edit');
  assert.equal(fixed.slice(fixed.length - tail), text.slice(text.length - tail), 'nothing changed after the edit');
  const after = analyze(fixed);
  assert.ok(
    !after.some((d) => d.code === diagnostic.code && d.message === diagnostic.message),
    `the ${diagnostic.code} diagnostic is gone after the fix; still: ${after.filter((d) => d.code === diagnostic.code).map((d) => d.message)}`,
  );
  // Lines move when a fix adds or removes some: compare messages without their line numbers.
  const others = (ds: Diagnostic[]) =>
    ds
      .filter((d) => d.code !== diagnostic.code && !expectChanged.includes(d.code))
      .map((d) => `${d.code}: ${d.message.replace(/line \d+/g, 'line N')}`)
      .sort();
  assert.deepEqual(others(after), others(analyze(text)), 'the other rules report the same after the fix');
  return fixed;
}
