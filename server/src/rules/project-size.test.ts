import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixEdits, analyzeText } from '../../../test/support/rules/ruleTestKit';
import { gsocFile, gsocIdea, gsocProblems, gsocUri } from '../../../test/support/rules/gsocRuleTestKit';
import { lineOf } from '../../../test/support/rules/mentorRuleTestKit';

describe('project-size', () => {
  test("the sizes as the lists write them pass: Google's words and hours, in any case and form", () => {
    const written = ['large', 'Large', 'large (~350 hour projects)', 'Large (350 hour project)', 'Medium (175 hour project)', 'small (~90 hour projects)', '350 Hours', '175h', '~175', '175 hrs', '**Large** (~350 hour projects)', '# Large (~350 hours)', 'medium'];
    for (const size of written) {
      const text = gsocFile(2026, gsocIdea('Sized', { size: `- Expected project size: ${size}` }));
      assert.deepEqual(gsocProblems('project-size', 2026, text), [], size);
    }
    const other = gsocFile(2023, gsocIdea('Other label', { year: 2023, size: '- Expected size of the project: 350h' }));
    assert.deepEqual(gsocProblems('project-size', 2023, other), []);
  });

  test('a missing field is an error on the idea heading, with one quick fix per size inserting it after Recommended Skills', () => {
    const text = gsocFile(2026, gsocIdea('No size', { size: '' }));
    const [d, ...rest] = gsocProblems('project-size', 2026, text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, lineOf(text, '##### No size'));
    assert.equal(d.data?.fix, undefined, 'no preferred size');
    assert.deepEqual(d.data?.alternatives?.map((f) => f.title), [
      'Insert "- Expected project size: small (~90 hour projects)"',
      'Insert "- Expected project size: medium (~175 hour projects)"',
      'Insert "- Expected project size: large (~350 hour projects)"',
    ]);
    const fixed = applyFixEdits(text, { ...d, data: { fix: d.data!.alternatives![1] } }, gsocUri(2026));
    assert.ok(fixed.includes('- Recommended Skills: Go\n- Expected project size: medium (~175 hour projects)\n- Mentor(s):'));
    assert.deepEqual(gsocProblems('project-size', 2026, fixed), []);
  });

  test('a value that is no size, the template comment left in place, or an empty value is an error on the field line', () => {
    for (const size of ['- Expected project size: 200 hours', '- Expected project size: TBD', '- Expected project size: # one of small (~90 hour projects), medium (~175 hour projects) and large (~350 hour projects)', '- Expected project size:']) {
      const text = gsocFile(2026, gsocIdea('Bad size', { size }));
      const [d, ...rest] = gsocProblems('project-size', 2026, text);
      assert.equal(rest.length, 0, size);
      assert.equal(d.severity, 1, size);
      assert.equal(d.range.start.line, text.split('\n').lastIndexOf(size), size);
      const fixed = applyFixEdits(text, { ...d, data: { fix: d.data!.alternatives![0] } }, gsocUri(2026));
      assert.ok(fixed.includes('- Expected project size: small (~90 hour projects)\n'), fixed);
    }
  });

  test('two sizes in one value are a warning', () => {
    const text = gsocFile(2026, gsocIdea('Two', { size: '- Expected project size: 175h for the API only, 350h with the backend' }));
    const [d] = gsocProblems('project-size', 2026, text);
    assert.equal(d.severity, 2);
    assert.match(d.message, /names 2 sizes \(medium, large\)/);
  });

  test('not asked before 2022 (Google had no sizes), nor of LFX term files', () => {
    assert.deepEqual(gsocProblems('project-size', 2021, gsocFile(2021, gsocIdea('Old', { year: 2021, size: '' }))), []);
    const lfx = `## Proposed Project ideas\n\n### Jaeger\n\n#### One\n\n- Description: x\n`;
    assert.deepEqual(analyzeText(lfx).filter((d) => d.code === 'project-size'), []);
  });
});
