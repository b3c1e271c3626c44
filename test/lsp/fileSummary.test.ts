import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from '../support/lspClient';
import { FILE_SUMMARY_REQUEST, type FileSummary } from '../../server/src/protocol';

const IDEAS = `## Proposed Project ideas

### Jaeger

#### Trace sampling dashboard

- Description: A dashboard.
- Expected Outcome: It works.
- Recommended Skills: Go
- Mentor(s):
  - Ada Quill (@ada-quill, ada@example.org)
  - Ben Marsh (@benmarsh, ben@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1

#### Adaptive sampling docs

- Description: Docs.
- Expected Outcome: Docs exist.
- Recommended Skills: Writing
- Mentor(s):
  - Ada Quill (@ada-quill, ada@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/2

### Falco

#### Rule linter

- Description: A linter.
`;

describe('mentorshipIdeas/fileSummary request (the VS Code status bar)', () => {
  const client = new LspClient();
  before(() => client.initialize());
  after(() => client.shutdown());

  test('counts the projects and ideas of an open ideas file, and follows edits', async () => {
    const uri = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';
    await client.open(uri, IDEAS);
    assert.deepEqual(await client.request<FileSummary>(FILE_SUMMARY_REQUEST, { uri }), { ideasFile: true, projects: 2, ideas: 3, kind: 'lfx', kindName: 'LFX term file' });
    const end = IDEAS.split('\n').length - 1;
    await client.change(uri, [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: '\n#### Second linter\n\n- Description: Another.\n' }]);
    assert.deepEqual(await client.request<FileSummary>(FILE_SUMMARY_REQUEST, { uri }), { ideasFile: true, projects: 2, ideas: 4, kind: 'lfx', kindName: 'LFX term file' });
  });

  test('says an ordinary Markdown file, or one not open, is not an ideas file', async () => {
    const uri = 'file:///ws/docs/notes.md';
    await client.open(uri, '# Notes\n\nNothing here.\n');
    assert.deepEqual(await client.request<FileSummary>(FILE_SUMMARY_REQUEST, { uri }), { ideasFile: false, projects: 0, ideas: 0 });
    assert.deepEqual(await client.request<FileSummary>(FILE_SUMMARY_REQUEST, { uri: 'file:///ws/never-opened.md' }), { ideasFile: false, projects: 0, ideas: 0 });
  });
});
