import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyProposalFix, lineNumber, proposalDiagnostics, proposalText } from '../../../../test/support/rules/proposalTestKit';

describe('proposal-term', () => {
  test('the form\'s option passes, and a later term written as the form writes its options', () => {
    assert.deepEqual(proposalDiagnostics(proposalText(), 'proposal-term'), []);
    assert.deepEqual(proposalDiagnostics(proposalText({ Term: '2027 Term 1 (Mar-May)' }), 'proposal-term'), []);
  });

  test('a term written otherwise is a warning on the Term line, fixed to the form\'s option', () => {
    const text = proposalText({ Term: '2026 term 3' });
    const [d, ...rest] = proposalDiagnostics(text, 'proposal-term');
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 2);
    assert.equal(d.range.start.line, lineNumber(text, '2026 term 3'));
    assert.equal(d.data?.field, 'Term');
    const fixed = applyProposalFix(text, d);
    assert.ok(fixed.includes('### Term\n\n2026 Term 3 (Sep-Nov)\n'));
    assert.deepEqual(proposalDiagnostics(fixed, 'proposal-term'), []);
  });

  test('a value that names no term is an error; an empty one is empty-field\'s', () => {
    const [d] = proposalDiagnostics(proposalText({ Term: 'Fall 2026' }), 'proposal-term');
    assert.equal(d.severity, 1);
    assert.match(d.message, /^Term `Fall 2026` is not a term of the form/);
    assert.deepEqual(proposalDiagnostics(proposalText({ Term: '' }), 'proposal-term'), []);
    assert.equal(proposalDiagnostics(proposalText({ Term: '' }), 'empty-field')[0].data?.field, 'Term');
  });
});
