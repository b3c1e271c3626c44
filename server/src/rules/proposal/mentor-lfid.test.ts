import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lineNumber, proposalDiagnostics, proposalText } from '../../../../test/support/rules/proposalTestKit';

describe('mentor-lfid', () => {
  test('every mentor with their own LFID passes', () => {
    assert.deepEqual(proposalDiagnostics(proposalText(), 'mentor-lfid'), []);
  });

  test('a missing, malformed or repeated LFID is an error on its mentor', () => {
    const cases: [string, RegExp][] = [
      ['Jane Doe | @jane-doe | jane@example.org', /^Primary mentor: no LFID/],
      ['Jane Doe | @jane-doe | jane@example.org | ', /^Primary mentor: no LFID/],
      ['Jane Doe | @jane-doe | jane@example.org | jane doe', /^Primary mentor: LFID `jane doe` is not an LF Username/],
      ['Jane Doe | @jane-doe | jane@example.org | @janedoe', /^Primary mentor: LFID `@janedoe`/],
      ['Jane Doe | @jane-doe | jane@example.org | JoBloggs', /^Primary mentor: LFID `JoBloggs` is already/],
    ];
    for (const [line, message] of cases) {
      const mentors = line.endsWith('JoBloggs') ? `Jo Bloggs | @jo-bloggs | jo@example.org | jobloggs\n${line}` : `${line}\nJo Bloggs | @jo-bloggs | jo@example.org | jobloggs`;
      const text = proposalText({ Mentors: mentors });
      const found = proposalDiagnostics(text, 'mentor-lfid');
      assert.equal(found.length, 1, line);
      assert.match(found[0].message.replace(/^Mentor 2/, 'Primary mentor'), message, line);
      assert.equal(found[0].range.start.line, lineNumber(text, line), line);
      assert.equal(found[0].data?.field, 'Mentors');
    }
  });
});
