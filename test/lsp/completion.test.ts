import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens, CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import catalog from '../../server/src/catalog/catalog.generated.json';
import { AVERY, CURRENT_TERM, FILES, lineOf, NODEY, ODD_DOCUMENTS, probePositions, ROBIN, SKY } from '../support/authoringFixtures';
import { IndexedWorkspace } from '../support/indexedWorkspace';

describe('completion over stdio', () => {
  let ws: IndexedWorkspace;
  before(async () => {
    ws = await IndexedWorkspace.start(FILES);
    await ws.indexed();
  });
  after(() => ws.stop());

  let drafts = 0;
  async function complete(text: string, line: number, character: number): Promise<CompletionList | null> {
    const uri = ws.uri(`drafts/${drafts++}/project_ideas.md`);
    await ws.client.open(uri, text);
    const list = await ws.client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    ws.client.close(uri);
    return list;
  }

  const labels = (list: CompletionList | null) => (list?.items ?? []).map((i) => i.label);
  const edit = (item: CompletionItem) => item.textEdit as TextEdit;

  test('on a ### line: catalog projects, fuzzy, the canonical name inserted over what was typed', async () => {
    const opa = await complete('## Proposed Project ideas\n\n### OPA\n', 2, 7);
    const first = opa!.items[0];
    assert.equal(first.label, 'Open Policy Agent (OPA)');
    assert.deepEqual(edit(first), { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 7 } }, newText: 'Open Policy Agent (OPA)' });
    const known = catalog.projects.find((p) => p.name === 'Open Policy Agent (OPA)')!;
    const doc = (first.documentation as { value: string }).value;
    assert.ok(doc.includes(known.maturity) && doc.includes(known.homepage), doc);

    assert.equal(labels(await complete('### jaeg\n', 0, 8))[0], 'Jaeger');
    assert.equal(labels(await complete('### LitmusChaos\n', 0, 15))[0], 'Litmus');
    // Among projects the text starts, graduated ones first.
    assert.deepEqual(labels(await complete('### Kube\n', 0, 8)).slice(0, 3).sort(), ['KubeEdge', 'Kubeflow', 'Kubernetes']);
    // Nothing typed yet: the whole catalog is there to browse, in order.
    const all = await complete('### \n', 0, 4);
    assert.equal(all!.items.length, Math.min(50, catalog.projects.length));
  });

  test('after "- " in an idea: field labels, the missing ones first in template order, each inserting its field snippet', async () => {
    const text = '### Jaeger\n\n#### An idea\n\n- Description: x\n- Mentor(s):\n  - ' + AVERY + '\n- Rec\n';
    const list = await complete(text, 7, 5);
    assert.deepEqual(labels(list), ['Expected Outcome', 'Recommended Skills', 'Technologies', 'Upstream Issue', 'LFX URL', 'Description', 'Mentor(s)']);
    const skills = list!.items.find((i) => i.label === 'Recommended Skills')!;
    assert.deepEqual(edit(skills), { range: { start: { line: 7, character: 2 }, end: { line: 7, character: 5 } }, newText: 'Recommended Skills: $0' });
    assert.equal(edit(list!.items.find((i) => i.label === 'Mentor(s)')!).newText, 'Mentor(s):\n  - ${1:Mentor Name} (@${2:mentor_github}, ${3:mentor@email.addy})$0');
    assert.equal(edit(list!.items.find((i) => i.label === 'LFX URL')!).newText, 'LFX URL: ${1:https://mentorship.lfx.linuxfoundation.org/project/}$0');
    assert.equal(list!.items.find((i) => i.label === 'Description')!.detail, 'already in this idea');
  });

  test('a mentor chosen at the template placeholder replaces the whole placeholder, name, handle and e-mail', async () => {
    const placeholder = 'Mentor Name (@mentor_github, mentor@email.addy)';
    const lines = ['### Jaeger', '', '#### An idea', '', '- Description: x', '- Mentor(s):', `  - ${placeholder}`, `  - ${placeholder}`, '- Upstream Issue: https://github.com/example/project/issues/99', ''];
    const uri = ws.uri('drafts/placeholder/project_ideas.md');
    await ws.client.open(uri, lines.join('\n'));
    // The snippet's tab stop selects "Mentor Name": the editor asks at its end.
    const list = await ws.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 4 + 'Mentor Name'.length } });
    const people = list.items.filter((i) => i.kind === 18);
    // The placeholder's name is no query: the mentors of Jaeger come first, as on an empty line; the placeholder itself is no one.
    assert.deepEqual(people.slice(0, 2).map((i) => i.label), [ROBIN, AVERY]);
    assert.ok(!people.some((i) => String(i.label).includes('mentor_github')), JSON.stringify(people.map((i) => i.label)));
    assert.deepEqual(edit(people[0]).range, { start: { line: 6, character: 4 }, end: { line: 6, character: 4 + placeholder.length } });
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, lines.join('\n')), [edit(people[0])]);
    assert.equal(after.split('\n')[6], `  - ${ROBIN}`);
    await ws.client.change(uri, [{ range: edit(people[0]).range, text: edit(people[0]).newText }]);
    const lenses = await ws.client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.some((l) => l.command?.title === '2 mentors'), JSON.stringify(lenses.map((l) => l.command?.title)));

    // A name typed over the placeholder: the rest of the placeholder goes too; a note after the mentor stays.
    await ws.client.change(uri, [{ range: { start: { line: 7, character: 4 }, end: { line: 7, character: 4 + placeholder.length } }, text: 'Sk (@mentor_github, mentor@email.addy) - primary' }]);
    const typed = await ws.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 6 } });
    const sky = typed.items.find((i) => i.label === SKY)!;
    assert.deepEqual(edit(sky), { range: { start: { line: 7, character: 4 }, end: { line: 7, character: 4 + 'Sk (@mentor_github, mentor@email.addy)'.length } }, newText: SKY });
    ws.client.close(uri);
  });

  test('on an empty "  - " line of a Mentor(s) list: only mentors and the mentor line, no field', async () => {
    // Another open file still has the template's mentor: that is no one to offer.
    const other = ws.uri('drafts/template-left/project_ideas.md');
    await ws.client.open(other, '### Jaeger\n\n#### Being written\n\n- Description: x\n- Mentor(s):\n  - Mentor Name (@mentor_github, mentor@email.addy)\n');
    const text = '### Jaeger\n\n#### An idea\n\n- Description: x\n- Mentor(s):\n  - ' + AVERY + '\n  - \n- Upstream Issue: https://github.com/example/project/issues/98\n';
    const list = await complete(text, 7, 4);
    ws.client.close(other);
    assert.ok(!list!.items.some((i) => /Mentor Name|mentor_github/.test(String(i.label))), JSON.stringify(labels(list)));
    assert.ok(list!.items.length >= 2);
    assert.deepEqual([...new Set(list!.items.map((i) => i.kind))].sort(), [15, 18]);
    assert.deepEqual(list!.items.filter((i) => i.kind === 15).map((i) => i.label), ['New mentor line']);
    assert.ok(!list!.items.some((i) => /Description|Outcome|Skills|Upstream|Technologies|LFX/.test(String(i.label))));
  });

  test('in a Mentor(s) list: mentors of the other indexed files, same project first, then by how often they mentored', async () => {
    const uri = ws.uri(CURRENT_TERM);
    await ws.client.open(uri, FILES[CURRENT_TERM]);
    const line = lineOf(CURRENT_TERM, '  - ' + AVERY) + 1;
    await ws.client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '  - \n' }]);
    const list = await ws.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character: 4 } });
    const people = list.items.filter((i) => i.kind !== 15);
    // Robin (3 ideas) and Quinn (1) mentored Jaeger; Sky (4 ideas) did not; Avery is already listed; Nodey lives in node_modules.
    assert.deepEqual(people.map((i) => i.label), ['Robin Madeup (@robin-madeup, robin@example.org)', 'Quinn Fictional (@quinn-fictional, quinn@example.org)', 'Sky Invented (@sky-invented, sky@example.net)']);
    assert.ok(!labels(list).some((l) => String(l).includes(NODEY.split(' (')[0])));
    assert.deepEqual(edit(people[0]), { range: { start: { line, character: 4 }, end: { line, character: 4 } }, newText: 'Robin Madeup (@robin-madeup, robin@example.org)' });
    assert.match(people[0].detail!, /^3 ideas, latest 2025 Term 2$/);
    const snippet = list.items.find((i) => i.label === 'New mentor line')!;
    assert.equal(edit(snippet).newText, '${1:Mentor Name} (@${2:mentor_github}, ${3:mentor@email.addy})$0');

    // What is typed narrows the list to matching names, handles or addresses.
    await ws.client.change(uri, [{ range: { start: { line, character: 4 }, end: { line, character: 4 } }, text: 'sky' }]);
    const sky = await ws.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character: 7 } });
    assert.deepEqual(sky.items.filter((i) => i.kind !== 15).map((i) => i.label), ['Sky Invented (@sky-invented, sky@example.net)']);
    assert.equal(edit(sky.items[0]).range.start.character, 4);

    // After "@" on a mentor line: handles, the person whose name was typed first.
    await ws.client.change(uri, [{ range: { start: { line, character: 4 }, end: { line, character: 7 } }, text: 'Quinn Fictional (@' }]);
    const handles = await ws.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line, character: 22 } });
    assert.equal(handles.items[0].label, '@quinn-fictional');
    assert.deepEqual(edit(handles.items[0]), { range: { start: { line, character: 22 }, end: { line, character: 22 } }, newText: 'quinn-fictional' });
    ws.client.close(uri);
  });

  test('on an empty line: "New idea" under a project, "New project" at the top of the ideas part', async () => {
    const uri = ws.uri(CURRENT_TERM);
    await ws.client.open(uri, FILES[CURRENT_TERM]);
    const top = lineOf(CURRENT_TERM, '## Proposed Project ideas') + 1;
    const atTop = await ws.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: top, character: 0 } });
    assert.deepEqual(labels(atTop), ['New project']);
    assert.match(edit(atTop.items[0]).newText, /^### \$\{1:CNCF Project Name\}\n\n#### \$\{2:Mentorship project Title\}\n/);

    const underJaeger = lineOf(CURRENT_TERM, '### Prometheus') - 1;
    const list = await ws.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: underJaeger, character: 0 } });
    assert.deepEqual(labels(list), ['New idea', 'New project']);
    const idea = list.items[0];
    assert.equal(idea.insertTextFormat, 2);
    const body = edit(idea).newText;
    for (const label of ['Description', 'Expected Outcome', 'Recommended Skills', 'Mentor(s)', 'Upstream Issue']) assert.ok(body.includes(`\n- ${label}:`), label);
    assert.ok(body.startsWith('#### ${1:'));
    ws.client.close(uri);
  });

  test('nothing in ordinary text, in the template block, or in ordinary Markdown', async () => {
    const uri = ws.uri(CURRENT_TERM);
    await ws.client.open(uri, FILES[CURRENT_TERM]);
    const description = lineOf(CURRENT_TERM, '- Description: Export a trace as a flame graph.');
    const inText = await ws.client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line: description, character: 25 } });
    assert.deepEqual(labels(inText), []);
    const template = lineOf(CURRENT_TERM, '### CNCF Project Name');
    const inFence = await ws.client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line: template, character: 8 } });
    assert.deepEqual(labels(inFence), []);
    ws.client.close(uri);
    const notes = ws.uri('docs/notes.md');
    await ws.client.open(notes, '# Notes\n\n### Jae\n');
    const ordinary = await ws.client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: notes }, position: { line: 2, character: 7 } });
    assert.deepEqual(labels(ordinary), []);
    // A position past the end of the document is answered, not crashed on.
    const past = await ws.client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: notes }, position: { line: 99, character: 3 } });
    assert.deepEqual(labels(past), []);
    assert.equal(ws.client.process.exitCode, null);
  });

  test('odd documents: every position answered, every edit inside its line', async () => {
    for (const [name, text] of ODD_DOCUMENTS) {
      const uri = ws.uri(`odd/${encodeURIComponent(name)}/project_ideas.md`);
      await ws.client.open(uri, text);
      const lines = text.split(/\r\n|\r|\n/);
      for (const position of probePositions(text)) {
        const list = await ws.client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
        for (const item of list?.items ?? []) {
          const { range } = edit(item);
          assert.equal(range.start.line, position.line, name);
          assert.equal(range.end.line, position.line, name);
          assert.ok(range.start.character >= 0 && range.end.character <= lines[position.line].length, `${name}: ${JSON.stringify(range)}`);
        }
      }
      ws.client.close(uri);
    }
    assert.equal(ws.client.process.exitCode, null);
    assert.deepEqual(ws.loggedErrors, []);
  });
});

describe('completion of mentors the index knows only in part', () => {
  const OLD = 'programs/lfx-mentorship/2021/02-Summer/project_ideas.md';
  let ws: IndexedWorkspace;
  before(async () => {
    ws = await IndexedWorkspace.start({
      [OLD]: ['## Proposed Project ideas', '', '### Jaeger', '', '#### Old idea', '', '- Description: x', '- Recommended Skills: Go', '- Mentor(s):', '  - Kit Nomail (@kit-nomail)', '- Upstream Issue: https://github.com/example/project/issues/1', ''].join('\n'),
    });
    await ws.indexed();
  });
  after(() => ws.stop());

  test('a mentor known without an e-mail is offered as an unfinished line: a tab stop for the e-mail, and said beside the name', async () => {
    const uri = ws.uri('programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md');
    await ws.client.open(uri, '## Proposed Project ideas\n\n### Jaeger\n\n#### New idea\n\n- Description: x\n- Mentor(s):\n  - \n');
    const list = await ws.client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 8, character: 4 } });
    const kit = list.items.find((i) => i.kind === 18)!;
    assert.equal(kit.label, 'Kit Nomail (@kit-nomail)');
    assert.deepEqual(kit.labelDetails, { detail: ' (no e-mail known)' });
    assert.equal(kit.insertTextFormat, 2);
    assert.equal((kit.textEdit as TextEdit).newText, 'Kit Nomail (@kit-nomail, ${1:email})');
  });
});
