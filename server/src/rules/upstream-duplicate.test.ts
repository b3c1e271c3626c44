import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../settings';
import { idea, ideasFile, lineOf, problems, TWO_MENTORS } from '../../../test/support/rules/mentorRuleTestKit';

const upstream = (value: string) => `- Upstream Issue: ${value}`;

describe('upstream-duplicate', () => {
  test('each idea with its own issue passes; the same query with other parameters is another URL', () => {
    const text = ideasFile(
      idea('One', TWO_MENTORS, upstream('https://github.com/jaegertracing/jaeger/issues/4')),
      idea('Two', TWO_MENTORS, upstream('https://github.com/jaegertracing/jaeger/issues/5')),
      idea('Three', TWO_MENTORS, upstream('https://github.com/jaegertracing/jaeger/issues?q=label%3Alfx')),
      idea('Four', TWO_MENTORS, upstream('https://github.com/jaegertracing/jaeger/issues?q=label%3ALFX')),
    );
    assert.deepEqual(problems('upstream-duplicate', text), []);
  });

  test('the same URL after normalisation is a warning on the later field line, naming the earlier idea', () => {
    const text = ideasFile(
      idea('One', TWO_MENTORS, upstream('https://github.com/jaegertracing/jaeger/issues/4')),
      idea('Two', TWO_MENTORS, upstream('https://github.com/jaegertracing/jaeger/issues/5')),
      idea('Three', TWO_MENTORS, upstream('<http://www.GitHub.com/JaegerTracing/jaeger/issues/4/#issuecomment-9>')),
    );
    const [d, ...rest] = problems('upstream-duplicate', text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 2);
    const first = lineOf(text, 'issues/4');
    assert.equal(d.range.start.line, lineOf(text, 'www.GitHub.com'));
    assert.equal(d.message, `Upstream Issue http://www.GitHub.com/JaegerTracing/jaeger/issues/4/#issuecomment-9 is also the upstream issue of "One" (line ${first + 1}): give each idea its own issue`);
  });

  test('every later idea is reported, each naming the first', () => {
    const text = ideasFile(...['One', 'Two', 'Three'].map((t) => idea(t, TWO_MENTORS, upstream('https://github.com/jaegertracing/jaeger/issues/4'))));
    assert.deepEqual(problems('upstream-duplicate', text).map((d) => /"(\w+)"/.exec(d.message)![1]), ['One', 'One']);
  });

  test('a URL repeated within one idea is not a duplicate across ideas', () => {
    const text = ideasFile(idea('One', TWO_MENTORS, upstream('https://github.com/jaegertracing/jaeger/issues/4 (https://github.com/jaegertracing/jaeger/issues/4)')));
    assert.deepEqual(problems('upstream-duplicate', text), []);
  });

  test('turned off by setting or by an in-file comment', () => {
    const text = ideasFile(...['One', 'Two'].map((t) => idea(t, TWO_MENTORS, upstream('https://github.com/jaegertracing/jaeger/issues/4'))));
    assert.equal(problems('upstream-duplicate', text).length, 1);
    const settings = defaultSettings();
    settings.rules['upstream-duplicate'] = 'off';
    assert.deepEqual(problems('upstream-duplicate', text, settings), []);
    assert.deepEqual(problems('upstream-duplicate', '<!-- mentorship-ideas-disable upstream-duplicate -->\n' + text), []);
  });
});
