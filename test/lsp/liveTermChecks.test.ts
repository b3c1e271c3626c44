import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { FakeGitHub } from '../support/fakeGitHub';
import { FakeIssueTracker } from '../support/fakeIssues';
import { cncfVerdicts, oracleMissing } from '../support/oracle';
import { proposalBody } from '../../server/src/proposal/proposal';

const DIR = 'file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov';
const TERM = '2026 Term 3 (Sep-Nov)';

function entry(title: string, upstream: string): string {
  return `#### ${title}

- Description: Build ${title.toLowerCase()}.
- Expected Outcome: It is built.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: ${upstream}
`;
}

/** An open proposal as the form files it. */
function filed(project: string, name: string, upstream: string, term = TERM) {
  return {
    title: `[CNCF LFX Proposal] ${project} ${name}`,
    body: proposalBody({ cncf_project: project, term, program_name: name, program_description: `Build ${name}.`, technologies: 'Go', skills: 'Go', mentors: 'Ann Lee | @ann-lee | ann@example.org | annlee\nBo Ray | @bo-ray | bo@example.org | boray', upstream_issue_url: upstream }),
    labels: ['lfx mentorship', 'Proposal', 'Validation Passed'],
    author: 'ann-lee',
  };
}

const live = (ds: Diagnostic[]) => ds.filter((d) => /on GitHub/.test(String(d.message)));

describe('live term checks over LSP (github.checkOpenProposals)', () => {
  const fake = new FakeGitHub();
  const tracker = new FakeIssueTracker(fake, 'cncf', 'mentoring');
  let client: LspClient;
  // Jaeger's quota is 4: two ideas here, one of them already filed (#1), and three other open proposals make 5.
  const text = `## Proposed Project ideas\n\n### Jaeger\n\n${[
    entry('Trace comparison', 'https://github.com/jaegertracing/jaeger-ui/issues/4242'),
    entry('Span search', 'https://github.com/jaegertracing/jaeger/issues/77'),
  ].join('\n')}`;

  before(async () => {
    await fake.start();
    tracker.add(filed('Jaeger', 'Trace comparison', 'https://github.com/jaegertracing/jaeger-ui/issues/4242'));
    tracker.add(filed('Jaeger', 'Sampling view', 'https://www.github.com/JaegerTracing/jaeger/issues/77/'));
    tracker.add(filed('Jaeger', 'Query service', 'https://github.com/jaegertracing/jaeger/issues/3'));
    tracker.add(filed('Jaeger', 'Storage v2', 'https://github.com/jaegertracing/jaeger/issues/4'));
    // Not counted: another term, another project, not labelled by CNCF's bot, closed.
    tracker.add(filed('Jaeger', 'Next term', 'https://github.com/jaegertracing/jaeger/issues/77', '2027 Term 1 (Mar-May)'));
    tracker.add(filed('Argo', 'Workflows', 'https://github.com/jaegertracing/jaeger/issues/77'));
    tracker.add({ ...filed('Jaeger', 'Unlabelled', 'https://github.com/jaegertracing/jaeger/issues/77'), labels: [] });
    tracker.add({ ...filed('Jaeger', 'Closed', 'https://github.com/jaegertracing/jaeger/issues/77'), state: 'closed' });
    client = new LspClient({ ...process.env, GITHUB_TOKEN: '', MENTORSHIP_IDEAS_GITHUB_TIMEOUT_MS: '1000' });
    await client.initialize({ configuration: false, initializationOptions: { settings: { github: { apiUrl: fake.origin } } } });
  });

  after(async () => {
    await client.shutdown();
    await fake.stop();
  });

  test('off by default: GitHub is not asked, only the file counts', async () => {
    const first = await client.open(`${DIR}/off/project_ideas.md`, text);
    assert.equal(live(first.diagnostics).length, 0);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(fake.requests.length, 0);
    client.close(`${DIR}/off/project_ideas.md`);
  });

  test('on: the first publication does not wait; the next counts the term\'s open proposals as CNCF does and names them', async () => {
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mentorshipIdeas: { github: { apiUrl: fake.origin, checkOpenProposals: true } } } });
    const uri = `${DIR}/project_ideas.md`;
    const first = await client.open(uri, text);
    assert.equal(live(first.diagnostics).length, 0, 'nothing from GitHub yet');
    const next = await client.waitForDiagnostics(uri, 1);
    const quota = next.diagnostics.filter((d) => d.code === 'over-quota');
    assert.equal(quota.length, 1);
    assert.equal(quota[0].range.start.line, 2, 'on the project heading');
    assert.equal(quota[0].message, 'With the open proposals on GitHub (#2, #3, #4), Jaeger has 5 for 2026 Term 3 (Sep-Nov) (2 ideas here), over its quota of 4 per term (quotas.yml, bundled catalog): keep the 4 most important, or ask the program admins for an exception');
    const dup = next.diagnostics.filter((d) => d.code === 'upstream-duplicate');
    assert.equal(dup.length, 1);
    assert.equal(dup[0].range.start.line, text.split('\n').indexOf('- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/77'));
    assert.match(String(dup[0].message), /^Upstream Issue https:\/\/github.com\/jaegertracing\/jaeger\/issues\/77 is also the upstream issue of open Jaeger proposal #2 for 2026 Term 3 \(Sep-Nov\) on GitHub/);
    const lists = fake.requests.filter((r) => r.path.startsWith('/repos/cncf/mentoring/issues?'));
    assert.equal(lists.length, 1);
    assert.match(lists[0].path, /labels=lfx%20mentorship%2CProposal/);
  });

  test('CNCF\'s own verdict on the proposal that would be filed agrees: over quota, the same upstream as #2', { skip: oracleMissing }, () => {
    const open = [...tracker.issues.values()].filter((i) => i.state === 'open' && i.labels.includes('Proposal')).map((i) => ({ number: i.number, title: i.title, body: i.body }));
    const mine = filed('Jaeger', 'Span search', 'https://github.com/jaegertracing/jaeger/issues/77');
    const [verdict] = cncfVerdicts([{ body: mine.body, title: mine.title, open }]);
    assert.ok(verdict.warnings.some((w) => /^\*\*Over quota:\*\* Jaeger has 5 proposals for 2026 Term 3 \(Sep-Nov\) \(guideline: 4\)\. Existing proposals: #1, #2, #3, #4\./.test(w)), verdict.warnings.join('\n'));
    assert.ok(verdict.warnings.some((w) => /^\*\*Duplicate upstream issue:\*\* .*: #2\./.test(w)), verdict.warnings.join('\n'));
  });

  test('a file over its quota by itself gets one over-quota, naming the open proposals too; one upstream-duplicate per field line', async () => {
    const uri = `${DIR}/crowded/project_ideas.md`;
    const crowded = `## Proposed Project ideas\n\n### Jaeger\n\n${['A', 'B', 'C', 'D', 'E'].map((t) => entry(`Idea ${t}`, 'https://github.com/jaegertracing/jaeger/issues/77')).join('\n')}`;
    // The term's proposals are known by now: the first publication has them.
    const ds = (await client.open(uri, crowded)).diagnostics;
    const quota = ds.filter((d) => d.code === 'over-quota');
    assert.equal(quota.length, 1, JSON.stringify(quota));
    assert.match(String(quota[0].message), /^With the open proposals on GitHub \(#1, #2, #3, #4\), Jaeger has 9 for 2026 Term 3 \(Sep-Nov\) \(5 ideas here\)/);
    const dups = ds.filter((d) => d.code === 'upstream-duplicate');
    assert.equal(new Set(dups.map((d) => d.range.start.line)).size, dups.length, 'one per line');
    assert.equal(dups.length, 5);
    assert.match(String(dups[1].message), /is also the upstream issue of "Idea A" \(line \d+\): give each idea its own issue \(and of open Jaeger proposal #2 for 2026 Term 3 \(Sep-Nov\) on GitHub\)$/);
  });

  test('typing does not ask GitHub again (the list is known), and results follow each version', async () => {
    const uri = `${DIR}/project_ideas.md`;
    const before = fake.requests.length;
    const lines = text.split('\n');
    const at = lines.indexOf('#### Span search');
    const edited = await client.change(uri, [{ range: { start: { line: at, character: 16 }, end: { line: at, character: 16 } }, text: ' index' }]);
    assert.equal(edited.diagnostics.filter((d) => d.code === 'over-quota').length, 1, 'from what is known, at once');
    assert.equal(fake.requests.length, before);
  });
});
