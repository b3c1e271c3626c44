import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { idea, ideasFile, lineOf, problems } from '../../../test/support/rules/structureRuleTestKit';

describe('duplicate-idea-title', () => {
  test('the same title twice in one file, whatever the case and spacing: an error on the later heading', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison view'), '### Thanos\n', idea('trace  Comparison View'));
    const found = problems('duplicate-idea-title', text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 1);
    assert.equal(found[0].range.start.line, lineOf(text, '#### trace  Comparison View'));
    assert.equal(
      found[0].message,
      `Idea title "trace  Comparison View" is already used by the idea on line ${lineOf(text, '#### Trace comparison view') + 1}: give each idea its own title, or merge the two`,
    );
  });

  test('distinct titles are fine', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison view'), idea('Trace comparison API'));
    assert.deepEqual(problems('duplicate-idea-title', text), []);
  });
});
