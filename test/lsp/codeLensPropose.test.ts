import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, ShowDocumentParams, ShowMessageRequestParams } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';

const URI = 'file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov/project_ideas.md';
const NO_TERM_URI = 'file:///ws/ideas/project_ideas.md';

const TEXT = `## Proposed Project ideas

### Open Policy Agent (OPA)

#### Rego playground in the browser

- Description: Run Rego in the browser.
- Expected Outcome:
  - A playground page
  - Docs
- Recommended Skills:
  - Go
  - WebAssembly
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: [open-policy-agent/opa#1](https://github.com/open-policy-agent/opa/issues/1)

#### A much longer idea title that goes on and on about what the mentee will build this term

- Description: Something long.
- Expected Outcome: Done.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
- Upstream Issue: https://github.com/open-policy-agent/opa/issues/2
`;

interface Proposal {
  idea: string;
  line: number;
  url: string;
  body: string;
  tooLong: boolean;
  termKnown: boolean;
  missingLfids: { name: string; handle?: string }[];
  fields: Record<string, string>;
  accepted?: string;
  problems: string[];
  termNotOffered?: string;
}
interface ProposeResult {
  proposals: Proposal[];
  termOptions: string[];
  formPath?: string;
}

/** An entry as the 2026 form has it: Technologies, every field, no error. */
function formEntry(title: string, extra = ''): string {
  return `#### ${title}

- Description: Do it.
- Recommended Skills: Go
- Technologies: Go, WebAssembly
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/open-policy-agent/opa/issues/3
${extra}`;
}

const field = (url: string, id: string) => new URL(url).searchParams.get(id);

describe('code lens and "Propose on GitHub" over LSP', () => {
  const client = new LspClient();
  before(async () => {
    await client.initialize();
    await client.open(URI, TEXT);
  });
  after(() => client.shutdown());

  const execute = (command: string, ...args: unknown[]) => client.request<ProposeResult>('workspace/executeCommand', { command, arguments: args });

  test('each idea has three lenses on its heading: the LFX title against its budget, the mentor count, and the propose action', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
    const lines = TEXT.split('\n');
    const first = lines.indexOf('#### Rego playground in the browser');
    const second = lines.findIndex((l) => l.startsWith('#### A much longer'));
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command!.title, l.command!.command]),
      [
        // `CNCF - Open Policy Agent (OPA): Rego playground in the browser (2026 Term 3)`
        [first, 'LFX title 76/100', ''],
        [first, '2 mentors', ''],
        [first, 'Propose on GitHub', 'mentorshipIdeas.proposeOnGitHub'],
        [second, 'LFX title 133/100: 33 over, the name may have 54', ''],
        [second, '1 mentor', ''],
        [second, 'Propose on GitHub', 'mentorshipIdeas.proposeOnGitHub'],
      ],
    );
    for (const lens of lenses) assert.deepEqual(lens.range, { start: { line: lens.range.start.line, character: 0 }, end: { line: lens.range.start.line, character: lines[lens.range.start.line].length } });

    // The propose lens's own command and arguments give the proposal of its idea.
    const propose = lenses[2].command!;
    const { proposals } = await execute(propose.command, ...propose.arguments!);
    assert.equal(proposals.length, 1);
    const url = proposals[0].url;
    assert.equal(field(url, 'cncf_project'), 'Open Policy Agent (OPA)');
    assert.equal(field(url, 'term'), '2026 Term 3 (Sep-Nov)');
    assert.equal(field(url, 'program_name'), 'Rego playground in the browser');
    assert.equal(field(url, 'program_description'), 'Run Rego in the browser.\n\n## Expected outcomes\n\n- A playground page\n- Docs');
    assert.equal(field(url, 'technologies'), 'Go, WebAssembly');
    assert.equal(field(url, 'mentors'), 'Jo Doe | @jo-doe | jo@example.org |\nAl Bee | @al-bee | al@example.org |');
    assert.equal(field(url, 'upstream_issue_url'), 'https://github.com/open-policy-agent/opa/issues/1');
    assert.deepEqual(proposals[0].missingLfids, [
      { name: 'Jo Doe', handle: 'jo-doe' },
      { name: 'Al Bee', handle: 'al-bee' },
    ]);
  });

  test('LFIDs and a term passed as arguments fill the form; "Copy as proposal" gives every idea\'s issue body', async () => {
    const { proposals } = await execute('mentorshipIdeas.proposeOnGitHub', URI, 12, { lfids: { '@jo-doe': 'jodoe', 'al-bee': 'albee' } });
    assert.equal(field(proposals[0].url, 'mentors'), 'Jo Doe | @jo-doe | jo@example.org | jodoe\nAl Bee | @al-bee | al@example.org | albee');
    assert.deepEqual(proposals[0].missingLfids, []);

    const copied = await execute('mentorshipIdeas.copyAsProposal', URI);
    assert.equal(copied.proposals.length, 2);
    assert.match(copied.proposals[1].body, /^### CNCF Project\n\nOpen Policy Agent \(OPA\)\n\n### Term\n\n2026 Term 3 \(Sep-Nov\)\n\n### Program Name\n\nA much longer idea title/);

    await client.open(NO_TERM_URI, TEXT);
    const unknown = await execute('mentorshipIdeas.copyAsProposal', NO_TERM_URI, 4);
    assert.equal(unknown.proposals[0].termKnown, false);
    assert.equal(unknown.proposals[0].fields.term, '');
    assert.ok(unknown.termOptions.includes('2026 Term 3 (Sep-Nov)'));
    const picked = await execute('mentorshipIdeas.copyAsProposal', NO_TERM_URI, 4, { term: unknown.termOptions[0] });
    assert.equal(picked.proposals[0].fields.term, '2026 Term 3 (Sep-Nov)');
  });

  test('no "Propose on GitHub" on an accepted program: an entry with an LFX URL, every entry of a term README; the command says why', async () => {
    const text = `## Proposed Project ideas\n\n### Open Policy Agent (OPA)\n\n${formEntry('Still a proposal')}\n${formEntry('Accepted already', '- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/0a1b2c3d\n')}\n${formEntry('LFX URL not filled in yet', '- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/\n')}`;
    const uri = 'file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov/drafts/project_ideas.md';
    await client.open(uri, text);
    const lines = text.split('\n');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const proposable = lenses.filter((l) => l.command!.title === 'Propose on GitHub').map((l) => lines[l.range.start.line]);
    assert.deepEqual(proposable, ['#### Still a proposal', '#### LFX URL not filled in yet']);
    // The other lenses stay on the accepted entry.
    assert.equal(lenses.filter((l) => l.range.start.line === lines.indexOf('#### Accepted already')).length, 2);
    const { proposals } = await execute('mentorshipIdeas.proposeOnGitHub', uri, lines.indexOf('#### Accepted already'));
    assert.equal(proposals[0].accepted, 'it has an LFX URL');
    assert.equal((await execute('mentorshipIdeas.proposeOnGitHub', uri, lines.indexOf('#### Still a proposal'))).proposals[0].accepted, undefined);

    const readme = 'file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov/README.md';
    await client.open(readme, `# Term 03 - 2026 September - November\n\n## Accepted Projects\n\n### Open Policy Agent (OPA)\n\n${formEntry('Published without its LFX URL')}`);
    const readmeLenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: readme } });
    assert.deepEqual(readmeLenses.map((l) => l.command!.title).filter((t) => t.startsWith('Propose')), []);
    assert.equal(readmeLenses.length, 2);
    assert.equal((await execute('mentorshipIdeas.proposeOnGitHub', readme, 6)).proposals[0].accepted, 'it is in a term README, where the accepted programs are published');
  });

  test("an idea's errors and a Technologies the form requires are listed to confirm; a clean entry has none", async () => {
    const uri = 'file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov/problems/project_ideas.md';
    const text = `## Proposed Project ideas\n\n### Open Policy Agent (OPA)\n\n${formEntry('Clean')}\n#### Broken\n\n- Description: Do it.\n- Recommended Skills: Go\n- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n`;
    await client.open(uri, text);
    const lines = text.split('\n');
    assert.deepEqual((await execute('mentorshipIdeas.proposeOnGitHub', uri, lines.indexOf('#### Clean'))).proposals[0].problems, []);
    const broken = lines.indexOf('#### Broken');
    const { problems } = (await execute('mentorshipIdeas.proposeOnGitHub', uri, broken)).proposals[0];
    assert.ok(problems.includes(`Line ${broken + 1}: Idea "Broken" has no "Upstream Issue" field: add \`- Upstream Issue:\` with the URL of the upstream issue (missing-field)`), problems.join('\n'));
    assert.ok(problems.includes('The form requires Technologies and the entry has no "Technologies" field: its Recommended Skills would be filed there'), problems.join('\n'));
    assert.ok(problems.every((p) => !p.includes('warning')));
  });

  test("the term comes from the form's options: an entry for a term the form does not offer says so", async () => {
    const uri = 'file:///ws/programs/lfx-mentorship/2026/02-Jun-Aug/project_ideas.md';
    await client.open(uri, `## Proposed Project ideas\n\n### Open Policy Agent (OPA)\n\n${formEntry('Summer idea')}`);
    const result = await execute('mentorshipIdeas.proposeOnGitHub', uri, 4);
    assert.deepEqual(result.termOptions, ['2026 Term 3 (Sep-Nov)']);
    assert.equal(result.formPath, undefined);
    assert.equal(result.proposals[0].termNotOffered, '2026 Term 2 (Jun-Aug)');
    const picked = await execute('mentorshipIdeas.proposeOnGitHub', uri, 4, { term: result.termOptions[0] });
    assert.equal(picked.proposals[0].termNotOffered, undefined);
    assert.equal(field(picked.proposals[0].url, 'term'), '2026 Term 3 (Sep-Nov)');
  });

  test('bad arguments get an empty answer, never a crash', async () => {
    for (const args of [[], [42], [URI, 'x', 'y'], [{ uri: 'file:///nope.md' }], [URI, 3, { lfids: { a: 5 }, term: 7 }]]) {
      const result = await execute('mentorshipIdeas.proposeOnGitHub', ...args);
      assert.ok(Array.isArray(result.proposals));
    }
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: 'file:///ws/notes/README.md' } });
    assert.deepEqual(lenses, []);
  });
});

describe('the workspace\'s copy of the proposal form', () => {
  const client = new LspClient();
  const root = mkdtempSync(join(tmpdir(), 'mentorship-form-'));
  before(async () => {
    mkdirSync(join(root, '.github/ISSUE_TEMPLATE'), { recursive: true });
    writeFileSync(
      join(root, '.github/ISSUE_TEMPLATE/lfx-program-proposal.yml'),
      'name: LFX Program Proposal\nbody:\n  - type: dropdown\n    id: term\n    attributes:\n      label: Term\n      options:\n        - "2026 Term 2 (Jun - Aug)"\n        - "2026 Term 3 (Sep-Nov)"\n',
    );
    await client.initialize({ rootUri: pathToFileURL(root).href });
  });
  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  test('gives the Term options, written as it writes them', async () => {
    const uri = pathToFileURL(join(root, 'programs/lfx-mentorship/2026/02-Jun-Aug/project_ideas.md')).href;
    await client.open(uri, `## Proposed Project ideas\n\n### Open Policy Agent (OPA)\n\n${formEntry('Summer idea')}`);
    const result = await client.request<ProposeResult>('workspace/executeCommand', { command: 'mentorshipIdeas.proposeOnGitHub', arguments: [uri, 4] });
    assert.deepEqual(result.termOptions, ['2026 Term 2 (Jun - Aug)', '2026 Term 3 (Sep-Nov)']);
    assert.equal(result.formPath, '.github/ISSUE_TEMPLATE/lfx-program-proposal.yml');
    assert.equal(result.proposals[0].termNotOffered, undefined);
    assert.equal(field(result.proposals[0].url, 'term'), '2026 Term 2 (Jun - Aug)');
  });
});

describe('"Propose on GitHub" in an editor that can open a browser', () => {
  const client = new LspClient();
  const shown: ShowDocumentParams[] = [];
  const asked: ShowMessageRequestParams[] = [];
  /** What the user answers to each question the server asks, in turn; null is a dismissed message (Escape). */
  let answers: (string | null)[] = [];
  before(async () => {
    client.connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
      shown.push(params);
      return { success: true };
    });
    client.connection.onRequest('window/showMessageRequest', (params: ShowMessageRequestParams) => {
      asked.push(params);
      const answer = answers.shift() ?? null;
      return answer === null ? null : params.actions!.find((a) => a.title === answer)!;
    });
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { window: { showDocument: { support: true } } } });
    await client.connection.sendNotification('initialized', {});
    await client.open(URI, TEXT);
  });
  after(() => client.shutdown());
  const propose = (...args: unknown[]) => client.request<ProposeResult>('workspace/executeCommand', { command: 'mentorshipIdeas.proposeOnGitHub', arguments: args });

  test('problems are listed and asked about first: dismissed, nothing opens; "Propose anyway" opens the prefilled form', async () => {
    // TEXT has no Technologies field.
    answers = [null];
    await propose(URI, 4);
    assert.equal(asked.length, 1);
    assert.match(asked[0].message, /^"Rego playground in the browser" has problems the proposal form or CNCF's validation will reject:\nThe form requires Technologies/);
    assert.deepEqual(asked[0].actions, [{ title: 'Propose anyway' }]);
    assert.deepEqual(shown, []);
    answers = ['Propose anyway'];
    const result = await propose(URI, 4);
    assert.deepEqual(shown, [{ uri: result.proposals[0].url, external: true }]);
    await propose(URI, 4, { open: false });
    assert.equal(shown.length, 1);
    assert.equal(asked.length, 2);
  });

  test('a term the form does not offer is asked for among its options; dismissed, nothing opens', async () => {
    const uri = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';
    await client.open(uri, `## Proposed Project ideas\n\n### Open Policy Agent (OPA)\n\n${formEntry('Spring idea')}`);
    shown.length = 0;
    asked.length = 0;
    answers = [null];
    await propose(uri, 4);
    assert.equal(asked[0].message, '"Spring idea" is for 2026 Term 1 (Mar-May), which the proposal form does not offer: pick a term the form offers.');
    assert.deepEqual(asked[0].actions, [{ title: '2026 Term 3 (Sep-Nov)' }]);
    assert.equal(shown.length, 0);
    answers = ['2026 Term 3 (Sep-Nov)'];
    await propose(uri, 4);
    assert.equal(shown.length, 1);
    assert.equal(field(shown[0].uri, 'term'), '2026 Term 3 (Sep-Nov)');
  });

  test('an accepted program is not opened: the server says why', async () => {
    const uri = 'file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov/README.md';
    await client.open(uri, `## Accepted Projects\n\n### Open Policy Agent (OPA)\n\n${formEntry('Published')}`);
    shown.length = 0;
    asked.length = 0;
    await propose(uri, 4);
    assert.deepEqual(shown, []);
    assert.deepEqual(asked, [{ type: 3, message: '"Published" is already an accepted LFX program (it is in a term README, where the accepted programs are published): there is nothing to propose.', actions: [] }]);
  });
});
