import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FIELDS, idea, ideasFile, lineOf, problems } from './structureRuleTestKit';

describe('duplicate-field', () => {
  test('the same field twice in one idea: an error on the later field line', () => {
    const fields = `${FIELDS}\n- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/2`;
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    const found = problems('duplicate-field', text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 1);
    assert.equal(found[0].range.start.line, lineOf(text, '- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/2'));
    assert.equal(found[0].message, 'Field "Upstream Issue" repeats the "Upstream Issue" field 1 line above in idea "Trace comparison": merge the two into one "Upstream Issue" field');
  });

  test('an alias repeats its field: `Mentors` after `Mentor(s)`', () => {
    const fields = `${FIELDS}\n- Mentors: Cy Dee (@cy-dee, cy@example.org)`;
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    const [d] = problems('duplicate-field', text);
    assert.equal(d.range.start.line, lineOf(text, '- Mentors: Cy Dee (@cy-dee, cy@example.org)'));
    assert.match(d.message, /^Field "Mentors" repeats the "Mentor\(s\)" field 4 lines above/);
  });

  test('each field once per idea is fine, also when the next idea repeats them', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison'), idea('Sampling dashboard'));
    assert.deepEqual(problems('duplicate-field', text), []);
  });

  test('an idea heading indented by a space (CommonMark allows three) starts a new idea', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison'), ' ' + idea('Sampling dashboard'));
    assert.deepEqual(problems('duplicate-field', text), []);
  });
});
