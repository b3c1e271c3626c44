import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { idea, ideasFile, lineOf, problems } from '../../../test/support/rules/structureRuleTestKit';

describe('idea-outside-project', () => {
  test('an idea before any project heading: an error on its heading', () => {
    const text = ideasFile(idea('Trace comparison'), '### Jaeger\n', idea('Sampling dashboard'));
    const found = problems('idea-outside-project', text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 1);
    assert.equal(found[0].range.start.line, lineOf(text, '#### Trace comparison'));
    assert.match(found[0].message, /Idea "Trace comparison" has no project heading above it: add a `### <CNCF project name>` heading/);
    assert.equal(found[0].data, undefined);
  });

  test('ideas under a project heading are inside it', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison'), idea('Sampling dashboard'));
    assert.deepEqual(problems('idea-outside-project', text), []);
  });
});
