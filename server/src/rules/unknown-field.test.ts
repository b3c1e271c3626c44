import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, FIELDS, idea, ideasFile, lineOf, problems } from '../../../test/support/rules/structureRuleTestKit';

describe('unknown-field', () => {
  for (const [typo, label] of [
    ['Recommend Skills', 'Recommended Skills'],
    ['Mentors(s)', 'Mentor(s)'],
    ['Metor(s)', 'Mentor(s)'],
    ['Upstraeam Issue', 'Upstream Issue'],
  ]) {
    test(`"${typo}": a warning on its line suggesting "${label}", fixed by renaming the label`, () => {
      const canonical = label === 'Mentor(s)' ? '- Mentor(s):' : `- ${label}:`;
      const text = ideasFile('### Jaeger\n', idea('Trace comparison', FIELDS.replace(canonical, `- ${typo}:`)));
      const found = problems('unknown-field', text);
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 2);
      assert.equal(found[0].range.start.line, lineOf(text, `- ${typo}:`, true));
      assert.equal(found[0].message, `Unknown field "${typo}": did you mean "${label}"? Rename the label to \`${label}\``);
      assert.equal(found[0].data?.fix?.preferred, true);
      assert.equal(applyFix(text, found[0]), text.replace(`- ${typo}:`, canonical));
    });
  }

  test('a label naming a field by one word is a guess: suggested, but its fix is not the preferred one', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', FIELDS.replace('- Upstream Issue:', '- GitHub Issue:')));
    const [d] = problems('unknown-field', text);
    assert.match(d.message, /did you mean "Upstream Issue"\?/);
    assert.equal(d.data?.fix?.preferred, false);
  });

  test('when the idea already has the suggested field, the message asks to merge and no rename is offered', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', `${FIELDS}\n- Co-Mentor: Cy Dee (@cy-dee, cy@example.org)`));
    const [d] = problems('unknown-field', text);
    assert.equal(d.message, 'Unknown field "Co-Mentor": did you mean "Mentor(s)"? This idea already has a "Mentor(s)" field: merge this line into it');
    assert.equal(d.data, undefined);
  });

  test('a label close to nothing gets the list of template fields and no fix', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', `${FIELDS}\n- Key Metrics to Watch: p99 latency`));
    const [d] = problems('unknown-field', text);
    assert.equal(d.range.start.line, lineOf(text, '- Key Metrics to Watch: p99 latency'));
    assert.match(d.message, /^Unknown field "Key Metrics to Watch": the template's fields are Description, Expected Outcome, Recommended Skills, Mentor\(s\) and Upstream Issue/);
    assert.equal(d.data, undefined);
  });

  test('aliases, LFX URL, Technologies and the optional fields found in real entries are known', () => {
    const fields = `${FIELDS.replace('- Mentor(s):', '- Mentors:').replace('- Upstream Issue:', '- Upstream Issue (URL):')}
- Technologies: Go
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/0000
- Difficulty: medium
- Stretch Goal: a UI
- Associated Repository: https://github.com/jaegertracing/jaeger-ui`;
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    assert.deepEqual(problems('unknown-field', text), []);
  });

  test('a list item whose only colon belongs to a URL is not a field', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', `${FIELDS}\n- See the design at https://example.org/design`));
    assert.deepEqual(problems('unknown-field', text), []);
  });
});
