import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { idea, ideasFile, lineOf, problems } from '../../../test/support/rules/structureRuleTestKit';

describe('empty-project', () => {
  test('a project heading with no idea before the next project: a warning on its heading', () => {
    const text = ideasFile('### Jaeger\n', '### Thanos\n', idea('Query sharding'));
    const found = problems('empty-project', text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 2);
    assert.equal(found[0].range.start.line, lineOf(text, '### Jaeger'));
    assert.match(found[0].message, /Project "Jaeger" has no ideas: add a `#### <idea title>` entry under it, or remove the heading/);
  });

  test('the last project of the file, left empty, is reported too', () => {
    const text = ideasFile('### Thanos\n', idea('Query sharding'), '### Jaeger\n');
    assert.deepEqual(problems('empty-project', text).map((d) => d.range.start.line), [lineOf(text, '### Jaeger')]);
  });

  test('projects with ideas, and section headings of older files (`### Template`, `### Sample:`), are not reported', () => {
    const text = ideasFile('### Template\n', '### Sample:\n', '### Thanos\n', idea('Query sharding'));
    assert.deepEqual(problems('empty-project', text), []);
  });

  test('a file without any idea is left alone: its ### headings are prose sections', () => {
    const text = '# 2020\n\n### Timeline\n\n- April 16 - May 1: applications open\n\n### Participating Projects\n\n- [Argo](https://example.org/argo)\n';
    assert.deepEqual(problems('empty-project', text), []);
  });
});
