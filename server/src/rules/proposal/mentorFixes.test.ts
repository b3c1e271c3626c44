import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyProposalFix, proposalDiagnostics, proposalText } from '../../../../test/support/rules/proposalTestKit';

/** The quick fixes that are safe in a proposal document: what they write is what the mentor wrote, in the form's shape. */
describe('proposal quick fixes', () => {
  test('a handle without its @ gets it', () => {
    const text = proposalText({ Mentors: 'Jane Doe | jane-doe | jane@example.org | janedoe\nJo Bloggs | @jo-bloggs | jo@example.org | jobloggs' });
    const [d] = proposalDiagnostics(text, 'mentor-handle');
    assert.match(d.message, /the `@` is missing/);
    const fixed = applyProposalFix(text, d);
    assert.ok(fixed.includes('Jane Doe | @jane-doe | jane@example.org | janedoe'));
    assert.deepEqual(proposalDiagnostics(fixed).filter((x) => x.severity === 1), []);
  });

  test('an e-mail in a wrapping CNCF does not undo is written bare; one it undoes is no problem', () => {
    const text = proposalText({ Mentors: 'Jane Doe | @jane-doe | [jane@example.org](<mailto:jane@example.org>) | janedoe\nJo Bloggs | @jo-bloggs | jo@example.org | jobloggs' });
    const [d] = proposalDiagnostics(text, 'mentor-email');
    const fixed = applyProposalFix(text, d);
    assert.ok(fixed.includes('Jane Doe | @jane-doe | jane@example.org | janedoe'));
    assert.deepEqual(proposalDiagnostics(fixed).filter((x) => x.severity === 1), []);
    for (const wrapped of ['[jane@example.org](mailto:jane@example.org)', 'mailto:jane@example.org', '<jane@example.org>']) {
      const ok = proposalText({ Mentors: `Jane Doe | @jane-doe | ${wrapped} | janedoe\nJo Bloggs | @jo-bloggs | jo@example.org | jobloggs` });
      assert.deepEqual(proposalDiagnostics(ok, 'mentor-email'), [], wrapped);
    }
  });

  test('a mentor written as an ideas file writes one becomes a form line, its LFID left to fill in', () => {
    const text = proposalText({ Mentors: 'Jane Doe (@jane-doe, jane@example.org)\nJo Bloggs | @jo-bloggs | jo@example.org | jobloggs' });
    const [d] = proposalDiagnostics(text, 'mentor-format');
    assert.equal(d.severity, 1);
    const fixed = applyProposalFix(text, d);
    assert.ok(fixed.includes('Jane Doe | @jane-doe | jane@example.org | \nJo Bloggs'));
    assert.deepEqual(proposalDiagnostics(fixed).filter((x) => x.severity === 1).map((x) => x.code), ['mentor-lfid']);
  });

  test('a missing section is inserted where the form has it; a heading in another case is renamed', () => {
    const text = proposalText().replace('### Technologies\n\nGo, Kubernetes\n\n', '');
    const [d] = proposalDiagnostics(text, 'missing-field');
    assert.equal(d.data?.field, 'Technologies');
    const fixed = applyProposalFix(text, d);
    assert.ok(fixed.includes('### Technologies\n\n_No response_\n\n### Skills same as Technologies?'));
    assert.deepEqual(proposalDiagnostics(fixed).filter((x) => x.severity === 1).map((x) => x.code), ['empty-field']);
    const lower = proposalText().replace('### Mentors\n', '### mentors\n');
    const renamed = applyProposalFix(lower, proposalDiagnostics(lower, 'missing-field')[0]);
    assert.equal(renamed, proposalText());
  });
});
