// Code lenses in-process, on the language service over an in-memory workspace.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { codeLenses } from '../../server/src/service/codeLens';
import { ServerCommand } from '../../server/src/protocol';
import { MemoryWorkspace } from '../support/memoryHost';

const entry = (title: string, mentors: string[], extra = '') =>
  `#### ${title}\n\n- Description: d\n- Expected Outcome: o\n- Recommended Skills: Go\n- Mentor(s):\n${mentors.map((m) => `  - ${m}\n`).join('')}- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1\n${extra}\n`;

describe('code lens (service)', () => {
  test('above each idea: the LFX title length, the mentors filed, and Propose with the idea\'s line; none for an accepted program', () => {
    const ws = new MemoryWorkspace();
    const path = 'programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';
    const text = `## Proposed Project ideas\n\n### Jaeger\n\n${entry('Trace replay', ['Jo Doe (@jo-doe, jo@example.org)'])}${entry('Accepted already', ['Jo Doe (@jo-doe, jo@example.org)', 'Al Bee (@al-bee, al@example.org)'], '- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/1234\n')}`;
    const file = ws.open(path, text)!;
    const lenses = codeLenses(file, ws.service);
    const lines = text.split('\n');
    const replay = lines.indexOf('#### Trace replay');
    const accepted = lines.indexOf('#### Accepted already');
    const title = 'CNCF - Jaeger: Trace replay (2026 Term 1)';
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command!.title, l.command!.command, l.command!.arguments]),
      [
        [replay, `LFX title ${title.length}/100`, '', undefined],
        [replay, '1 mentor', '', undefined],
        [replay, 'Propose on GitHub', ServerCommand.proposeOnGitHub, [ws.uri(path), replay]],
        [accepted, `LFX title ${'CNCF - Jaeger: Accepted already (2026 Term 1)'.length}/100`, '', undefined],
        [accepted, '2 mentors', '', undefined],
      ],
    );
  });

  test('an unknown term is said, and the longest form assumed', () => {
    const ws = new MemoryWorkspace();
    const file = ws.open('ideas/project_ideas.md', `### Jaeger\n\n${entry('Trace replay', ['Jo Doe (@jo-doe, jo@example.org)'])}`)!;
    assert.match(codeLenses(file, ws.service)[0].command!.title, /^LFX title \d+\/100 \(term unknown: longest form assumed\)$/);
  });
});
