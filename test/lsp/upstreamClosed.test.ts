import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { FakeGitHub, issueJson } from '../support/fakeGitHub';
import { ideaEntry } from '../support/entries';

const DIR = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May';
const TOKEN = 'ghp_FAKEclosedCheck0123456789FAKE';


const upstreamClosed = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'upstream-closed');

describe('upstream-closed over LSP', () => {
  const fake = new FakeGitHub();
  let client: LspClient;
  let text: string;
  const web = (n: number) => `${fake.origin}/acme/widgets/issues/${n}`;
  const api = (n: number) => `/repos/acme/widgets/issues/${n}`;

  let answer: () => void;
  const gitHubAnswers = new Promise<void>((resolve) => (answer = resolve));

  before(async () => {
    await fake.start();
    fake.route(api(1), { after: gitHubAnswers, body: issueJson({ number: 1, title: 'Open one' }) });
    fake.route(api(2), { after: gitHubAnswers, body: issueJson({ number: 2, state: 'closed', state_reason: 'completed' }) });
    fake.route(api(3), { after: gitHubAnswers, status: 404, body: { message: 'Not Found' } });
    fake.route(api(4), { after: gitHubAnswers, body: issueJson({ number: 4, state: 'closed', state_reason: 'not_planned' }) });
    fake.route(api(5), { body: issueJson({ number: 5, state: 'closed' }) });
    client = new LspClient({ ...process.env, GITHUB_TOKEN: TOKEN });
    // Settings only from initializationOptions: no configuration pull republishes behind the test's back.
    await client.initialize({ configuration: false, initializationOptions: { settings: { github: { apiUrl: fake.origin, checkUpstreamIssues: true } } } });
    text = `## Proposed Project ideas\n\n### Jaeger\n\n${[
      ideaEntry('Open', web(1)),
      ideaEntry('Closed', web(2)),
      ideaEntry('Missing', web(3)),
      ideaEntry('Disabled here', web(4), '<!-- mentorship-ideas-disable-next-line upstream-closed -->\n'),
      ideaEntry('No outcome', 'https://example.org/not-github').replace('- Expected Outcome: It is built.\n', ''),
    ].join('\n')}`;
  });

  after(async () => {
    try {
      for (const r of fake.requests) assert.equal(r.headers.authorization, `Bearer ${TOKEN}`);
      assert.ok(!client.stderr.includes(TOKEN));
    } finally {
      await client.shutdown();
      await fake.stop();
    }
  });

  test('the other diagnostics come at once; closed and missing issues follow as an update for the same version', async () => {
    const uri = `${DIR}/project_ideas.md`;
    // GitHub holds its answers until the first publication has arrived: it must not wait for them.
    const first = await client.open(uri, text);
    assert.equal(first.version, 1);
    assert.ok(first.diagnostics.some((d) => d.code === 'missing-field'), 'the other rules reported');
    assert.equal(upstreamClosed(first.diagnostics).length, 0);
    const updated = client.waitForDiagnostics(uri, 1);
    answer();
    const update = await updated;
    assert.equal(update.version, 1);
    assert.deepEqual(update.diagnostics.filter((d) => d.code !== 'upstream-closed'), first.diagnostics, 'the other diagnostics unchanged');
    const found = upstreamClosed(update.diagnostics);
    const lines = text.split('\n');
    assert.deepEqual(
      found.map((d) => lines[d.range.start.line]),
      [`- Upstream Issue: ${web(2)}`, `- Upstream Issue: ${web(3)}`],
    );
    assert.match(String(found[0].message), /acme\/widgets#2 is closed as completed/);
    assert.match(String(found[1].message), /acme\/widgets#3 was not found/);
    for (const d of found) {
      assert.equal(d.severity, 3);
      assert.equal(d.source, 'mentorship-ideas');
      assert.match(d.codeDescription!.href, /\/docs\/rules\/upstream-closed\.md$/);
      assert.deepEqual(d.range, { start: { line: d.range.start.line, character: 0 }, end: { line: d.range.start.line, character: lines[d.range.start.line].length } });
    }
    for (const n of [1, 2, 3]) assert.equal(fake.count(api(n)), 1, `one request for #${n}`);
    assert.equal(fake.count(api(4)), 0, 'a link whose rule is disabled is not fetched');

    const edited = await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    assert.equal(upstreamClosed(edited.diagnostics).length, 2, 'known results come with the next version at once');
    for (const n of [1, 2, 3]) assert.equal(fake.count(api(n)), 1, 'from the cache');
  });

  test('with the setting off: no upstream-closed diagnostic, no request, no update', async () => {
    const republishing = client.waitForDiagnostics(`${DIR}/project_ideas.md`, 2);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { mentorshipIdeas: { github: { apiUrl: fake.origin, checkUpstreamIssues: false } } } });
    const republished = await republishing;
    assert.equal(upstreamClosed(republished.diagnostics).length, 0);
    const uri = `${DIR}/README.md`;
    const first = await client.open(uri, `## Projects\n\n### Jaeger\n\n${ideaEntry('Closed too', web(5))}`);
    assert.equal(upstreamClosed(first.diagnostics).length, 0);
    await assert.rejects(client.waitForDiagnostics(uri, 1, 600), /no diagnostics/);
    assert.equal(fake.count(api(5)), 0);
  });
});
