import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lineNumber, proposalDiagnostics, proposalText } from '../../../../test/support/rules/proposalTestKit';

const CHECKED_CUSTOM = '- [X] Custom Prerequisite (fill in details below)';
const WITH_CHALLENGE = '- [X] Resume\n- [ ] Cover Letter\n- [ ] School Enrollment Verification\n- [ ] Participation Permission from school or employer\n- [X] Coding Challenge';

describe('prerequisite', () => {
  test('no prerequisite, a complete custom one, a coding challenge with its URL: all pass', () => {
    assert.deepEqual(proposalDiagnostics(proposalText(), 'prerequisite'), []);
    assert.deepEqual(proposalDiagnostics(proposalText({ 'Custom Prerequisites': CHECKED_CUSTOM, 'Custom Prerequisite Name': 'Writing Sample', 'Custom Prerequisite Description': 'Upload a sample.' }), 'prerequisite'), []);
    assert.deepEqual(proposalDiagnostics(proposalText({ 'Application Prerequisites': WITH_CHALLENGE, 'Coding Challenge URL': 'https://example.org/c' }), 'prerequisite'), []);
  });

  test('a custom prerequisite: its name at most 20 characters and its description at most 500, each on its line; both given; its box checked', () => {
    const long = proposalText({ 'Custom Prerequisites': CHECKED_CUSTOM, 'Custom Prerequisite Name': 'A Name Of Twenty-One!', 'Custom Prerequisite Description': 'x'.repeat(501) });
    const found = proposalDiagnostics(long, 'prerequisite');
    assert.deepEqual(found.map((d) => [d.data?.field, d.range.start.line]), [
      ['Custom Prerequisite Name', lineNumber(long, 'A Name Of Twenty-One!')],
      ['Custom Prerequisite Description', lineNumber(long, 'x'.repeat(501))],
    ]);
    assert.match(found[0].message, /^Custom Prerequisite Name is 21 characters, over LFX's 20: cut 1$/);
    const empty = proposalDiagnostics(proposalText({ 'Custom Prerequisites': CHECKED_CUSTOM }), 'prerequisite');
    assert.deepEqual(empty.map((d) => d.data?.field), ['Custom Prerequisite Name', 'Custom Prerequisite Description']);
    const unchecked = proposalDiagnostics(proposalText({ 'Custom Prerequisite Name': 'Writing Sample', 'Custom Prerequisite Description': 'Upload a sample.' }), 'prerequisite');
    assert.deepEqual(unchecked.map((d) => d.data?.field), ['Custom Prerequisites']);
  });

  test('a coding challenge: its URL when checked, a URL, and the box checked when a URL is given', () => {
    assert.deepEqual(proposalDiagnostics(proposalText({ 'Application Prerequisites': WITH_CHALLENGE }), 'prerequisite').map((d) => d.data?.field), ['Coding Challenge URL']);
    assert.match(proposalDiagnostics(proposalText({ 'Application Prerequisites': WITH_CHALLENGE, 'Coding Challenge URL': 'see the repo' }), 'prerequisite')[0].message, /is not a URL/);
    assert.match(proposalDiagnostics(proposalText({ 'Coding Challenge URL': 'https://example.org/c' }), 'prerequisite')[0].message, /is not checked/);
  });
});
