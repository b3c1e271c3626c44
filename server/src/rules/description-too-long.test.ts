import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../analysis/diagnostic';
import { defaultSettings, type Settings } from '../settings';
import { analyzeText } from '../../../test/support/rules/ruleTestKit';

const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

function ideasFile(description: string, outcome = '- Expected Outcome: Traces replayed.'): string {
  return `## Proposed Project ideas

### Jaeger

#### Trace replay

- Description:${description}
${outcome}
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/4
`;
}

function descriptionProblems(text: string, settings: Settings = defaultSettings()): Diagnostic[] {
  return analyzeText(text, URI, settings).filter((d) => d.code === 'description-too-long');
}

/** `lines` lines of `width` characters, as a quoted block under an empty `- Description:` (the exported form). */
function quoted(lines: number, width: number): string {
  return '\n' + Array.from({ length: lines }, () => '  > ' + 'w'.repeat(width)).join('\n');
}

/** What the proposal adds to the Program Description for the default Expected Outcome. */
const OUTCOME_SECTION = '\n\n## Expected outcomes\n\nTraces replayed.'.length;

describe('description-too-long', () => {
  test('3000 characters pass; 3001 is an error on the Description line giving the count', () => {
    const noOutcome = '- Technologies: Go';
    assert.deepEqual(descriptionProblems(ideasFile(' ' + 'x'.repeat(3000), noOutcome)), []);
    const [d, ...rest] = descriptionProblems(ideasFile(' ' + 'x'.repeat(3001), noOutcome));
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, 6);
    assert.equal(d.data, undefined);
    assert.equal(d.message, "Program Description would be 3,001 characters, over LFX's 3,000: cut 1 (details can live in the upstream issue)");
  });

  test('the Expected Outcome is counted, as the proposal files it in the Program Description', () => {
    assert.deepEqual(descriptionProblems(ideasFile(' ' + 'x'.repeat(3000 - OUTCOME_SECTION))), []);
    const [d] = descriptionProblems(ideasFile(' ' + 'x'.repeat(3000 - OUTCOME_SECTION + 124)));
    assert.equal(d.message, "Program Description would be 3,124 characters with the Expected Outcome, over LFX's 3,000: cut 124 (details can live in the upstream issue)");
  });

  test('fields the form has no box for are counted with the Description', () => {
    const extra = '- Expected Outcome: Traces replayed.\n- Responsibilities: ' + 'r'.repeat(100);
    const [d] = descriptionProblems(ideasFile(' ' + 'x'.repeat(3000 - OUTCOME_SECTION - 50), extra));
    assert.match(d.message, /with the Expected Outcome, "Responsibilities", over LFX's 3,000: cut /);
  });

  test('the text as pasted is counted: quote markers and indentation are not, line breaks are', () => {
    // 30 lines of 99 characters and 29 line breaks: 2999 characters, though the lines written are longer.
    assert.deepEqual(descriptionProblems(ideasFile(quoted(30, 99), '')), []);
    // 30 lines of 100: 3029.
    assert.match(descriptionProblems(ideasFile(quoted(30, 100), ''))[0].message, /^Program Description would be 3,029 characters,/);
  });

  test('spaces around the text are trimmed, as the form does', () => {
    assert.deepEqual(descriptionProblems(ideasFile('   ' + 'x'.repeat(3000) + '   ', '')), []);
  });

  test('turned off by setting or by an in-file comment', () => {
    const settings = defaultSettings();
    settings.rules['description-too-long'] = 'off';
    assert.deepEqual(descriptionProblems(ideasFile(' ' + 'x'.repeat(4000)), settings), []);
    const disabled = ideasFile(' ' + 'x'.repeat(4000)).replace('- Description:', '<!-- mentorship-ideas-disable-next-line description-too-long -->\n- Description:');
    assert.deepEqual(descriptionProblems(disabled), []);
  });
});
