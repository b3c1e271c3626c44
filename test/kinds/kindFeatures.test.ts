import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, DocumentSymbol, Hover, SymbolInformation, TextEdit } from 'vscode-languageserver-protocol';
import { IndexedWorkspace } from '../support/indexedWorkspace';
import { proposalText } from '../support/rules/proposalTestKit';

/** Every feature on the kinds other than an LFX term file, over stdio: a GSoC list, a proposal document, and an LFX file beside them. */

const GSOC = `## Project Ideas

### Template

\`\`\`
#### CNCF Project Name

##### Project Title
\`\`\`

## Ideas

#### Jaeger

##### Trace replay

- Description: Replay stored traces.
- Expected Outcome: A replay command.
- Recommended Skills: Go
- Expected project size: large (~350 hour projects)
- Mentor(s):
  - Yuri Gsoc (@yuri-gsoc, yuri@example.org) - primary
  - Jonah Gsoc (@jonah-gsoc, jonah@example.org)
- Upstream Issue (URL): https://github.com/jaegertracing/jaeger/issues/1

##### Sampling

- Description: Adaptive sampling.
- Expected Outcome: A sampler.
- Recommended Skills: Go
- Expected project size:
- Mentor(s):
  - Yuri Gsoc (@yuri-gsoc, yuri@example.org)
- Upstream Issue (URL): https://github.com/jaegertracing/jaeger/issues/2

`;

const LFX = `## Proposed Project ideas

### Jaeger

#### Storage benchmarks

- Description: Benchmark the storage backends.
- Expected Outcome: A benchmark suite.
- Recommended Skills: Go
- Mentor(s):
  - Ann Lfx (@ann-lfx, ann@example.org)
  - Bo Lfx (@bo-lfx, bo@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/3
`;

const OTHER_PROPOSAL = proposalText({ 'Program Name': 'Earlier program', Mentors: 'Cy Lfid | @cy-lfid | cy@example.org | cylfid\nDee Lfid | @dee-lfid | dee@example.org | deelfid' });

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return line;
}

describe('GSoC lists and proposal documents over LSP: every feature', () => {
  let ws: IndexedWorkspace;
  const gsocUri = () => ws.uri('programs/summerofcode/2026.md');
  const lfxUri = () => ws.uri('programs/lfx-mentorship/2026/03-Sep-Nov/project_ideas.md');
  const proposalUri = () => ws.uri('drafts/replay.proposal.md');

  before(async () => {
    ws = await IndexedWorkspace.start(
      { 'programs/summerofcode/2026.md': GSOC, 'programs/lfx-mentorship/2026/03-Sep-Nov/project_ideas.md': LFX, 'drafts/earlier.proposal.md': OTHER_PROPOSAL },
      {},
      { workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, window: { showDocument: { support: true } } },
    );
    ws.client.connection.onRequest('window/showDocument', () => ({ success: true }));
    await ws.indexed();
    await ws.client.open(gsocUri(), GSOC);
    await ws.client.open(proposalUri(), proposalText());
  });
  after(() => ws.stop());

  const complete = (uri: string, line: number, character: number) => ws.client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  const hover = (uri: string, line: number, character: number) => ws.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });

  test('GSoC: the status summary names the kind; the outline is projects and ideas', async () => {
    const summary = await ws.client.request<{ kind: string; kindName: string; ideas: number }>('mentorshipIdeas/fileSummary', { uri: gsocUri() });
    assert.deepEqual([summary.kind, summary.kindName, summary.ideas], ['gsoc', 'GSoC idea list', 2]);
    const symbols = await ws.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: gsocUri() } });
    assert.deepEqual(symbols.map((s) => [s.name, s.detail, s.children?.map((c) => c.name)]), [['Jaeger', '2 ideas · GSoC idea list', ['2 mentors · Trace replay', '1 mentor · Sampling']]]);
  });

  test('GSoC: completion offers the GSoC template, its fields and Google\'s sizes', async () => {
    const text = GSOC + '\n';
    await ws.client.change(gsocUri(), [{ text }]);
    const end = text.split('\n').length - 1;
    const entry = (await complete(gsocUri(), end, 0))!;
    assert.deepEqual(entry.items.map((i) => i.label), ['New GSoC idea', 'New GSoC project']);
    assert.match((entry.items[0].textEdit as TextEdit).newText, /^##### \$\{1:Project Title\}[\s\S]*- Expected project size: \$\{5\|large \(~350 hour projects\),medium[\s\S]* - primary\n[\s\S]*- Upstream Issue \(URL\): /);
    const sizeLine = lineOf(text, '- Expected project size:') + 0;
    const sampling = text.split('\n').findIndex((l, i) => i > lineOf(text, '##### Sampling') && l.startsWith('- Expected project size:'));
    const sizes = (await complete(gsocUri(), sampling, '- Expected project size: '.length - 1))!;
    assert.deepEqual(sizes.items.map((i) => i.label), ['small (~90 hour projects)', 'medium (~175 hour projects)', 'large (~350 hour projects)']);
    assert.ok(sizeLine >= 0);
    const withDash = text.replace('- Recommended Skills: Go\n- Expected project size:\n', '- Recommended Skills: Go\n- \n');
    await ws.client.change(gsocUri(), [{ text: withDash }]);
    const dash = withDash.split('\n').findIndex((l, i) => i > lineOf(withDash, '##### Sampling') && l === '- ');
    const labels = (await complete(gsocUri(), dash, 2))!;
    assert.equal(labels.items[0].label, 'Expected project size');
    assert.ok(labels.items.some((i) => i.label === 'Upstream Issue (URL)'));
    assert.ok(!labels.items.some((i) => i.label === 'LFX URL' || i.label === 'Technologies'));
    await ws.client.change(gsocUri(), [{ text: GSOC }]);
  });

  test('GSoC: mentors are completed from every indexed file, of either program', async () => {
    const lines = GSOC.split('\n');
    const at = lines.findIndex((l, i) => i > lineOf(GSOC, '##### Sampling') && l.startsWith('  - Yuri Gsoc'));
    const text = [...lines.slice(0, at + 1), '  - A', ...lines.slice(at + 1)].join('\n');
    await ws.client.change(gsocUri(), [{ text }]);
    const items = (await complete(gsocUri(), at + 1, 5))!.items;
    assert.ok(items.some((i) => i.label.startsWith('Ann Lfx')), items.map((i) => i.label).join(', '));
    await ws.client.change(gsocUri(), [{ text: GSOC }]);
  });

  test('GSoC: hovers tell the size and GSoC\'s mentor rules, never the LFX title', async () => {
    const heading = (await hover(gsocUri(), lineOf(GSOC, '##### Trace replay'), 8))!;
    assert.match((heading.contents as { value: string }).value, /\*\*GSoC idea\*\* · large project/);
    assert.match((heading.contents as { value: string }).value, /primary: Yuri Gsoc/);
    assert.doesNotMatch((heading.contents as { value: string }).value, /LFX/);
    const size = (await hover(gsocUri(), lineOf(GSOC, '- Expected project size: large'), 4))!;
    assert.match((size.contents as { value: string }).value, /small \(~90 hour projects\)/);
  });

  test('GSoC: code lenses count mentors and convert; no LFX title', async () => {
    const lenses = await ws.client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: gsocUri() } });
    const titles = lenses.map((l) => l.command?.title);
    assert.deepEqual(titles.slice(0, 2), ['2 mentors, primary: Yuri Gsoc', 'Convert to LFX Proposal']);
    assert.ok(!titles.some((t) => /LFX title/.test(t ?? '')));
  });

  test('GSoC: formatting keeps the GSoC labels', async () => {
    const messy = GSOC.replace('- Upstream Issue (URL): https://github.com/jaegertracing/jaeger/issues/1', '*   Upstream Issue (URL):   https://github.com/jaegertracing/jaeger/issues/1');
    await ws.client.change(gsocUri(), [{ text: messy }]);
    const edits = await ws.client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: gsocUri() }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = apply(messy, edits);
    assert.ok(formatted.includes('- Upstream Issue (URL): https://github.com/jaegertracing/jaeger/issues/1\n'), formatted);
    assert.ok(formatted.includes('- Expected project size: large (~350 hour projects)'));
    await ws.client.change(gsocUri(), [{ text: GSOC }]);
  });

  test('proposal: diagnostics are CNCF\'s, on their fields; the outline is the form', async () => {
    const broken = proposalText({ Mentors: 'Jane Doe | jane-doe | jane@example.org | janedoe' });
    const published = await ws.client.change(proposalUri(), [{ text: broken }]);
    const codes = published.diagnostics.map((d) => [d.code, d.range.start.line]);
    assert.deepEqual(codes, [['mentor-handle', lineOf(broken, 'Jane Doe | jane-doe')]]);
    await ws.client.change(proposalUri(), [{ text: proposalText() }]);
    const symbols = await ws.client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: proposalUri() } });
    assert.equal(symbols[0].name, 'Jaeger');
    assert.equal(symbols[0].detail, '1 idea · LFX proposal');
    assert.equal(symbols[0].children![0].name, '2 mentors · Trace replay');
    const summary = await ws.client.request<{ kind: string; kindName: string }>('mentorshipIdeas/fileSummary', { uri: proposalUri() });
    assert.deepEqual([summary.kind, summary.kindName], ['proposal', 'LFX proposal']);
  });

  test('proposal: completion offers the whole form on an empty document, the labels, projects, terms and mentors with their LFIDs', async () => {
    const uri = ws.uri('drafts/new.proposal.md');
    await ws.client.open(uri, '');
    const empty = (await complete(uri, 0, 0))!;
    assert.deepEqual(empty.items.map((i) => i.label), ['New LFX proposal']);
    assert.match((empty.items[0].textEdit as TextEdit).newText, /^### CNCF Project\n\n\$\{1:CNCF Project\}\n\n### Term\n\n\$\{2\|2026 Term 3 \(Sep-Nov\)\|\}/);
    const text = proposalText();
    const at = (label: string) => lineOf(text, `### ${label}`) + 2;
    const projects = (await complete(proposalUri(), at('CNCF Project'), 3))!;
    assert.equal(projects.items[0].label, 'Jaeger');
    const terms = (await complete(proposalUri(), at('Term'), 0))!;
    assert.deepEqual(terms.items.map((i) => i.label), ['2026 Term 3 (Sep-Nov)']);
    const withNew = text.replace('Jo Bloggs | @jo-bloggs | jo@example.org | jobloggs', 'Jo Bloggs | @jo-bloggs | jo@example.org | jobloggs\nCy');
    await ws.client.change(proposalUri(), [{ text: withNew }]);
    const mentors = (await complete(proposalUri(), lineOf(withNew, 'Cy') + 0, 2))!;
    const cy = mentors.items.find((i) => i.label === 'Cy Lfid') as CompletionItem;
    assert.ok(cy, mentors.items.map((i) => i.label).join(', '));
    assert.equal((cy.textEdit as TextEdit).newText, 'Cy Lfid | @cy-lfid | cy@example.org | cylfid');
    const withYu = text.replace('Jo Bloggs | @jo-bloggs | jo@example.org | jobloggs', 'Jo Bloggs | @jo-bloggs | jo@example.org | jobloggs\nYu');
    await ws.client.change(proposalUri(), [{ text: withYu }]);
    const gsocMentors = (await complete(proposalUri(), lineOf(withYu, 'Yu') + 0, 2))!;
    assert.equal((gsocMentors.items.find((i) => i.label === 'Yuri Gsoc')?.textEdit as TextEdit | undefined)?.newText, 'Yuri Gsoc | @yuri-gsoc | yuri@example.org | ${1:LFID}', 'a GSoC mentor, the LFID left to write');
    await ws.client.change(proposalUri(), [{ text }]);
    const heading = text.replace('### Technologies\n', '### \n');
    await ws.client.change(proposalUri(), [{ text: heading }]);
    const labels = (await complete(proposalUri(), lineOf(heading, '### \n'.trim()) === -1 ? 0 : heading.split('\n').indexOf('### '), 4))!;
    assert.equal(labels.items[0].label, 'Technologies');
    await ws.client.change(proposalUri(), [{ text }]);
  });

  test('proposal: hovers give the Program Name\'s budget of the LFX title and the description\'s count', async () => {
    const text = proposalText();
    const name = (await hover(proposalUri(), lineOf(text, '### Program Name'), 5))!;
    assert.match((name.contents as { value: string }).value, /LFX title: \d+\/100 · the Program Name may have \d+ characters \(it has 12\)/);
    const description = (await hover(proposalUri(), lineOf(text, '### Program Description'), 5))!;
    assert.match((description.contents as { value: string }).value, /Program Description: \d+\/3,000 characters/);
  });

  test('proposal: code lenses, formatting and propose read the document as the issue body', async () => {
    const lenses = await ws.client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: proposalUri() } });
    assert.deepEqual(lenses.map((l) => l.command?.title), ['LFX title 41/100', '2 mentors', 'Propose on GitHub', 'Convert to an entry']);
    const messy = proposalText().replace('### Term\n\n', '###   Term  \n\n\n').replace('Jo Bloggs | @jo-bloggs |', 'Jo Bloggs|@jo-bloggs   |');
    await ws.client.change(proposalUri(), [{ text: messy }]);
    const edits = await ws.client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri: proposalUri() }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(apply(messy, edits), proposalText());
    await ws.client.change(proposalUri(), [{ text: proposalText() }]);
    const result = await ws.client.request<{ proposals: { body: string; title: string; fields: { mentors: string } }[] }>('workspace/executeCommand', { command: 'mentorshipIdeas.copyAsProposal', arguments: [proposalUri(), 0] });
    assert.equal(result.proposals[0].body, proposalText());
    assert.equal(result.proposals[0].title, '[CNCF LFX Proposal] Jaeger Trace replay');
  });

  test('convert: a GSoC idea becomes a new proposal document beside it, through a workspace edit', async () => {
    const before = ws.appliedEdits.length;
    const line = lineOf(GSOC, '##### Trace replay');
    const actions = await ws.client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: gsocUri() }, range: { start: { line: line + 2, character: 0 }, end: { line: line + 2, character: 0 } }, context: { diagnostics: [], only: ['refactor'] } });
    assert.deepEqual(actions.map((a) => a.title), ['Convert "Trace replay" to LFX Proposal']);
    const result = await ws.client.request<{ uri: string; text: string; applied: boolean }>('workspace/executeCommand', actions[0].command!);
    assert.equal(result.applied, true);
    assert.equal(result.uri, ws.uri('programs/summerofcode/trace-replay.proposal.md'));
    assert.match(result.text, /^### CNCF Project\n\nJaeger\n\n### Term\n\n/);
    assert.match(result.text, /### Mentors\n\nYuri Gsoc \| @yuri-gsoc \| yuri@example\.org \|\nJonah Gsoc \| @jonah-gsoc \| jonah@example\.org \|\n/);
    const edit = ws.appliedEdits[before] as { edit: { documentChanges: { kind?: string; uri?: string }[] } };
    assert.deepEqual(edit.edit.documentChanges[0], { kind: 'create', uri: result.uri, options: { ignoreIfExists: false, overwrite: false } });
  });

  test('convert: a proposal document becomes an entry of an LFX term file or a GSoC list, under its project, at their levels', async () => {
    await ws.client.open(lfxUri(), LFX);
    const before = ws.appliedEdits.length;
    const intoLfx = await ws.client.request<{ applied: boolean; text: string }>('workspace/executeCommand', { command: 'mentorshipIdeas.convertToEntry', arguments: [proposalUri(), lfxUri()] });
    assert.equal(intoLfx.applied, true);
    const lfxEdit = (ws.appliedEdits[before] as { edit: { changes: Record<string, TextEdit[]> } }).edit.changes[lfxUri()];
    const lfx = apply(LFX, lfxEdit);
    assert.match(lfx, /- Upstream Issue: https:\/\/github\.com\/jaegertracing\/jaeger\/issues\/3\n\n#### Trace replay\n\n- Description:\n\n  > ## Description\n  >\n  > Replay stored traces\.\n/);
    assert.match(lfx, /- Technologies: Go, Kubernetes\n- Mentor\(s\):\n  - Jane Doe \(@jane-doe, jane@example\.org\)\n  - Jo Bloggs \(@jo-bloggs, jo@example\.org\)\n- Upstream Issue: https:\/\/github\.com\/jaegertracing\/jaeger\/issues\/4/);
    const intoGsoc = await ws.client.request<{ applied: boolean }>('workspace/executeCommand', { command: 'mentorshipIdeas.convertToEntry', arguments: [proposalUri(), gsocUri()] });
    assert.equal(intoGsoc.applied, true);
    const gsoc = apply(GSOC, (ws.appliedEdits[before + 1] as { edit: { changes: Record<string, TextEdit[]> } }).edit.changes[gsocUri()]);
    assert.match(gsoc, /##### Trace replay\n\n- Description: Replay stored traces\.\n- Expected Outcome: A replay command\.\n- Recommended Skills: Go, Kubernetes\n- Expected project size: large \(~350 hour projects\)\n- Mentor\(s\):\n  - Jane Doe \(@jane-doe, jane@example\.org\) - primary\n/);
    // The entry reads back as an entry with no error of its own (the list has a "Trace replay" already: that is duplicate-idea-title's).
    await ws.client.change(gsocUri(), [{ text: gsoc }]);
    const published = await ws.client.change(gsocUri(), [{ text: gsoc }]);
    const entryLine = gsoc.split('\n').lastIndexOf('##### Trace replay');
    assert.deepEqual(published.diagnostics.filter((d) => d.range.start.line >= entryLine && d.severity === 1).map((d) => d.code), ['duplicate-idea-title']);
    await ws.client.change(gsocUri(), [{ text: GSOC }]);
  });

  test('workspace symbols span the kinds, each with its place', async () => {
    const symbols = await ws.client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    const where = (name: string) => symbols.filter((s) => s.name === name).map((s) => s.containerName).sort();
    assert.deepEqual(where('Sampling'), ['Jaeger · GSoC 2026']);
    assert.deepEqual(where('Storage benchmarks'), ['Jaeger · 2026 Term 3']);
    assert.deepEqual(where('Earlier program'), ['Jaeger · 2026 Term 3 proposal']);
  });
});
