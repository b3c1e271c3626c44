import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from '../support/lspClient';
import { FakeGitHub } from '../support/fakeGitHub';
import { FakeIssueTracker } from '../support/fakeIssues';
import { cncfVerdicts, oracleMissing } from '../support/oracle';
import type { FileProposalResult, ListProposalsResult, ReadProposalResult, SaveProposalResult } from '../../server/src/protocol';

const TOKEN = 'ghp_FAKEproposalsLsp0123456789FAKE';
const DIR = 'file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov';
const IDEAS = `## Proposed Project ideas

### Jaeger

#### Trace comparison

- Description: Compare two traces side by side in the UI.
- Expected Outcome: A diff view of two traces.
- Recommended Skills: Go, React
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger-ui/issues/4242
`;
const LFIDS = { 'jo-doe': 'jodoe', 'al-bee': 'albee' };

const VALIDATION = `## 🤖 LFX Proposal Validation

**LFX program title** (40/100 chars):

\`\`\`
CNCF - Jaeger: Trace comparison (2026 Term 3)
\`\`\`

❌ **2 issue(s) found — please edit to fix:**

- Mentor 2: LFID (LF Username) is missing. You can add it later by editing this issue, but every mentor's LFID is required before the proposal can pass validation and be added to LFX.
- Program Description is empty.

⚠️ **1 warning(s):**

- LFX LFID/email verification is not yet automated.

---
_Re-run by editing the issue._`;

describe('proposal issues over LSP', () => {
  const fake = new FakeGitHub();
  const tracker = new FakeIssueTracker(fake, 'cncf', 'mentoring');
  let client: LspClient;

  before(async () => {
    await fake.start();
    tracker.tokens.set(TOKEN, 'jo-doe');
    client = new LspClient({ ...process.env, GITHUB_TOKEN: '', MENTORSHIP_IDEAS_GITHUB_TIMEOUT_MS: '1000', MENTORSHIP_IDEAS_VERDICT_RECHECK_MS: '300' });
    await client.initialize({ configuration: false, initializationOptions: { settings: { github: { apiUrl: fake.origin } } } });
    // The editor's token, as VS Code hands it over after sign-in.
    await client.connection.sendNotification('mentorshipIdeas/setGitHubToken', { token: TOKEN });
  });

  after(async () => {
    try {
      for (const r of fake.requests) assert.equal(r.headers.authorization, `Bearer ${TOKEN}`);
      assert.ok(!client.stderr.includes(TOKEN));
      assert.ok(!JSON.stringify(client.messages).includes(TOKEN));
    } finally {
      await client.shutdown();
      await fake.stop();
    }
  });

  const file = (line: number, options: Record<string, unknown>) =>
    client.request<FileProposalResult>('workspace/executeCommand', { command: 'mentorshipIdeas.fileProposalIssue', arguments: [`${DIR}/project_ideas.md`, line, options] });

  test('fileProposalIssue: first what would be filed and what CNCF would reject; confirmed, the issue once', async () => {
    await client.open(`${DIR}/project_ideas.md`, IDEAS);
    const preview = await file(4, {});
    assert.equal(preview.title, '[CNCF LFX Proposal] Jaeger Trace comparison');
    assert.equal(preview.repository, 'cncf/mentoring');
    assert.deepEqual(preview.problems.map((p) => p.code), ['lfid-missing', 'lfid-missing']);
    assert.equal(preview.outcome, undefined);
    const refused = await file(4, { file: true });
    assert.equal(refused.outcome, undefined, 'with problems nothing is filed');
    assert.equal(tracker.requests('POST').length, 0);
    const filed = await file(4, { file: true, lfids: LFIDS });
    assert.equal(filed.problems.length, 0);
    assert.equal(filed.outcome?.status, 'created');
    assert.equal(tracker.requests('POST').length, 1);
    assert.ok(tracker.issues.get(filed.outcome?.status === 'created' ? filed.outcome.number : 0), 'the issue the outcome names');
    const again = await file(4, { file: true, lfids: LFIDS });
    assert.equal(again.outcome?.status, 'exists');
    assert.equal(tracker.requests('POST').length, 1, 'not filed twice');
  });

  test('the issue fileProposalIssue filed is one CNCF\'s validator accepts', { skip: oracleMissing }, () => {
    const issue = tracker.issues.get(1);
    assert.ok(issue, 'filed by the test above');
    assert.deepEqual(cncfVerdicts([{ body: issue.body, title: issue.title }])[0].errors, []);
  });

  test('listProposals: the term per project against its quota, the viewer known, theirs marked', async () => {
    tracker.setLabels(1, ['lfx mentorship', 'Proposal', 'Validation Passed']);
    tracker.add({ title: '[CNCF LFX Proposal] Jaeger Other', body: tracker.issues.get(1)!.body.replace('Trace comparison', 'Other'), author: 'someone', labels: ['lfx mentorship', 'Proposal'] });
    const list = await client.request<ListProposalsResult>('mentorshipIdeas/listProposals', {});
    assert.equal(list.error, undefined);
    assert.equal(list.me, 'jo-doe');
    assert.equal(list.term, '2026 Term 3 (Sep-Nov)');
    assert.deepEqual(list.projects.map((p) => [p.project, p.open, p.quota]), [['Jaeger', 2, 4]]);
    assert.deepEqual(list.projects[0].proposals.map((p) => [p.number, p.mine, p.duplicates]), [[1, true, [2]], [2, true, [1]]], 'both name jo-doe as a mentor, and share an upstream');
  });

  test('a proposal opened as a document shows CNCF\'s latest verdict as information, later; saving checks for a conflict first', async () => {
    tracker.setLabels(2, ['lfx mentorship', 'Proposal', 'Validation Failed']);
    tracker.comment(2, 'github-actions[bot]', VALIDATION);
    const read = await client.request<ReadProposalResult>('mentorshipIdeas/readProposal', { repository: 'cncf/mentoring', number: 2 });
    assert.ok(read.ok);
    const uri = 'mentorship-proposal:/cncf/mentoring/2.proposal.md';
    const first = await client.open(uri, read.issue.body);
    assert.ok(!first.diagnostics.some((d) => d.source === 'CNCF validation'), 'the first publication does not wait for GitHub');
    const later = (await client.waitForDiagnostics(uri, 1)).diagnostics.filter((d) => d.source === 'CNCF validation');
    assert.deepEqual(later.map((d) => [d.range.start.line, d.severity]), [[0, 3], [read.issue.body.split('\n').indexOf('### Mentors'), 3], [read.issue.body.split('\n').indexOf('### Program Description'), 3]]);
    assert.match(String(later[0].message), /^CNCF's bot: Validation Failed \(its comment of [^)]+\), for the body as saved on GitHub: 2 errors\.$/);
    assert.match(String(later[1].message), /^CNCF: Mentor 2: LFID \(LF Username\) is missing/);
    // The issue is a proposal document: our own rules of that kind run on it, as on a *.proposal.md file.
    assert.deepEqual(first.diagnostics.filter((d) => d.severity === 1), []);
    const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['Jaeger']);
    const withoutLfid = await client.open('mentorship-proposal:/cncf/mentoring/3.proposal.md', read.issue.body.replace(' | albee', ''));
    assert.deepEqual(withoutLfid.diagnostics.filter((d) => d.code === 'mentor-lfid').map((d) => d.range.start.line), [read.issue.body.split('\n').findIndex((l) => l.startsWith('Al Bee'))]);

    const edited = read.issue.body.replace('Compare two traces', 'Compare two or more traces');
    const saved = await client.request<SaveProposalResult>('mentorshipIdeas/saveProposal', { repository: 'cncf/mentoring', number: 2, body: edited, base: { body: read.issue.body, updatedAt: read.issue.updatedAt } });
    assert.equal(saved.status, 'saved');
    assert.equal(tracker.issues.get(2)!.body, edited);
    assert.equal(tracker.requests('PATCH').length, 1);

    // The bot validates the edit; the document shows its new verdict.
    const next = client.waitForDiagnostics(uri, 1);
    tracker.setLabels(2, ['lfx mentorship', 'Proposal', 'Validation Passed']);
    tracker.comment(2, 'github-actions[bot]', VALIDATION.replace(/❌[\s\S]*?⚠️/, '✅ **All checks passed.**\n\n⚠️'));
    const passed = (await next).diagnostics.filter((d) => d.source === 'CNCF validation');
    assert.equal(passed.length, 1);
    assert.match(String(passed[0].message), /^CNCF's bot: Validation Passed/);

    // Someone edits on GitHub; saving over the body we started from is refused.
    tracker.editBody(2, edited + '\n\nA note by someone else.');
    const conflict = await client.request<SaveProposalResult>('mentorshipIdeas/saveProposal', { repository: 'cncf/mentoring', number: 2, body: edited.replace('two or more', 'many'), base: { body: edited, updatedAt: saved.status === 'saved' ? saved.issue.updatedAt : '' } });
    assert.equal(conflict.status, 'conflict');
    assert.equal(tracker.requests('PATCH').length, 1, 'no PATCH for a conflict');
    assert.match(conflict.status === 'conflict' ? conflict.remote.body : '', /A note by someone else/);
    assert.match(conflict.status === 'conflict' ? conflict.message : '', /^Not saved: #2 was edited on GitHub since it was opened/);
  });

  test('faults reach the client as messages: 404 on open, 403 on save', async () => {
    const missing = await client.request<ReadProposalResult>('mentorshipIdeas/readProposal', { repository: 'cncf/mentoring', number: 404 });
    assert.deepEqual(missing, { ok: false, message: 'Opening cncf/mentoring#404: not found on GitHub (404): check the repository, the issue number, and that the token may read it.' });
    const body = tracker.issues.get(1)!.body;
    tracker.fault('PATCH', /\/issues\/1$/, { status: 403, body: { message: 'Resource not accessible by integration' } });
    const refused = await client.request<SaveProposalResult>('mentorshipIdeas/saveProposal', { repository: 'cncf/mentoring', number: 1, body: body + '\nmore', base: { body, updatedAt: '' } });
    assert.equal(refused.status, 'failed');
    assert.match(refused.status === 'failed' ? refused.message : '', /^Saving #1: GitHub refused it \(403\)/);
    const bad = await client.request<SaveProposalResult>('mentorshipIdeas/saveProposal', { repository: 'not a repo', number: 1, body: 'x', base: { body: 'y', updatedAt: '' } });
    assert.equal(bad.status, 'failed');
  });
});
