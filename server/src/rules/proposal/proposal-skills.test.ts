import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyProposalFix, lineNumber, proposalDiagnostics, proposalText } from '../../../../test/support/rules/proposalTestKit';

const UNCHECKED = '- [ ] Yes, the required skills are the same as the technologies listed above.';

describe('proposal-skills', () => {
  test('the box checked, or skills given, passes', () => {
    assert.deepEqual(proposalDiagnostics(proposalText(), 'proposal-skills'), []);
    assert.deepEqual(proposalDiagnostics(proposalText({ 'Skills same as Technologies?': UNCHECKED, 'Required/Desirable Skills': 'Technical writing' }), 'proposal-skills'), []);
  });

  test('neither is an error on the checkbox, whose fix checks it', () => {
    const text = proposalText({ 'Skills same as Technologies?': UNCHECKED });
    const [d] = proposalDiagnostics(text, 'proposal-skills');
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, lineNumber(text, UNCHECKED));
    assert.equal(d.data?.field, 'Required/Desirable Skills');
    const fixed = applyProposalFix(text, d);
    assert.deepEqual(proposalDiagnostics(fixed, 'proposal-skills'), []);
  });

  test("both is CNCF's warning, on the skills", () => {
    const text = proposalText({ 'Required/Desirable Skills': 'Technical writing' });
    const [d] = proposalDiagnostics(text, 'proposal-skills');
    assert.equal(d.severity, 2);
    assert.equal(d.range.start.line, lineNumber(text, 'Technical writing'));
  });
});
