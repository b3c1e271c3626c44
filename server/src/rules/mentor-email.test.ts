import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../settings';
import { DocumentAnalyzer } from '../analysis/analyzer';
import { Catalog } from '../catalog/catalog';
import { allRules } from '.';
import { idea, ideasFile, lineOf, problems, TWO_MENTORS } from './mentorRuleTestKit';

const withMentors = (lines: string) => ideasFile(idea('Trace replay', lines));

describe('mentor-email', () => {
  test('addresses pass as plain text, in angle brackets and as mailto links', () => {
    assert.deepEqual(problems('mentor-email', ideasFile(idea('Canonical', TWO_MENTORS))), []);
    const forms = '- Mentor(s):\n  - Jo Doe (@jo-doe, <jo@example.org>)\n  - Al Bee (@al-bee, [al@example.org](mailto:al@example.org))\n  - Cy Dee (@cy-dee, mailto:cy.dee+lfx@mail.example.co.uk)';
    assert.deepEqual(problems('mentor-email', withMentors(forms)), []);
  });

  test('`Name (@handle)` without an e-mail is an error on the mentor line', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe (@jo-doe)\n  - Al Bee (@al-bee, al@example.org)');
    const [d, ...rest] = problems('mentor-email', text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, lineOf(text, 'Jo Doe'));
    assert.equal(d.message, 'Mentor `Jo Doe` has no e-mail: add it as `Jo Doe (@jo-doe, email)`');
  });

  test('entries of a term before 2023 (whose template asked for no e-mail) are not asked for one; malformed ones still are', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe (@jo-doe)\n  - Al Bee (@al-bee, al.example.org)');
    const old = new DocumentAnalyzer(allRules).analyze('file:///ws/programs/lfx-mentorship/2022/01-Spring/README.md', text, defaultSettings(), Catalog.bundled());
    const emails = old.diagnostics.filter((d) => d.code === 'mentor-email');
    assert.deepEqual(emails.map((d) => d.message), ['E-mail `al.example.org` has no @: write the whole address, as name@example.org']);
  });

  const malformed: [string, string][] = [
    ['jo.example.org', 'E-mail `jo.example.org` has no @: write the whole address, as name@example.org'],
    ['tbd@email', 'E-mail `tbd@email` is not a valid address: write it as name@example.org'],
    ['jo AT example.org', 'E-mail `jo AT example.org` is obfuscated: write the address itself (`jo@example.org`), which the proposal form requires'],
    ['jo at example dot org', 'E-mail `jo at example dot org` is obfuscated: write the address itself (`jo@example.org`), which the proposal form requires'],
    ['jo[at]example.org', 'E-mail `jo[at]example.org` is obfuscated: write the address itself (`jo@example.org`), which the proposal form requires'],
  ];
  for (const [email, message] of malformed) {
    test(`\`${email}\` is reported on the address`, () => {
      const line = `  - Jo Doe (@jo-doe, ${email})`;
      const text = withMentors(`- Mentor(s):\n${line}\n  - Al Bee (@al-bee, al@example.org)`);
      const [d, ...rest] = problems('mentor-email', text);
      assert.equal(rest.length, 0);
      assert.equal(d.range.start.line, lineOf(text, 'Jo Doe'));
      assert.equal(line.slice(d.range.start.character, d.range.end.character), email);
      assert.equal(d.message, message);
    });
  }

  test('the placeholder `TBD (@tbd, tbd@email)` is an error; the template line is the placeholder rule\'s', () => {
    assert.equal(problems('mentor-email', withMentors('- Mentor(s):\n  - TBD (@tbd, tbd@email)\n  - Al Bee (@al-bee, al@example.org)')).length, 1);
    assert.deepEqual(problems('mentor-email', withMentors('- Mentor(s):\n  - Mentor Name (@mentor_github, mentor@email.addy)\n  - Al Bee (@al-bee, al@example.org)')), []);
  });

  test('turned off by setting or by an in-file comment', () => {
    const text = withMentors('- Mentor(s):\n  - Jo Doe (@jo-doe)\n  - Al Bee (@al-bee, al@example.org)');
    const settings = defaultSettings();
    settings.rules['mentor-email'] = 'off';
    assert.deepEqual(problems('mentor-email', text, settings), []);
    assert.deepEqual(problems('mentor-email', '<!-- mentorship-ideas-disable mentor-email -->\n' + text), []);
  });
});
