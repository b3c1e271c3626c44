import assert from 'node:assert/strict';
import type { Diagnostic } from '../../../server/src/analysis/diagnostic';
import { analyzeText, applyFixEdits, URI } from './ruleTestKit';

/** Shared by the tests of the Structure and Fields rules: small ideas files, their analysis, and fixes applied to them. */

export { URI };

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
  return analyzeText(text, uri);
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
  const fixed = applyFixEdits(text, diagnostic, uri);
  const before = problems(diagnostic.code, text, uri).length;
  assert.equal(problems(diagnostic.code, fixed, uri).length, before - 1, `one ${diagnostic.code} diagnostic fewer after the fix`);
  return fixed;
}
