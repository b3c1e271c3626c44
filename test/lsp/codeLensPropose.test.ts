import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, ShowDocumentParams } from 'vscode-languageserver-protocol';
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
}
interface ProposeResult {
  proposals: Proposal[];
  termOptions: string[];
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

  test('bad arguments get an empty answer, never a crash', async () => {
    for (const args of [[], [42], [URI, 'x', 'y'], [{ uri: 'file:///nope.md' }], [URI, 3, { lfids: { a: 5 }, term: 7 }]]) {
      const result = await execute('mentorshipIdeas.proposeOnGitHub', ...args);
      assert.ok(Array.isArray(result.proposals));
    }
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: 'file:///ws/notes/README.md' } });
    assert.deepEqual(lenses, []);
  });
});

describe('"Propose on GitHub" in an editor that can open a browser', () => {
  const client = new LspClient();
  const shown: ShowDocumentParams[] = [];
  before(async () => {
    client.connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
      shown.push(params);
      return { success: true };
    });
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { window: { showDocument: { support: true } } } });
    await client.connection.sendNotification('initialized', {});
    await client.open(URI, TEXT);
  });
  after(() => client.shutdown());

  test('the server opens the prefilled form with window/showDocument, unless told not to', async () => {
    const result = await client.request<ProposeResult>('workspace/executeCommand', { command: 'mentorshipIdeas.proposeOnGitHub', arguments: [URI, 4] });
    assert.deepEqual(shown, [{ uri: result.proposals[0].url, external: true }]);
    await client.request('workspace/executeCommand', { command: 'mentorshipIdeas.proposeOnGitHub', arguments: [URI, 4, { open: false }] });
    assert.equal(shown.length, 1);
  });
});
