import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../settings';
import { applyFix, idea, ideasFile, lineOf, problems } from './mentorRuleTestKit';

const withMentors = (lines: string) => ideasFile(idea('Trace replay', lines));

describe('mentor-format', () => {
  test('the canonical form and its accepted spellings pass', () => {
    for (const line of [
      '  - Jo Doe (@jo-doe, jo@example.org)',
      '  - Jo Doe(@jo-doe, jo@example.org)',
      '  - Jo  Doe  ( @jo-doe ,  jo@example.org )',
      '  - Jo Doe\t(@jo-doe,\tjo@example.org)',
      '  - Jo Doe (@jo-doe, [jo@example.org](mailto:jo@example.org))',
      '  - Jo Doe (@jo-doe, <jo@example.org>)',
      '  - Jo Doe (@jo-doe, jo@example.org) - primary, please use this address on LFX',
    ]) {
      assert.deepEqual(problems('mentor-format', withMentors(`- Mentor(s):\n${line}\n  - Al Bee (@al-bee, al@example.org)`)), [], line);
    }
  });

  const variations: [string, string, RegExp][] = [
    ['Jo Doe @jo-doe jo@example.org', 'Jo Doe (@jo-doe, jo@example.org)', /outside the parentheses/],
    ['Jo Doe (jo-doe, jo@example.org)', 'Jo Doe (@jo-doe, jo@example.org)', /without @/],
    ['Jo Doe ([@jo-doe](https://github.com/jo-doe), jo@example.org)', 'Jo Doe (@jo-doe, jo@example.org)', /as a link/],
    ['[Jo Doe](https://github.com/jo-doe) (jo@example.org)', 'Jo Doe (@jo-doe, jo@example.org)', /as a link/],
    ['Jo Doe（@jo-doe，jo@example.org）', 'Jo Doe (@jo-doe, jo@example.org)', /full-width/],
    ['Jo Doe (email: jo@example.org, github: jo-doe)', 'Jo Doe (@jo-doe, jo@example.org)', /labels/],
    ['Jo Doe @jo-doe jo@example.org - primary', 'Jo Doe (@jo-doe, jo@example.org) - primary', /outside the parentheses/],
  ];
  for (const [written, canonical, reason] of variations) {
    test(`\`${written}\` is a warning on its line, fixed to \`${canonical}\``, () => {
      const text = withMentors(`- Mentor(s):\n  - ${written}\n  - Al Bee (@al-bee, al@example.org)`);
      const [d, ...rest] = problems('mentor-format', text);
      assert.equal(rest.length, 0);
      assert.equal(d.severity, 2);
      assert.equal(d.range.start.line, lineOf(text, written));
      assert.match(d.message, reason);
      assert.ok(d.message.includes(canonical), d.message);
      assert.equal(d.data?.fix?.preferred, true);
      const fixed = applyFix(text, d);
      assert.equal(fixed, text.replace(written, canonical));
    });
  }

  test('several mentors on a list line become one list item each, at the same indentation', () => {
    const text = withMentors('- Mentor(s):\n    * Jo Doe (@jo-doe, jo@example.org); Al Bee @al-bee al@example.org & Cy Dee (@cy-dee, cy@example.org) - primary');
    const [d, ...rest] = problems('mentor-format', text);
    assert.equal(rest.length, 0);
    assert.match(d.message, /^One line holds 3 mentors \(`Jo Doe`, `Al Bee`, `Cy Dee`\)/);
    const fixed = applyFix(text, d);
    assert.ok(
      fixed.includes('- Mentor(s):\n    * Jo Doe (@jo-doe, jo@example.org)\n    * Al Bee (@al-bee, al@example.org)\n    * Cy Dee (@cy-dee, cy@example.org) - primary\n'),
      fixed,
    );
  });

  test('several mentors after the label become a nested list under it', () => {
    const text = withMentors('- Mentor(s): Jo Doe (@jo-doe, jo@example.org), Al Bee (@al-bee, al@example.org)');
    const [d] = problems('mentor-format', text);
    assert.equal(d.range.start.line, lineOf(text, 'Mentor(s)'));
    const fixed = applyFix(text, d);
    assert.ok(fixed.includes('- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)\n- Upstream Issue'), fixed);
  });

  test('a tab after the bullet indents the nested list to the content column', () => {
    const text = withMentors('-\tMentor(s): Jo Doe (@jo-doe, jo@example.org), Al Bee (@al-bee, al@example.org)');
    const fixed = applyFix(text, problems('mentor-format', text)[0]);
    assert.ok(fixed.includes('-\tMentor(s):\n    - Jo Doe (@jo-doe, jo@example.org)\n    - Al Bee (@al-bee, al@example.org)\n'), fixed);
  });

  test('the seed form over three lines collapses to one line', () => {
    const text = withMentors('- Mentor\n  Jo Doe\n  GitHub: @jo-doe\n  Email: jo@example.org\n  Al Bee\n  GitHub: al-bee\n  Email: al@example.org');
    const found = problems('mentor-format', text);
    assert.deepEqual(found.map((d) => d.range.start.line), [lineOf(text, 'Jo Doe'), lineOf(text, 'Al Bee')]);
    assert.match(found[0].message, /over several lines/);
    const once = applyFix(text, found[0]);
    assert.ok(once.includes('- Mentor\n  Jo Doe (@jo-doe, jo@example.org)\n  Al Bee\n'), once);
    const twice = applyFix(once, problems('mentor-format', once)[0]);
    assert.deepEqual(problems('mentor-format', twice), []);
  });

  test('a mentor with a handle or e-mail but no name is reported without a fix', () => {
    const text = withMentors('- Mentor(s):\n  - (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)');
    const [d] = problems('mentor-format', text);
    assert.match(d.message, /has no name/);
    assert.equal(d.data, undefined);
  });

  test('handles alone on one line (`@a, @b`): the message names the mentors that have no name', () => {
    const text = ideasFile(idea('Trace replay', '- Mentor(s): @saswatamcode, @GiedriusS'));
    const [d] = problems('mentor-format', text);
    assert.match(d.message, /^One line holds 2 mentors .*; `@saswatamcode`, `@GiedriusS` have no name, which the proposal form rejects$/);
    assert.equal(d.data?.fix, undefined);
  });

  test('a `|` in a name is reported: the form puts it between a mentor\'s parts', () => {
    const text = withMentors('- Mentor(s):\n  - Jo | Doe (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)');
    assert.deepEqual(problems('mentor-format', text).map((d) => d.message), ["Mentor name `Jo | Doe` holds a `|`, which the proposal form's Mentors field puts between a mentor's parts: it would be filed as `Jo / Doe`"]);
  });

  test('no fix when the line links a page the rewrite would drop', () => {
    const text = withMentors('- Mentor(s):\n  - [Jo Doe](https://example.org/jo) @jo-doe jo@example.org\n  - Al Bee (@al-bee, al@example.org)');
    const [d] = problems('mentor-format', text);
    assert.equal(d.data, undefined);
  });

  test('a name alone, or a line naming no mentor, is not a format problem', () => {
    assert.deepEqual(problems('mentor-format', withMentors('- Mentor(s):\n  - Primary\n    - Jo Doe\n  - Al Bee (@al-bee, al@example.org)')), []);
  });

  test('turned off by setting or by an in-file comment', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe @jo-doe jo@example.org\n  - Al Bee (@al-bee, al@example.org)');
    const settings = defaultSettings();
    settings.rules['mentor-format'] = 'off';
    assert.deepEqual(problems('mentor-format', text, settings), []);
    assert.deepEqual(problems('mentor-format', '<!-- mentorship-ideas-disable mentor-format -->\n' + text), []);
  });
});
