import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings } from '../settings';
import { idea, ideasFile, lineOf, problems, TWO_MENTORS } from '../../../test/support/rules/mentorRuleTestKit';

const withUpstream = (upstream: string) => ideasFile(idea('Trace replay', TWO_MENTORS, upstream));
const A = 'https://github.com/jaegertracing/jaeger/issues/4';
const B = 'https://github.com/jaegertracing/jaeger/issues/5';

describe('upstream-multiple', () => {
  test('one URL passes, also written twice or as a link whose text is the URL', () => {
    for (const upstream of [`- Upstream Issue: ${A}`, `- Upstream Issue: [${A}](${A})`, `- Upstream Issue: ${A} (see ${A}#issuecomment-1)`]) {
      assert.deepEqual(problems('upstream-multiple', withUpstream(upstream)), [], upstream);
    }
  });

  test('two URLs on the line are an error on the field line, naming them', () => {
    const text = withUpstream(`- Upstream Issue: ${A}, ${B}`);
    const [d, ...rest] = problems('upstream-multiple', text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, lineOf(text, 'Upstream Issue'));
    assert.equal(d.message, `Upstream Issue links 2 URLs (${A}, ${B}): LFX takes exactly one; link an umbrella issue that lists the others`);
  });

  test('URLs on nested list lines count', () => {
    const text = withUpstream(`- Upstream Issues:\n  - ${A}\n  - [five](${B})\n  - <https://github.com/jaegertracing/jaeger/issues/6>\n  - https://github.com/jaegertracing/jaeger/issues/7`);
    assert.match(problems('upstream-multiple', text)[0].message, /^Upstream Issue links 4 URLs \(.*, …\)/);
  });

  test("the LFX project page carried under the issue in a published README is not a second URL", () => {
    const text = withUpstream(`- Upstream Issue: ${A}\nLFX URL: https://mentorship.lfx.linuxfoundation.org/project/00000000-0000-0000-0000-000000000000`);
    assert.deepEqual(problems('upstream-multiple', text), []);
  });

  test('turned off by setting or by an in-file comment', () => {
    const text = withUpstream(`- Upstream Issue: ${A} ${B}`);
    const settings = defaultSettings();
    settings.rules['upstream-multiple'] = 'off';
    assert.deepEqual(problems('upstream-multiple', text, settings), []);
    assert.deepEqual(problems('upstream-multiple', '<!-- mentorship-ideas-disable upstream-multiple -->\n' + text), []);
  });
});
