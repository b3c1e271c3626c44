import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../model/document';
import { splitLines } from '../model/sections';
import { newIdeaPlacement, newProjectPlacement } from './placement';
import type { Placement } from '../protocol';
import { snippetToText } from './snippets';

const URI = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';

/** The text after inserting the placement's plain text. */
function apply(text: string, p: Placement): string {
  const lines = splitLines(text);
  const offset = lines.slice(0, p.position.line).reduce((n, l) => n + l.length + 1, 0) + p.position.character;
  return text.slice(0, offset) + snippetToText(p.snippet) + text.slice(offset);
}

function place(text: string, line: number, kind: 'idea' | 'project', name?: string): { after: string; placement: Placement } {
  const doc = buildDocument(URI, text);
  const lines = splitLines(text);
  const placement = kind === 'idea' ? newIdeaPlacement(doc, lines, { line, character: 0 }) : newProjectPlacement(doc, lines, { line, character: 0 }, name);
  return { after: apply(text, placement), placement };
}

describe('where new entries go', () => {
  test('an empty proposal file gets its first project after the ideas heading', () => {
    const text = '# Term 01 - 2027\n\n## Proposed Project ideas\n';
    const { after } = place(text, 3, 'project', 'Jaeger');
    assert.equal(after, text.replace(/\n$/, '') + '\n\n### Jaeger\n\n#### Mentorship project Title\n\n- Description: \n- Expected Outcome: \n- Recommended Skills: \n- Mentor(s):\n  - Mentor Name (@mentor_github, mentor@email.addy)\n  - Mentor Name (@mentor_github, mentor@email.addy)\n- Upstream Issue: \n');
    const doc = buildDocument(URI, after);
    assert.deepEqual(doc.projects.map((p) => [p.name, p.ideas.length]), [['Jaeger', 1]]);
  });

  test('a new idea with no project under the cursor starts a project', () => {
    const text = '## Proposed Project ideas\n\n### Jaeger\n\n#### A\n\n- Description: x\n';
    const { placement } = place(text, 0, 'idea');
    assert.match(placement.snippet, /^### /);
  });

  test('named projects keep an alphabetical file alphabetical, and go last in one that is not', () => {
    const sorted = '## Projects\n\n### Argo\n\n#### A\n\n- Description: x\n\n### Zot\n\n#### Z\n\n- Description: z\n';
    const names = (text: string) => buildDocument(URI, text).projects.map((p) => p.name);
    assert.deepEqual(names(place(sorted, 0, 'project', 'Kyverno').after), ['Argo', 'Kyverno', 'Zot']);
    assert.deepEqual(names(place(sorted, 0, 'project', 'Aardvark').after), ['Aardvark', 'Argo', 'Zot']);
    const unsorted = sorted.replace('### Argo', '### Zeta').replace('### Zot', '### Alpha');
    assert.deepEqual(names(place(unsorted, 0, 'project', 'Kyverno').after), ['Zeta', 'Alpha', 'Kyverno']);
  });

  test('the levels of a 2020-2022 file are kept', () => {
    const text = '### Proposed Project ideas\n\n#### Kubernetes\n\n##### Idea\n\n- Description: x\n- Mentor(s): A (@a, a@b.co)\n';
    const { after } = place(text, 6, 'idea');
    const doc = buildDocument(URI, after);
    assert.deepEqual(doc.projects[0].ideas.map((i) => [i.level, i.title]), [[5, 'Idea'], [5, 'Mentorship project Title']]);
  });
});
