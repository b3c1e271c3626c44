import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, FIELDS, idea, ideasFile, lineOf, problems } from './structureRuleTestKit';

const TEMPLATE = `## Template

\`\`\`
### CNCF Project Name

#### Mentorship project Title

- Description:
- Expected Outcome:
- Recommended Skills:
- Mentor(s):
  - Mentor Name (@mentor_github, mentor@email.addy) - please use the same email address as you use on the LFX Mentorship Platform
- Upstream Issue:
\`\`\`

`;

const PLACEHOLDER_MENTOR = 'Mentor Name (@mentor_github, mentor@email.addy)';

describe('placeholder', () => {
  test('the fenced template block is never flagged', () => {
    const text = TEMPLATE + ideasFile('### Jaeger\n', idea('Trace comparison'));
    assert.deepEqual(problems('placeholder', text), []);
  });

  test("the template's project and idea headings left in an entry: an error on each heading line", () => {
    const text = ideasFile('### CNCF Project Name\n', idea('Mentorship project Title'));
    const found = problems('placeholder', text);
    assert.deepEqual(found.map((d) => d.range.start.line), [lineOf(text, '### CNCF Project Name'), lineOf(text, '#### Mentorship project Title')]);
    assert.equal(found[0].severity, 1);
    assert.match(found[0].message, /Project heading "CNCF Project Name" is the template's placeholder: write the CNCF project's name/);
    assert.match(found[1].message, /Idea heading "Mentorship project Title" is the template's placeholder: write the mentorship project's title/);
    assert.ok(found.every((d) => d.data?.fix === undefined && d.data?.alternatives === undefined), 'no fix: the real name has to be typed');
  });

  test("the template's mentor line left under real mentors: an error on that line, fixed by removing the line", () => {
    const fields = FIELDS.replace('- Mentor(s):\n', `- Mentor(s):\n  - ${PLACEHOLDER_MENTOR} - please use the same email address\n`);
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    const [d] = problems('placeholder', text);
    assert.equal(d.range.start.line, lineOf(text, PLACEHOLDER_MENTOR, true));
    assert.match(d.message, /Mentor line "Mentor Name \(@mentor_github, mentor@email\.addy\) - please use the same email address" is the template's placeholder/);
    assert.equal(d.data?.fix?.preferred, true);
    assert.equal(applyFix(text, d), text.replace(`  - ${PLACEHOLDER_MENTOR} - please use the same email address\n`, ''));
  });

  test('the mentor placeholder written on the Mentor(s) line itself is removed from that line only', () => {
    const fields = FIELDS.replace(/- Mentor\(s\):\n(?: {2}- .*\n)+/, `- Mentor(s): ${PLACEHOLDER_MENTOR}\n`);
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    const [d] = problems('placeholder', text);
    assert.equal(d.range.start.line, lineOf(text, `- Mentor(s): ${PLACEHOLDER_MENTOR}`));
    assert.equal(applyFix(text, d), text.replace(`- Mentor(s): ${PLACEHOLDER_MENTOR}`, '- Mentor(s): '));
  });

  test('real mentors, even behind a `Mentor Name:` label, are not placeholders', () => {
    const fields = FIELDS.replace('  - Jo Doe', '  - Mentor Name: Jo Doe');
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    assert.deepEqual(problems('placeholder', text), []);
  });
});
