import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../analysis/analyzer';
import { defaultSettings } from '../settings';
import { analyzeText } from './ruleTestKit';

const URI = 'file:///ws/programs/lfx-mentorship/2026/02-Jun-Aug/README.md';

function idea(title: string, n: number): string {
  return `#### ${title}

- Description: Do it.
- Expected Outcome: Done.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/example/example/issues/${n}
`;
}

const ENTRIES = `<!-- TOC -->
* [Jaeger](#jaeger)
  * [Trace comparison & diffing](#trace-comparison--diffing)
  * [UI: dark mode](#ui-dark-mode)
* [Envoy Gateway](#envoy-gateway)
  * [Trace comparison & diffing](#trace-comparison--diffing-1)
<!-- TOC -->`;

const BODY = `## Projects

### Jaeger

${idea('Trace comparison & diffing', 1)}
${idea('UI: dark mode', 2)}
### Envoy Gateway

${idea('Trace comparison & diffing', 3)}`;

function readme(toc: string, body = BODY): string {
  return `# Term 02 - 2026 June - August

Status: Accepting proposals

## Table of Contents

${toc}

${body}`;
}

function tocProblems(text: string, settings = defaultSettings()): Diagnostic[] {
  return analyzeText(text, URI, settings).filter((d) => d.code === 'toc-out-of-date');
}

function applyFix(text: string, d: Diagnostic): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), d.data!.fix!.edits);
}

const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);

describe('toc-out-of-date', () => {
  test('a table listing every project and idea in order, with GitHub anchors (repeats numbered), is up to date', () => {
    assert.deepEqual(tocProblems(readme(ENTRIES)), []);
  });

  test('an anchor written by another slugger is reported on its line; the fix rewrites only the entries, in the file\'s style', () => {
    const text = readme(ENTRIES.replace('(#trace-comparison--diffing)', '(#trace-comparison-diffing)'));
    const [d, ...rest] = tocProblems(text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 2);
    assert.equal(d.range.start.line, lineOf(text, '  * [Trace comparison & diffing](#trace-comparison-diffing)'));
    assert.equal(
      d.message,
      'The table of contents links "Trace comparison & diffing" to #trace-comparison-diffing, but GitHub\'s anchor for that heading is #trace-comparison--diffing: run "Update table of contents" to regenerate it',
    );
    assert.equal(d.data!.fix!.preferred, true);
    assert.equal(applyFix(text, d), readme(ENTRIES));
  });

  test('an idea added after the table was written: reported on the last entry; the fix adds it, keeping `-` markers and the 4-space indentation', () => {
    const written = `- [Jaeger](#jaeger)
    - [Trace comparison & diffing](#trace-comparison--diffing)
- [Envoy Gateway](#envoy-gateway)
    - [Trace comparison & diffing](#trace-comparison--diffing-1)`;
    const text = readme(written);
    const [d] = tocProblems(text);
    assert.equal(d.range.start.line, lineOf(text, '    - [Trace comparison & diffing](#trace-comparison--diffing)') + 1);
    assert.equal(d.message, 'The table of contents has "Envoy Gateway" (#envoy-gateway) where the headings give "UI: dark mode" (#ui-dark-mode): run "Update table of contents" to regenerate it');
    const fixed = applyFix(text, d);
    assert.equal(fixed, readme(written.replace('\n- [Envoy', '\n    - [UI: dark mode](#ui-dark-mode)\n- [Envoy')));
    assert.deepEqual(tocProblems(fixed), []);
  });

  test('entries missing at the end are reported on the last entry, and the fix adds them', () => {
    const text = readme(ENTRIES.split('\n').slice(0, 3).join('\n') + '\n<!-- TOC -->');
    const [d] = tocProblems(text);
    assert.equal(d.range.start.line, lineOf(text, '  * [Trace comparison & diffing](#trace-comparison--diffing)'));
    assert.match(d.message, /^The table of contents lacks "UI: dark mode" and 2 more; 3 links differ in all:/);
    assert.equal(applyFix(text, d), readme(ENTRIES));
  });

  test('an empty table between markers is filled with `-` lists; a stale entry of a removed idea is reported and dropped', () => {
    const empty = readme('<!-- TOC -->\n<!-- TOC -->');
    const [d] = tocProblems(empty);
    assert.equal(d.range.start.line, lineOf(empty, '<!-- TOC -->') + 1);
    assert.equal(applyFix(empty, d), readme(ENTRIES.replace(/^( *)\*/gm, '$1-')));

    const stale = readme(ENTRIES, BODY.replace(idea('UI: dark mode', 2) + '\n', ''));
    const [s] = tocProblems(stale);
    assert.equal(s.range.start.line, lineOf(stale, '  * [UI: dark mode](#ui-dark-mode)'));
    assert.equal(applyFix(stale, s), readme(ENTRIES.replace('  * [UI: dark mode](#ui-dark-mode)\n', ''), BODY.replace(idea('UI: dark mode', 2) + '\n', '')));
  });

  test('the message counts every link the fix changes, not only the first', () => {
    // Another slugger's anchors on three lines, and a renamed idea: the fix rewrites four links.
    const written = ENTRIES.replace('(#trace-comparison--diffing)', '(#trace-comparison-diffing)')
      .replace('(#trace-comparison--diffing-1)', '(#trace-comparison-diffing-1)')
      .replace('[UI: dark mode](#ui-dark-mode)', '[UI: dark theme](#ui-dark-theme)')
      .replace('(#envoy-gateway)', '(#envoygateway)');
    const text = readme(written);
    const [d] = tocProblems(text);
    assert.match(d.message, /^The table of contents links "Trace comparison & diffing" to #trace-comparison-diffing, but GitHub's anchor for that heading is #trace-comparison--diffing; 4 links differ in all: run "Update table of contents"/);
    const before = text.split('\n');
    const after = applyFix(text, d).split('\n');
    assert.equal(after.length, before.length);
    assert.equal(after.filter((line, i) => line !== before[i]).length, 4);
    // A link missing in the middle is one change, however many follow it.
    const [missing] = tocProblems(readme(ENTRIES.replace('  * [Trace comparison & diffing](#trace-comparison--diffing)\n', '')));
    assert.match(missing.message, /^The table of contents has "UI: dark mode" \(#ui-dark-mode\) where the headings give "Trace comparison & diffing" \(#trace-comparison--diffing\): run/);
  });

  test('a wrong nesting level is reported', () => {
    const text = readme(ENTRIES.replace('  * [UI: dark mode]', '* [UI: dark mode]'));
    const [d] = tocProblems(text);
    assert.equal(d.message, 'The table of contents nests "UI: dark mode" at level 1, the headings at level 2: run "Update table of contents" to regenerate it');
  });

  test('a table of the whole document (it lists other headings too) is checked against every heading between its levels', () => {
    const whole = `- [Table of Contents](#table-of-contents)
- [Projects](#projects)
  - [Jaeger](#jaeger)
    - [Trace comparison & diffing](#trace-comparison--diffing)
    - [UI: dark mode](#ui-dark-mode)
  - [Envoy Gateway](#envoy-gateway)
    - [Trace comparison & diffing](#trace-comparison--diffing-1)`;
    assert.deepEqual(tocProblems(readme(whole)), []);
    // Its own heading is listed only when the table lists it.
    assert.deepEqual(tocProblems(readme(whole.replace('- [Table of Contents](#table-of-contents)\n', ''))), []);
    const [d] = tocProblems(readme(whole.replace('  - [Envoy Gateway](#envoy-gateway)\n', '')));
    assert.match(d.message, /^The table of contents has "Trace comparison & diffing" \(#trace-comparison--diffing-1\) where the headings give "Envoy Gateway" \(#envoy-gateway\)/);
  });

  test('no table, no problem; the rule is turned off by setting or by comment', () => {
    assert.deepEqual(tocProblems(readme('Nothing here.')), []);
    const broken = readme(ENTRIES.replace('(#jaeger)', '(#jaegr)'));
    assert.equal(tocProblems(broken).length, 1);
    const off = defaultSettings();
    off.rules['toc-out-of-date'] = 'off';
    assert.deepEqual(tocProblems(broken, off), []);
    assert.deepEqual(tocProblems('<!-- mentorship-ideas-disable toc-out-of-date -->\n' + broken), []);
  });
});
