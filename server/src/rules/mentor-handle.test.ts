import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../settings';
import { idea, ideasFile, lineOf, problems, TWO_MENTORS } from './mentorRuleTestKit';

const withMentors = (lines: string) => ideasFile(idea('Trace replay', lines));

describe('mentor-handle', () => {
  test('valid handles pass, whatever form they are written in', () => {
    assert.deepEqual(problems('mentor-handle', ideasFile(idea('Canonical', TWO_MENTORS))), []);
    const forms = '- Mentor(s):\n  - Jo Doe (jo-doe, jo@example.org)\n  - Al Bee ([@al-bee](https://github.com/al-bee), al@example.org)\n  - Cy Dee (@C, cy@example.org)\n  - Di Eve (@' + 'd'.repeat(39) + ', di@example.org)';
    assert.deepEqual(problems('mentor-handle', withMentors(forms)), []);
  });

  test('a mentor with no handle is an error on the mentor line', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe (jo@example.org)\n  - Al Bee (@al-bee, al@example.org)');
    const [d, ...rest] = problems('mentor-handle', text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, lineOf(text, 'Jo Doe'));
    assert.equal(d.message, 'Mentor `Jo Doe` has no GitHub handle: add it as `Jo Doe (@handle, jo@example.org)`');
  });

  test('a name alone has no handle either', () => {
    const text = withMentors('- Mentor(s):\n  - TBD\n  - Al Bee (@al-bee, al@example.org)');
    assert.deepEqual(problems('mentor-handle', text).map((d) => [d.range.start.line, d.message]), [[lineOf(text, 'TBD'), 'Mentor `TBD` has no GitHub handle: add it as `TBD (@handle, email)`']]);
  });

  test('a handle written with a space (`@Mike Spreitzer`) is an error on the handle, not filed silently as `@Mike`', () => {
    const text = withMentors('- Mentor(s):\n  - Mike Spreitzer (@Mike Spreitzer, mike@example.org)\n  - Al Bee (@al-bee, al@example.org)');
    const [d, ...rest] = problems('mentor-handle', text);
    assert.equal(rest.length, 0);
    assert.equal(d.range.start.line, lineOf(text, 'Mike Spreitzer'));
    assert.match(d.message, /^GitHub handle `@Mike Spreitzer` holds a space: .*would file `@Mike`/);
  });

  const invalid: [string, RegExp][] = [
    ['@jo_doe', /letters, digits and single hyphens/],
    ['@jo.doe', /letters, digits and single hyphens/],
    ['@-jodoe', /start or end with a hyphen/],
    ['@jodoe-', /start or end with a hyphen/],
    ['@jo--doe', /two hyphens in a row/],
    ['@' + 'j'.repeat(40), /40 characters, GitHub allows 39/],
    ['@', /write the username after the @/],
  ];
  for (const [handle, why] of invalid) {
    test(`\`${handle.slice(0, 12)}\` breaks GitHub's rules: reported on the handle`, () => {
      const line = `  - Jo Doe (${handle}, jo@example.org)`;
      const text = withMentors(`- Mentor(s):\n${line}\n  - Al Bee (@al-bee, al@example.org)`);
      const [d, ...rest] = problems('mentor-handle', text);
      assert.equal(rest.length, 0, JSON.stringify(rest));
      assert.equal(d.range.start.line, lineOf(text, 'Jo Doe'));
      assert.equal(line.slice(d.range.start.character, d.range.end.character), handle);
      assert.match(d.message, why);
      assert.ok(d.message.startsWith(`GitHub handle \`${handle}\` is not a valid GitHub username`), d.message);
    });
  }

  test("the template's own example mentor is left to the placeholder rule", () => {
    assert.deepEqual(problems('mentor-handle', withMentors('- Mentor(s):\n  - Mentor Name (@mentor_github, mentor@email.addy)\n  - Al Bee (@al-bee, al@example.org)')), []);
  });

  test('turned off by setting or by an in-file comment', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe (@jo_doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)');
    assert.equal(problems('mentor-handle', text).length, 1);
    const settings = defaultSettings();
    settings.rules['mentor-handle'] = 'off';
    assert.deepEqual(problems('mentor-handle', text, settings), []);
    assert.deepEqual(problems('mentor-handle', text.replace('  - Jo Doe', '  <!-- mentorship-ideas-disable-next-line mentor-handle -->\n  - Jo Doe')), []);
  });
});
