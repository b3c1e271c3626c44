import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../analysis/diagnostic';
import { defaultSettings, type Settings } from '../settings';
import { corpusAvailable, termFiles } from '../../../test/support/corpus';
import { analyzeText } from '../../../test/support/rules/ruleTestKit';

const TERM_PATH = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';
const NO_TERM_PATH = 'file:///ws/drafts/project_ideas.md';

/** A title of exactly `length` characters. */
const titleOf = (length: number) => 'Trace replay'.padEnd(length, '!');

function ideasFile(project: string, heading: string, lfxLine?: string, top = ''): string {
  return `${top}## Proposed Project ideas

### ${project}

#### ${heading}
${lfxLine ? `\n${lfxLine}\n` : ''}
- Description: Replay traces.
- Expected Outcome: Traces replayed.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/3
`;
}

function titleProblems(text: string, uri = TERM_PATH, settings: Settings = defaultSettings()): Diagnostic[] {
  return analyzeText(text, uri, settings).filter((d) => d.code === 'title-too-long');
}

describe('title-too-long', () => {
  // "CNCF - Jaeger: " and " (2026 Term 1)" leave 71 characters for the title.
  test('a title within the budget passes; one character more is an error on the idea heading', () => {
    assert.deepEqual(titleProblems(ideasFile('Jaeger', titleOf(71))), []);
    const [d, ...rest] = titleProblems(ideasFile('Jaeger', titleOf(72)));
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, 4);
    assert.equal(d.data, undefined);
    assert.equal(
      d.message,
      `The LFX title "CNCF - Jaeger: ${titleOf(72)} (2026 Term 1)" is 101 characters, over LFX's 100: shorten the idea title (72) to at most 71 characters`,
    );
  });

  test('the entry\'s own "CNCF - ..." line is what is measured', () => {
    const shortened = 'CNCF - Jaeger: Trace replay (2026 Term 1)';
    assert.deepEqual(titleProblems(ideasFile('Jaeger', titleOf(90), shortened)), []);
    const long = `CNCF - Jaeger: ${titleOf(80)} (2026 Term 1)`;
    const [d] = titleProblems(ideasFile('Jaeger', 'Trace replay', long));
    assert.equal(d.range.start.line, 4);
    assert.match(d.message, /^The LFX title "CNCF - Jaeger: Trace replay!+ \(2026 Term 1\)" is 109 characters, over LFX's 100: shorten the title of its `CNCF - \.\.\.` line \(80\) to at most 71 characters$/);
  });

  test('the project measured is the one the proposal files: a catalog project named by the `CNCF - X:` line (Headlamp under Kubernetes)', () => {
    // "CNCF - Headlamp:  (2026 Term 1)" leaves 69 for the name; under "Kubernetes" it would leave 67.
    assert.deepEqual(titleProblems(ideasFile('Kubernetes', 'Headlamp', `CNCF - Headlamp: ${titleOf(69)} (2026 Term 1)`)), []);
    const [d] = titleProblems(ideasFile('Kubernetes', 'Headlamp', `CNCF - Headlamp: ${titleOf(70)} (2026 Term 1)`));
    assert.match(d.message, /^The LFX title "CNCF - Headlamp: Trace replay!+ \(2026 Term 1\)" is 101 characters.*at most 69 characters$/);
  });

  test('an idea outside any project is measured with an empty project, as CNCF does', () => {
    const text = ideasFile('Jaeger', titleOf(80)).replace('### Jaeger\n\n', '');
    const [d] = titleProblems(text);
    assert.match(d.message, /^The LFX title "CNCF - : Trace replay!+ \(2026 Term 1\)" is 103 characters, over LFX's 100 \(no CNCF project: .*\): shorten the idea title \(80\) to at most 77 characters$/);
  });

  test('a loosely written project is measured with the catalog\'s name', () => {
    // "CNCF - WasmEdge Runtime: " leaves 61; with "WasmEdge" as written 62 would fit.
    assert.deepEqual(titleProblems(ideasFile('WasmEdge', titleOf(61))), []);
    const [d] = titleProblems(ideasFile('WasmEdge', titleOf(62)));
    assert.match(d.message, /"CNCF - WasmEdge Runtime: Trace replay!+ \(2026 Term 1\)" is 101 characters.*at most 61 characters$/);
  });

  test('the term comes from the path, the "# Term" heading or the setting, else any is assumed', () => {
    const heading = ideasFile('Jaeger', titleOf(72), undefined, '# Term 02 - 2025 June - August\n\n');
    assert.match(titleProblems(heading, NO_TERM_PATH)[0].message, /\(2025 Term 2\)" is 101 characters, over LFX's 100: shorten/);
    const settings = defaultSettings();
    settings.term = '2027 Term 3';
    assert.match(titleProblems(ideasFile('Jaeger', titleOf(72)), NO_TERM_PATH, settings)[0].message, /\(2027 Term 3\)" is 101 characters/);
    assert.match(titleProblems(ideasFile('Jaeger', titleOf(72)), NO_TERM_PATH)[0].message, /over LFX's 100 \(the term is not known .*\): shorten the idea title \(72\) to at most 71/);
  });

  test('a heading already ending in its term, or written as a link, counts its title once', () => {
    assert.deepEqual(titleProblems(ideasFile('Jaeger', `${titleOf(71)} (2026 Term 1)`)), []);
    assert.deepEqual(titleProblems(ideasFile('Jaeger', `[${titleOf(71)}](https://mentorship.lfx.linuxfoundation.org/project/0)`)), []);
  });

  test('turned off by setting or by an in-file comment', () => {
    const settings = defaultSettings();
    settings.rules['title-too-long'] = 'off';
    assert.deepEqual(titleProblems(ideasFile('Jaeger', titleOf(90)), TERM_PATH, settings), []);
    const disabled = ideasFile('Jaeger', titleOf(90)).replace('#### ', '<!-- mentorship-ideas-disable-next-line title-too-long -->\n#### ');
    assert.deepEqual(titleProblems(disabled), []);
  });

  test('published entries carrying their own "CNCF - ..." line are judged by that line', { skip: !corpusAvailable() && 'corpus not found' }, () => {
    let entries = 0;
    for (const file of termFiles().filter((f) => f.name >= '2024_03')) {
      const lines = file.text.split(/\r?\n/);
      // Independently of the model: the idea heading, then its LFX line within the next few lines.
      const expected: number[] = [];
      const carrying = new Set<number>();
      lines.forEach((line, i) => {
        if (!/^####\s/.test(line)) return;
        const own = lines.slice(i + 1, i + 4).find((l) => /^CNCF - .+\(\d{4} Term \d\)\s*$/.test(l));
        if (!own) return;
        carrying.add(i);
        if (own.trim().length > 100) expected.push(i);
      });
      entries += carrying.size;
      const uri = `file:///corpus/${file.name}`;
      const reported = titleProblems(file.text, uri).map((d) => d.range.start.line).filter((line) => carrying.has(line));
      assert.deepEqual(reported, expected, file.name);
    }
    assert.ok(entries > 250, `only ${entries} entries with their own LFX line`);
  });
});
