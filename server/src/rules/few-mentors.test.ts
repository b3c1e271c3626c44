import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../settings';
import { idea, ideasFile, lineOf, problems, TWO_MENTORS } from './mentorRuleTestKit';

const ONE = '- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org) - primary';

describe('few-mentors', () => {
  test('two mentors pass; exactly one is a warning on the Mentor(s) line', () => {
    assert.deepEqual(problems('few-mentors', ideasFile(idea('Two', TWO_MENTORS))), []);
    const text = ideasFile(idea('One', ONE));
    const [d, ...rest] = problems('few-mentors', text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 2);
    assert.equal(d.range.start.line, lineOf(text, '- Mentor(s):'));
    assert.equal(d.message, 'Only one mentor (`Jo Doe`): CNCF prefers at least two; add a co-mentor');
  });

  test('a Co-Mentor field counts: one mentor in each is two mentors filed', () => {
    const text = ideasFile(idea('Pair', '- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n- Co-Mentor:\n  - Al Bee (@al-bee, al@example.org)'));
    assert.deepEqual(problems('few-mentors', text), []);
    const dup = ideasFile(idea('Same', '- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n- Co-Mentor:\n  - Jo Doe (@jo-doe, jo@example.org)'));
    assert.equal(problems('mentor-duplicate', dup).length, 1);
  });

  test('a line that names no mentor does not count as one', () => {
    const text = ideasFile(idea('One and a remark', ONE + '\n  - Others from the team are also available to help on Slack'));
    assert.equal(problems('few-mentors', text).length, 1);
  });

  test('no mentor at all is not "few" (an empty field is empty-field\'s)', () => {
    assert.deepEqual(problems('few-mentors', ideasFile(idea('None', '- Mentor(s):'))), []);
  });

  test('turned off by setting (the README example) or by an in-file comment', () => {
    const text = ideasFile(idea('One', ONE));
    const settings = defaultSettings();
    settings.rules['few-mentors'] = 'off';
    assert.deepEqual(problems('few-mentors', text, settings), []);
    assert.deepEqual(problems('few-mentors', text.replace('- Mentor(s):', '<!-- mentorship-ideas-disable-next-line few-mentors -->\n- Mentor(s):')), []);
  });
});
