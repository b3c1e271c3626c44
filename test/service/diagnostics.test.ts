// Publication of diagnostics in-process: the language service over an in-memory workspace and its catalog files.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryWorkspace } from '../support/memoryHost';

const PATH = 'programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';
const AUTOMATION = 'programs/lfx-mentorship/automation';
const TEXT = `## Proposed Project ideas

### Zebrafish Mesh

#### Trace replay

- Description: d
- Expected Outcome: o
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/zebrafish/mesh/issues/1
`;

const codes = (ws: MemoryWorkspace) => ws.published.get(ws.uri(PATH))!.map((p) => p.diagnostics.map((d) => d.code));

describe('diagnostics (service)', () => {
  test('an open document is published at once, for its version; ordinary Markdown with no diagnostics', () => {
    const ws = new MemoryWorkspace();
    ws.open(PATH, TEXT);
    assert.deepEqual(codes(ws), [['unknown-project']]);
    assert.equal(ws.published.get(ws.uri(PATH))![0].version, 1);
    ws.open('notes.md', '# Notes\n\n### Zebrafish Mesh\n');
    assert.deepEqual(ws.published.get(ws.uri('notes.md')), [{ version: 1, diagnostics: [] }]);
  });

  test("the workspace's project list replaces the bundled one; publications asked while it is read wait for it", async () => {
    const ws = new MemoryWorkspace({ [`${AUTOMATION}/projects.yml`]: '- name: Zebrafish Mesh\n  slug: zebrafish-mesh\n' });
    const release = ws.service.holdPublications();
    const reloaded = ws.service.reloadCatalog();
    ws.open(PATH, TEXT);
    assert.equal(ws.published.get(ws.uri(PATH)), undefined, 'held');
    assert.equal(await reloaded, undefined);
    release();
    assert.deepEqual(codes(ws), [[]]);
    assert.match(ws.service.catalog.origin, /workspace catalog/);
  });

  test('a malformed project list keeps the catalog in use and says why', async () => {
    const ws = new MemoryWorkspace({ [`${AUTOMATION}/projects.yml`]: 'name: [unclosed\n' });
    assert.match((await ws.service.reloadCatalog())!, /projects\.yml is not valid YAML/);
    assert.equal(ws.service.catalog.origin, 'bundled catalog');
  });
});
