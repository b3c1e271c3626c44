import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, FIELDS, idea, ideasFile, lineOf, problems } from '../../../test/support/rules/structureRuleTestKit';

const without = (label: string) => FIELDS.split('\n').filter((l) => !l.startsWith(`- ${label}:`)).join('\n');

describe('missing-field', () => {
  test('a required field absent: an error on the idea heading, fixed by inserting it in template order', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', without('Recommended Skills')));
    const found = problems('missing-field', text);
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 1);
    assert.equal(found[0].range.start.line, lineOf(text, '#### Trace comparison'));
    assert.equal(found[0].message, 'Idea "Trace comparison" has no "Recommended Skills" field: add `- Recommended Skills:` with the skills a mentee should bring');
    assert.equal(found[0].data?.fix?.preferred, true);
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed, text.replace('- Expected Outcome: A replay command with tests.', '- Expected Outcome: A replay command with tests.\n- Recommended Skills:'));
  });

  test('one diagnostic per missing field', () => {
    const text = ideasFile('### Jaeger\n', '#### Trace comparison\n\n- Description: Compare traces.\n');
    assert.deepEqual(
      problems('missing-field', text).map((d) => /"([^"]+)" field/.exec(d.message)![1]),
      ['Expected Outcome', 'Recommended Skills', 'Mentor(s)', 'Upstream Issue'],
    );
  });

  test('aliases, bold labels, labels without a colon and without a bullet count as their field', () => {
    const fields = `- **Description**: Compare traces.
- Expected Outcomes: A view.
* Skills: Go
- Mentors
  - Jo Doe (@jo-doe, jo@example.org)

Upstream Issue(s): https://github.com/jaegertracing/jaeger/issues/1`;
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    assert.deepEqual(problems('missing-field', text), []);
  });

  test('a misspelt label stands for its field: the message names it and the fix renames it', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', FIELDS.replace('- Recommended Skills:', '- Recommend Skills:')));
    const [d] = problems('missing-field', text);
    assert.equal(d.message, 'Idea "Trace comparison" has no "Recommended Skills" field, but has "Recommend Skills": rename that label to `Recommended Skills`');
    const fixed = applyFix(text, d);
    assert.equal(fixed, text.replace('- Recommend Skills:', '- Recommended Skills:'));
    assert.deepEqual(problems('unknown-field', fixed), []);
  });

  test('Expected Outcome is not asked when the Description holds the expected outcomes (the 2026 form)', () => {
    const fields = without('Expected Outcome').replace(
      '- Description: Replay stored traces against a new build.',
      '- Description:\n\n  > ## Description\n  > Replay stored traces.\n  >\n  > ## Expected outcomes\n  > A replay command.\n',
    );
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    assert.deepEqual(problems('missing-field', text), []);
  });

  test("Expected Outcome is not asked of an entry with the 2026 proposal form's Technologies field", () => {
    const fields = without('Expected Outcome').replace('- Recommended Skills: Go', '- Recommended Skills: Go\n- Technologies: Go, Kubernetes');
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', fields));
    assert.deepEqual(problems('missing-field', text), []);
  });

  test('Expected Outcome is not asked before 2023 (the 2020-2022 template had none), but is from 2023 on', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', without('Expected Outcome')));
    assert.deepEqual(problems('missing-field', text, 'file:///ws/programs/lfx-mentorship/2021/02-Summer/project_ideas.md'), []);
    assert.equal(problems('missing-field', text, 'file:///ws/programs/lfx-mentorship/2023/01-Mar-May/project_ideas.md').length, 1);
    // Without a term, the old template's `Upstream Issue (URL)` label dates the entry.
    const old = ideasFile('### Jaeger\n', idea('Trace comparison', without('Expected Outcome').replace('- Upstream Issue:', '- Upstream Issue (URL):')));
    assert.deepEqual(problems('missing-field', old, 'file:///ws/ideas/project_ideas.md'), []);
    assert.equal(problems('missing-field', text, 'file:///ws/ideas/project_ideas.md').length, 1);
  });

  test('a complete entry has no missing field', () => {
    assert.deepEqual(problems('missing-field', ideasFile('### Jaeger\n', idea('Trace comparison'))), []);
  });
});
