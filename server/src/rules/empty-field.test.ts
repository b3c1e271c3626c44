import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FIELDS, idea, ideasFile, lineOf, problems } from './structureRuleTestKit';

describe('empty-field', () => {
  test('a required field with no value: an error on the field line', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', FIELDS.replace('- Recommended Skills: Go', '- Recommended Skills:')));
    const found = problems('empty-field', text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 1);
    assert.equal(found[0].range.start.line, lineOf(text, '- Recommended Skills:'));
    assert.equal(found[0].message, 'Field "Recommended Skills" of idea "Trace comparison" is empty: write its value after the colon or on indented lines below it');
  });

  test('a Mentor(s) field over an empty bullet is empty', () => {
    const fields = FIELDS.replace(/- Mentor\(s\):\n(?: {2}- .*\n)+/, '- Mentor(s):\n  -\n');
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    const [d] = problems('empty-field', text);
    assert.equal(d.range.start.line, lineOf(text, '- Mentor(s):'));
    assert.match(d.message, /write one `Name \(@handle, email\)` line per mentor below it/);
  });

  test('a value on the next lines counts: text, a nested list, an indented blockquote', () => {
    const fields = `- Description:

  > Replay stored traces
  > against a new build.

- Expected Outcome:
  - A replay command
- Recommended Skills:
  Go, Kubernetes
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
- Upstream Issue:
  - https://github.com/jaegertracing/jaeger/issues/1`;
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    assert.deepEqual(problems('empty-field', text), []);
  });

  test('an empty optional field is not this rule\'s business', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', `${FIELDS}\n- LFX URL:`));
    assert.deepEqual(problems('empty-field', text), []);
  });
});
