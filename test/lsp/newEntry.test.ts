import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ApplyWorkspaceEditParams, DocumentSymbol, TextEdit } from 'vscode-languageserver-protocol';
import { CURRENT_TERM, FILES, lineOf } from '../support/authoringFixtures';
import { IndexedWorkspace } from '../support/indexedWorkspace';

interface NewEntryResult {
  position: { line: number; character: number };
  snippet: string;
  text: string;
  applied: boolean;
  project?: string;
}

describe('new idea and new project commands over stdio', () => {
  let ws: IndexedWorkspace;
  before(async () => {
    ws = await IndexedWorkspace.start(FILES);
  });
  after(() => ws.stop());

  /** Runs a command on a fresh copy of the current term file; returns the text after the server's edit, and the result. */
  async function run(command: string, line: number, extra: Record<string, unknown> = {}): Promise<{ text: string; result: NewEntryResult; uri: string }> {
    const uri = ws.uri(`drafts/${command}-${line}-${Object.keys(extra).join('')}/project_ideas.md`);
    await ws.client.open(uri, FILES[CURRENT_TERM]);
    const before = ws.appliedEdits.length;
    const result = await ws.client.request<NewEntryResult>('workspace/executeCommand', { command, arguments: [{ uri, position: { line, character: 0 }, ...extra }] });
    const applied = ws.appliedEdits.slice(before) as ApplyWorkspaceEditParams[];
    let text = FILES[CURRENT_TERM];
    if (applied.length) {
      const edits = (applied[0].edit.changes?.[uri] ?? applied[0].edit.documentChanges?.flatMap((c) => ('edits' in c ? c.edits : []))) as TextEdit[];
      text = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
      await ws.client.change(uri, [{ text }]);
    }
    return { text, result, uri };
  }

  test('without a document to work on, answers null and says so', async () => {
    const result = await ws.client.request<unknown>('workspace/executeCommand', { command: 'mentorshipIdeas.newIdea', arguments: [] });
    assert.equal(result, null);
    assert.ok(ws.client.messages.some((m) => m.message.includes('open a project ideas file')));
  });

  test('New idea: a complete entry after the last idea of the project under the cursor', async () => {
    const cursor = lineOf(CURRENT_TERM, '- Description: Export a trace as a flame graph.');
    const { text, result, uri } = await run('mentorshipIdeas.newIdea', cursor);
    assert.equal(result.applied, true);
    assert.equal(result.project, 'Jaeger');
    const lines = text.split('\n');
    const inserted = lines.indexOf('#### Mentorship project Title', lineOf(CURRENT_TERM, '### Jaeger'));
    assert.ok(inserted > lineOf(CURRENT_TERM, '  - Avery Example (@avery-example, avery@example.org)', cursor));
    assert.ok(inserted < lines.indexOf('### Prometheus'));
    assert.deepEqual(lines.slice(inserted - 2, inserted + 11), [
      '  - Avery Example (@avery-example, avery@example.org)',
      '',
      '#### Mentorship project Title',
      '',
      '- Description: ',
      '- Expected Outcome: ',
      '- Recommended Skills: ',
      '- Mentor(s):',
      '  - Mentor Name (@mentor_github, mentor@email.addy)',
      '  - Mentor Name (@mentor_github, mentor@email.addy)',
      '- Upstream Issue: ',
      '',
      '### Prometheus',
    ]);
    // The model sees it as the project's third idea; nothing else moved.
    const symbols = await ws.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.find((s) => s.name === 'Jaeger')!.children!.map((c) => c.name.replace(/^\d+ mentors? · /, '')), ['Span search by attribute', 'Flame graph export', 'Mentorship project Title']);
    const original = TextDocument.create(uri, 'markdown', 1, FILES[CURRENT_TERM]);
    const at = original.offsetAt(result.position);
    assert.equal(text, FILES[CURRENT_TERM].slice(0, at) + result.text + FILES[CURRENT_TERM].slice(at));
  });

  test('apply: false answers where the snippet goes without editing (the VS Code client inserts it with tab stops)', async () => {
    const { text, result } = await run('mentorshipIdeas.newIdea', lineOf(CURRENT_TERM, '### Prometheus'), { apply: false });
    assert.equal(text, FILES[CURRENT_TERM]);
    assert.equal(result.applied, false);
    assert.equal(result.project, 'Prometheus');
    assert.deepEqual(result.position, { line: FILES[CURRENT_TERM].split('\n').length - 2, character: '- Upstream Issue: https://github.com/example/project/issues/7'.length });
    assert.match(result.snippet, /^\n\n#### \$\{1:Mentorship project Title\}\n\n- Description: \$\{2\}\n/);
  });

  test('New project: at the top of the ideas part, or where a named project keeps the list alphabetical', async () => {
    const top = lineOf(CURRENT_TERM, '## Proposed Project ideas') + 1;
    const { text } = await run('mentorshipIdeas.newProject', top);
    const lines = text.split('\n');
    const at = lines.indexOf('### CNCF Project Name', lineOf(CURRENT_TERM, '```', 5));
    assert.ok(at > top && at < lines.indexOf('### Jaeger'), text);
    assert.equal(lines[at + 2], '#### Mentorship project Title');

    const named = await run('mentorshipIdeas.newProject', top, { project: 'Kyverno' });
    const namedLines = named.text.split('\n');
    const kyverno = namedLines.indexOf('### Kyverno');
    assert.ok(kyverno > namedLines.indexOf('### Jaeger') && kyverno < namedLines.indexOf('### Prometheus'), named.text);

    // A project the file already has gets a new idea instead.
    const existing = await run('mentorshipIdeas.newProject', top, { project: 'prometheus' });
    assert.equal(existing.result.project, 'Prometheus');
    assert.equal(existing.text.split('\n').filter((l) => l === '### Prometheus').length, 1);
  });
});
