import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../server/src/model/document';
import { allIdeas } from '../../server/src/model/types';

const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

test('field lines without bullets, run together into one paragraph, are one field each', () => {
  const doc = buildDocument(URI, `## Proposed Project ideas

### Thanos

#### Endpoint discovery

Description: Unify endpoint discovery.
Recommended Skills: Go, DNS
Mentor(s): Jo Doe (@jo-doe, jo@example.org)
Upstream Issue: https://github.com/thanos-io/thanos/issues/1
`);
  const [idea] = allIdeas(doc);
  assert.deepEqual(
    idea.fields.map((f) => [f.label, f.value, f.lineRange.start.line]),
    [
      ['Description', 'Unify endpoint discovery.', 6],
      ['Recommended Skills', 'Go, DNS', 7],
      ['Mentor(s)', 'Jo Doe (@jo-doe, jo@example.org)', 8],
      ['Upstream Issue', 'https://github.com/thanos-io/thanos/issues/1', 9],
    ],
  );
});

test('a list under a label paragraph with nothing after it (`Mentor(s):`) is that field\'s value', () => {
  const doc = buildDocument(URI, `### Kgateway

#### AI gateway observability

- Description: Trace AI calls.

Mentor(s):
- Primary Mentor: Jo Doe (@jo-doe, jo@example.org)
- Secondary Mentor: Al Bee (@al-bee, al@example.org)

- Upstream Issue: https://github.com/kgateway-dev/kgateway/issues/1
`);
  const [idea] = allIdeas(doc);
  assert.deepEqual(idea.fields.map((f) => f.rawLabel), ['Description', 'Mentor(s)', 'Upstream Issue']);
  assert.deepEqual(idea.fields[1].mentorLines.map((l) => l.range.start.line), [7, 8]);
});

test('a sub-heading over `- Week 1: ...` list items stays inside its idea: only template fields make an idea', () => {
  const doc = buildDocument(URI, `### Jaeger

#### Trace comparison

- Description: Compare traces.

##### Milestones

- Week 1: read the code
- Week 2: write the diff
`);
  assert.deepEqual(allIdeas(doc).map((i) => i.title), ['Trace comparison']);
  assert.equal(allIdeas(doc)[0].range.end.line, 9);
});

test('a file with no template field and no ideas heading has no projects or ideas (older READMEs of prose and tables)', () => {
  const doc = buildDocument(URI, '## 2019\n\n#### Completed Projects\n\n| Project | Mentor |\n| --- | --- |\n\n### Timeline\n\n- May 4: slots announced\n');
  assert.deepEqual(doc.projects, []);
  assert.deepEqual(doc.orphanIdeas, []);
  assert.ok(doc.headings.every((h) => h.role === 'other'));
});

test('a heading indented by up to three spaces is a heading (CommonMark), and its text range is where the text is', () => {
  const text = '### Jaeger\n\n#### Trace comparison\n\n- Description: a\n\n   #### Sampling dashboard\n\n- Description: b\n';
  const doc = buildDocument(URI, text);
  assert.deepEqual(allIdeas(doc).map((i) => [i.title, i.headingRange.start.line]), [['Trace comparison', 2], ['Sampling dashboard', 6]]);
  const heading = doc.headings.find((h) => h.text === 'Sampling dashboard')!;
  assert.deepEqual(heading.textRange, { start: { line: 6, character: 8 }, end: { line: 6, character: 26 } });
});
