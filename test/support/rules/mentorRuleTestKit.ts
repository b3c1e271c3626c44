import assert from 'node:assert/strict';
import type { Diagnostic } from '../../../server/src/analysis/diagnostic';
import { defaultSettings, type Settings } from '../../../server/src/settings';
import { analyzeText, applyFixEdits, URI } from './ruleTestKit';

/** Shared by the tests of the Mentors and Upstream-issue rules: an ideas file, its analysis, and fixes applied to it. */

export { URI };

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
  return analyzeText(text, URI, settings);
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
  const fixed = applyFixEdits(text, diagnostic);
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
