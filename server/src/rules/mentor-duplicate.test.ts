import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../settings';
import { applyFix, idea, ideasFile, lineOf, problems, TWO_MENTORS } from './mentorRuleTestKit';

const withMentors = (lines: string) => ideasFile(idea('Trace replay', lines));

describe('mentor-duplicate', () => {
  test('distinct mentors pass, also across ideas', () => {
    assert.deepEqual(problems('mentor-duplicate', ideasFile(idea('One', TWO_MENTORS), idea('Two', TWO_MENTORS))), []);
  });

  test('the same handle twice (any case) is an error on the later line, fixed by removing that line', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)\n  - Jo Doe (@Jo-Doe, jo@example.org)');
    const [d, ...rest] = problems('mentor-duplicate', text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, lineOf(text, 'Jo Doe (@Jo-Doe'));
    assert.equal(d.message, `Mentor \`Jo Doe\` repeats the handle \`@Jo-Doe\` of \`Jo Doe\` (2 lines above): remove the repeated mentor`);
    const fixed = applyFix(text, d);
    assert.equal(fixed, text.replace('\n  - Jo Doe (@Jo-Doe, jo@example.org)', ''));
  });

  test('the same e-mail under another handle is reported too', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Jo D. (@jo-d, JO@example.org)\n  - Al Bee (@al-bee, al@example.org)');
    const [d] = problems('mentor-duplicate', text);
    assert.equal(d.range.start.line, lineOf(text, 'Jo D.'));
    assert.match(d.message, /repeats the e-mail `JO@example.org`/);
    applyFix(text, d);
  });

  test('a repeat on a line shared with other mentors is reported without a fix', () => {
    const text = withMentors('- Mentor(s): Jo Doe (@jo-doe, jo@example.org), Jo Doe (@jo-doe, jo@example.org)');
    const [d] = problems('mentor-duplicate', text);
    assert.equal(d.range.start.line, lineOf(text, 'Mentor(s)'));
    assert.equal(d.data?.fix, undefined);
    assert.equal(d.data?.alternatives, undefined);
  });

  test('removing the last line of a file without a final line break removes the break before it', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)').replace(/- Upstream Issue: .*\n$/, '') + '  - Jo Doe (@jo-doe, jo@example.org)';
    const [d] = problems('mentor-duplicate', text);
    assert.equal(applyFix(text, d), text.replace(/\n {2}- Jo Doe \(@jo-doe, jo@example.org\)$/, ''));
  });

  test('turned off by setting or by an in-file comment', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Jo Doe (@jo-doe, jo@example.org)');
    const settings = defaultSettings();
    settings.rules['mentor-duplicate'] = 'off';
    assert.deepEqual(problems('mentor-duplicate', text, settings), []);
    assert.deepEqual(problems('mentor-duplicate', '<!-- mentorship-ideas-disable mentor-duplicate -->\n' + text), []);
  });
});
