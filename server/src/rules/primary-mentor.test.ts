import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixEdits } from '../../../test/support/rules/ruleTestKit';
import { gsocFile, gsocIdea, gsocProblems, gsocUri } from '../../../test/support/rules/gsocRuleTestKit';
import { lineOf } from '../../../test/support/rules/mentorRuleTestKit';

const NONE = '- Mentor(s):\n  - Jane Doe (@jane-github, jane@example.org)\n  - John Doe (@john-github, john@example.org)';

describe('primary-mentor', () => {
  test('one mentor marked primary passes, in the ways the lists write it', () => {
    assert.deepEqual(gsocProblems('primary-mentor', 2026, gsocFile(2026, gsocIdea('Marked'))), []);
    for (const mark of [' - Primary Mentor', ' (primary)', ' - primary mentor']) {
      const mentors = `- Mentor(s):\n  - Jane Doe (@jane-github, jane@example.org)${mark}\n  - John Doe (@john-github, john@example.org)`;
      assert.deepEqual(gsocProblems('primary-mentor', 2026, gsocFile(2026, gsocIdea('Marked', { mentors }))), [], mark);
    }
  });

  test('no mentor marked primary is a warning on the Mentor(s) line; the fix marks the first one', () => {
    const text = gsocFile(2026, gsocIdea('Unmarked', { mentors: NONE }));
    const [d, ...rest] = gsocProblems('primary-mentor', 2026, text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 2);
    assert.equal(d.range.start.line, lineOf(text, '- Mentor(s):'));
    assert.match(d.message, /^No mentor is marked primary/);
    const fixed = applyFixEdits(text, d, gsocUri(2026));
    assert.ok(fixed.includes('  - Jane Doe (@jane-github, jane@example.org) - primary\n  - John Doe'));
    assert.deepEqual(gsocProblems('primary-mentor', 2026, fixed), []);
  });

  test('two mentors marked primary are reported, without a fix', () => {
    const mentors = '- Mentor(s):\n  - Jane Doe (@jane-github, jane@example.org) - primary\n  - John Doe (@john-github, john@example.org) - primary';
    const [d] = gsocProblems('primary-mentor', 2026, gsocFile(2026, gsocIdea('Both', { mentors })));
    assert.match(d.message, /^2 mentors are marked primary/);
    assert.equal(d.data?.fix, undefined);
  });

  test('not asked before 2024, nor of LFX term files', () => {
    assert.deepEqual(gsocProblems('primary-mentor', 2023, gsocFile(2023, gsocIdea('Old', { year: 2023, mentors: NONE }))), []);
    const lfx = `## Proposed Project ideas\n\n### Jaeger\n\n#### One\n\n- Description: x\n- Expected Outcome: y\n- Recommended Skills: Go\n${NONE}\n- Upstream Issue: https://github.com/a/b/issues/1\n`;
    assert.deepEqual(gsocProblems('primary-mentor', 2026, lfx).length, 1, 'the GSoC path makes it a GSoC list');
    const { analyzeText } = require('../../../test/support/rules/ruleTestKit') as typeof import('../../../test/support/rules/ruleTestKit');
    assert.deepEqual(analyzeText(lfx).filter((d) => d.code === 'primary-mentor'), []);
  });
});
