// Completion in-process, on the language service over an in-memory workspace.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionList, TextEdit } from 'vscode-languageserver-types';
import { completion, type CompletionOptions } from '../../server/src/service/completion';
import { FILES, SKY } from '../support/authoringFixtures';
import { MemoryWorkspace, NEVER_CANCELLED } from '../support/memoryHost';

describe('completion (service)', () => {
  const ws = new MemoryWorkspace(FILES);
  before(() => ws.index());

  let drafts = 0;
  async function complete(text: string, line: number, character: number, options: CompletionOptions = { snippets: true, labelDetails: true }): Promise<CompletionList | null> {
    const path = `drafts/${drafts++}/project_ideas.md`;
    ws.open(path, text);
    return completion(ws.file(path), { line, character }, options, ws.service, NEVER_CANCELLED);
  }
  const labels = (list: CompletionList | null) => (list?.items ?? []).map((i) => i.label);

  test('project names from the catalog on a project heading, the canonical name replacing what was typed', async () => {
    const list = await complete('### OPA\n', 0, 7);
    assert.equal(list!.items[0].label, 'Open Policy Agent (OPA)');
    assert.deepEqual(list!.items[0].textEdit, { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } }, newText: 'Open Policy Agent (OPA)' });
  });

  test('mentors of the indexed files on a Mentor(s) line, those of the project first, the listed ones left out', async () => {
    const text = `### Prometheus\n\n#### An idea\n\n- Description: x\n- Mentor(s):\n  - ${SKY}\n  - \n`;
    const list = await complete(text, 7, 4);
    const names = labels(list);
    assert.ok(!names.some((l) => l.startsWith('Sky Invented')), names.join(', '));
    const robin = names.findIndex((l) => l.startsWith('Robin Madeup'));
    const avery = names.findIndex((l) => l.startsWith('Avery Example'));
    assert.ok(robin >= 0 && avery > robin, names.join(', '));
    assert.ok(names.includes('New mentor line'));
    assert.match((list!.items[robin].textEdit as TextEdit).newText, /^Robin Madeup \(@robin-madeup, robin@example\.org\)/);
  });

  test('a new idea and a new project on an empty line: snippets, or plain text for a client without snippets', async () => {
    const text = '## Proposed Project ideas\n\n### Jaeger\n\n\n';
    const withSnippets = await complete(text, 4, 0);
    assert.deepEqual(labels(withSnippets), ['New idea', 'New project']);
    assert.match((withSnippets!.items[0].textEdit as TextEdit).newText, /\$\{1:/);
    const plain = await complete(text, 4, 0, { snippets: false, labelDetails: false });
    assert.doesNotMatch((plain!.items[0].textEdit as TextEdit).newText, /\$\{|\$0/);
    assert.equal(plain!.items[0].insertTextFormat, 1);
  });

  test('nothing outside an ideas entry, and nothing past the end of the document', async () => {
    assert.equal(await complete('Some prose.\n', 0, 5), null);
    assert.equal(await complete('### Jaeger\n', 9, 0), null);
  });
});
