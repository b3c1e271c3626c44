import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gsocFile, gsocIdea, gsocProblems } from '../../../test/support/rules/gsocRuleTestKit';

/** A GSoC list files no form: the mentor rules keep their checks, with what the form alone needs made lighter. */
test('in a GSoC list a mentor without e-mail or handle is a warning, an address spelt out against spam is accepted, a malformed one is an error', () => {
  const mentors = (line: string) => `- Mentor(s):\n  - Jane Doe (@jane-doe, jane@example.org) - primary\n  - ${line}`;
  const noEmail = gsocProblems('mentor-email', 2026, gsocFile(2026, gsocIdea('No e-mail', { mentors: mentors('Jo Bloggs (@jo-bloggs)') })));
  assert.deepEqual(noEmail.map((d) => d.severity), [2]);
  const noHandle = gsocProblems('mentor-handle', 2026, gsocFile(2026, gsocIdea('No handle', { mentors: mentors('Jo Bloggs (jo@example.org)') })));
  assert.deepEqual(noHandle.map((d) => d.severity), [2]);
  assert.deepEqual(gsocProblems('mentor-email', 2026, gsocFile(2026, gsocIdea('Spelt out', { mentors: mentors('Jo Bloggs (@jo-bloggs, jo AT example DOT org)') }))), []);
  const malformed = gsocProblems('mentor-email', 2026, gsocFile(2026, gsocIdea('Malformed', { mentors: mentors('Jo Bloggs (@jo-bloggs, jo@example)') })));
  assert.deepEqual(malformed.map((d) => d.severity), [1]);
});
