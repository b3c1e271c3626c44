import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../settings';
import { idea, ideasFile, lineOf, problems, TWO_MENTORS } from '../../../test/support/rules/mentorRuleTestKit';

const withUpstream = (upstream: string) => ideasFile(idea('Trace replay', TWO_MENTORS, upstream));

describe('upstream-url', () => {
  test('a URL passes: bare, `<url>`, `[text](url)`, on a nested list line, a discussion or an issue search', () => {
    for (const upstream of [
      '- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/4',
      '- Upstream Issue: <https://github.com/jaegertracing/jaeger/issues/4>',
      '- Upstream Issue: [jaeger#4](https://github.com/jaegertracing/jaeger/issues/4)',
      '- Upstream Issue:\n  - https://github.com/jaegertracing/jaeger/issues/4',
      '- Upstream Issue (URL): https://github.com/jaegertracing/jaeger/discussions/4',
      '- Upstream Issue: https://github.com/jaegertracing/jaeger/issues?q=is%3Aopen+label%3Alfx',
      '- **Upstream Issue**: http://example.org/tracker/4',
    ]) {
      assert.deepEqual(problems('upstream-url', withUpstream(upstream)), [], upstream);
    }
  });

  test('`TBD` is an error on the field line, naming the value', () => {
    const text = withUpstream('- Upstream Issue: TBD');
    const [d, ...rest] = problems('upstream-url', text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, lineOf(text, 'Upstream Issue'));
    assert.equal(d.message, 'Upstream Issue `TBD` is not an http(s) URL: link the upstream issue, e.g. https://github.com/<org>/<repo>/issues/<number>');
  });

  test('an issue reference or a URL without its scheme is not a URL either', () => {
    assert.match(problems('upstream-url', withUpstream('- Upstream Issue: jaegertracing/jaeger#4'))[0].message, /`jaegertracing\/jaeger#4` is not an http\(s\) URL/);
    assert.equal(
      problems('upstream-url', withUpstream('- Upstream Issue: github.com/jaegertracing/jaeger/issues/4'))[0].message,
      'Upstream Issue `github.com/jaegertracing/jaeger/issues/4` has no scheme: write it as https://github.com/jaegertracing/jaeger/issues/4',
    );
  });

  test('an empty value is left to empty-field', () => {
    assert.deepEqual(problems('upstream-url', withUpstream('- Upstream Issue:')), []);
  });

  test('turned off by setting or by an in-file comment', () => {
    const text = withUpstream('- Upstream Issue: TBD');
    const settings = defaultSettings();
    settings.rules['upstream-url'] = 'off';
    assert.deepEqual(problems('upstream-url', text, settings), []);
    assert.deepEqual(problems('upstream-url', text.replace('- Upstream Issue', '<!-- mentorship-ideas-disable-next-line upstream-url -->\n- Upstream Issue')), []);
  });
});
