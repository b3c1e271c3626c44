import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGitHubCli } from '../support/fakeGitHubCli';
import { cncfVerdicts, oracleMissing } from '../support/oracle';

const TOKEN = 'ghp_FAKEproposeCreate0123456789FAKE';
const LFIDS = ['--lfid', '@jo-doe=jodoe', '--lfid', '@al-bee=albee'];

function entry(title: string, upstream: string): string {
  return `#### ${title}

- Description: Compare two traces side by side in the UI.
- Expected Outcome: A diff view of two traces.
- Recommended Skills: Go, React
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: ${upstream}
`;
}

describe('propose --create against a fake GitHub', () => {
  const gh = fakeGitHubCli(TOKEN, 'mi-create-');
  const { fake, tracker } = gh;
  let file: string;
  const create = (line: number, ...extra: string[]) => gh.run(['propose', '--create', '--config', gh.config, ...LFIDS, ...extra, `${file}:${line}`]);
  const posts = () => tracker.requests('POST').length;
  const issuesTitled = (title: string) => [...tracker.issues.values()].filter((i) => i.title === title);

  before(() => {
    const dir = join(gh.dir, 'programs', 'lfx-mentorship', '2026', '03-Sep-Nov');
    mkdirSync(dir, { recursive: true });
    file = join(dir, 'project_ideas.md');
    // Headings: Trace comparison at line 5, Span search 15, Sampling view 25, No LFID here 35, Slow answer 45, Garbled answer 55, Accepted already 65.
    writeFileSync(
      file,
      `## Proposed Project ideas\n\n### Jaeger\n\n${[
        entry('Trace comparison', 'https://github.com/jaegertracing/jaeger-ui/issues/4242'),
        entry('Span search', 'https://github.com/jaegertracing/jaeger/issues/2'),
        entry('Sampling view', 'https://github.com/jaegertracing/jaeger/issues/3'),
        entry('No LFID here', 'https://github.com/jaegertracing/jaeger/issues/4'),
        entry('Slow answer', 'https://github.com/jaegertracing/jaeger/issues/5'),
        entry('Garbled answer', 'https://github.com/jaegertracing/jaeger/issues/6'),
        entry('Accepted already', 'https://github.com/jaegertracing/jaeger/issues/7') + '- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/0f6c1f4e-0000-4000-8000-000000000000\n',
      ].join('\n')}`,
    );
  });

  test('--dry-run prints the request and sends nothing', async () => {
    const r = await create(5, '--dry-run');
    assert.equal(r.code, 0, r.err);
    const [first, ...rest] = r.out.split('\n');
    assert.equal(first, `POST ${fake.origin}/repos/cncf/mentoring/issues`);
    const body = JSON.parse(rest.join('\n')) as { title: string; body: string; labels: string[] };
    assert.equal(body.title, '[CNCF LFX Proposal] Jaeger Trace comparison');
    assert.deepEqual(body.labels, ['lfx mentorship', 'Proposal', 'Needs Validation']);
    assert.match(body.body, /^### CNCF Project\n\nJaeger\n\n### Term\n\n2026 Term 3 \(Sep-Nov\)\n/);
    assert.equal(fake.requests.length, 0);
  });

  test('files exactly one issue; prints its URL; the token goes only to the API', async () => {
    const r = await create(5);
    assert.equal(r.code, 0, r.err);
    const [issue] = issuesTitled('[CNCF LFX Proposal] Jaeger Trace comparison');
    assert.ok(issue, 'the issue is filed');
    assert.equal(r.out, `${fake.origin}/cncf/mentoring/issues/${issue.number}\n`);
    assert.equal(posts(), 1);
    assert.equal(issue.author, 'jo-doe');
    for (const req of fake.requests) assert.equal(req.headers.authorization, `Bearer ${TOKEN}`);
  });

  test('the filed body is one CNCF\'s validator accepts', { skip: oracleMissing }, () => {
    const [issue] = issuesTitled('[CNCF LFX Proposal] Jaeger Trace comparison');
    assert.ok(issue, 'filed by the test above');
    const [verdict] = cncfVerdicts([{ body: issue.body, title: issue.title }]);
    assert.ok(verdict.isProposal, 'CNCF takes it for a proposal');
    assert.deepEqual(verdict.errors, []);
    assert.equal(verdict.fields['Program Name'], 'Trace comparison');
  });

  test('filing again finds the open issue of the same author and title and files none', async () => {
    const r = await create(5);
    assert.equal(r.code, 0, r.err);
    assert.equal(posts(), 0);
    assert.equal(issuesTitled('[CNCF LFX Proposal] Jaeger Trace comparison').length, 1);
    assert.match(r.out, /\/cncf\/mentoring\/issues\/\d+\n$/);
    assert.match(r.err, /already filed: #\d+ .* not filed again/);
  });

  test('an API that cannot say who the token is (no /user): any open issue of the title counts as filed', async () => {
    tracker.fault('GET', /^\/user$/, { status: 404, body: { message: 'Not Found' } });
    const r = await create(5);
    assert.equal(r.code, 0, r.err);
    assert.equal(posts(), 0);
    assert.match(r.err, /already filed: #\d+ .*\(by @jo-doe\); not filed again/);
  });

  test('another author\'s issue of the same title is not taken for mine', async () => {
    tracker.add({ title: '[CNCF LFX Proposal] Jaeger Span search', body: 'x', author: 'someone-else', labels: ['lfx mentorship', 'Proposal'] });
    const r = await create(15);
    assert.equal(r.code, 0, r.err);
    assert.equal(posts(), 1);
    assert.deepEqual(issuesTitled('[CNCF LFX Proposal] Jaeger Span search').map((i) => i.author).sort(), ['jo-doe', 'someone-else']);
  });

  test('an answer lost after a successful create: the issue is found, not filed again; a retry files none', async () => {
    tracker.fault('POST', /\/issues$/, { afterDoing: { drop: true } });
    const r = await create(25);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /answer was lost, but #\d+ was found filed; not filed again/);
    assert.equal(posts(), 1);
    assert.equal(issuesTitled('[CNCF LFX Proposal] Jaeger Sampling view').length, 1);
    fake.requests.length = 0;
    const retry = await create(25);
    assert.equal(retry.code, 0, retry.err);
    assert.equal(posts(), 0);
    assert.equal(issuesTitled('[CNCF LFX Proposal] Jaeger Sampling view').length, 1);
  });

  test('a slow answer (past the timeout) after the create: found, not filed twice', async () => {
    tracker.fault('POST', /\/issues$/, { afterDoing: { delayMs: 2500 } });
    const r = await create(45);
    assert.equal(r.code, 0, r.err);
    assert.equal(posts(), 1);
    assert.equal(issuesTitled('[CNCF LFX Proposal] Jaeger Slow answer').length, 1);
  });

  test('malformed JSON after the create: found, not filed twice', async () => {
    tracker.fault('POST', /\/issues$/, { afterDoing: { body: '{"number": 1,' } });
    const r = await create(55);
    assert.equal(r.code, 0, r.err);
    assert.equal(posts(), 1);
    assert.equal(issuesTitled('[CNCF LFX Proposal] Jaeger Garbled answer').length, 1);
  });

  test('a proposal CNCF would reject is refused with its problems, and GitHub is not asked', async () => {
    const r = await gh.run(['propose', '--create', '--config', gh.config, '--lfid', '@jo-doe=jodoe', `${file}:35`]);
    assert.equal(r.code, 1);
    assert.match(r.err, /not filed: "No LFID here" has 1 problem/);
    assert.match(r.err, /No LFID for @al-bee/);
    assert.equal(fake.requests.length, 0);
  });

  test('an accepted program (an LFX URL) is not filed: there is nothing to propose', async () => {
    const r = await create(65);
    assert.equal(r.code, 1);
    assert.match(r.err, /"Accepted already" is already an accepted LFX program \(it has an LFX URL\): there is nothing to propose \[accepted\]/);
    assert.equal(fake.requests.length, 0);
  });

  test('401: the token is rejected; nothing filed, and the message says so', async () => {
    tracker.fault('GET', /^\/user$/, { status: 401, body: { message: 'Bad credentials' } });
    const r = await create(5);
    assert.equal(r.code, 2);
    assert.match(r.err, /rejected the token \(401\)/);
    assert.equal(posts(), 0);
  });

  test('403 rate limit with a reset time: says until when, files nothing', async () => {
    const reset = Math.floor(Date.now() / 1000) + 600;
    tracker.fault('GET', /\/issues\?/, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded' } });
    const r = await create(15);
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`rate limit is used up until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`));
    assert.equal(posts(), 0);
  });

  test('404, 422 and 500 on the create: a message each; 404 and 422 file nothing, 500 is looked up again', async () => {
    const title = '[CNCF LFX Proposal] Jaeger No LFID here';
    const lfids = ['--lfid', '@al-bee=albee'];
    tracker.fault('POST', /\/issues$/, { status: 404, body: { message: 'Not Found' } });
    let r = await create(35, ...lfids);
    assert.equal(r.code, 2);
    assert.match(r.err, /not found on GitHub \(404\).*Nothing was filed/);
    tracker.fault('POST', /\/issues$/, { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'labels', code: 'invalid' }] } });
    r = await create(35, ...lfids);
    assert.equal(r.code, 2);
    assert.match(r.err, /invalid \(422\): labels: invalid\. Nothing was filed/);
    tracker.fault('POST', /\/issues$/, { status: 500, body: 'oops' });
    r = await create(35, ...lfids);
    assert.equal(r.code, 2);
    assert.match(r.err, /GitHub error \(500\).*not filed; filing again is safe/);
    assert.equal(issuesTitled(title).length, 0);
    assert.equal(posts(), 3);
    assert.equal(tracker.requests('GET').filter((q) => q.path.includes('creator=')).length, 4, 'looked up before each create, and again after the 500');
  });

  test('without GITHUB_TOKEN it says what it needs', async () => {
    const r = await gh.run(['propose', '--create', '--config', gh.config, ...LFIDS, `${file}:5`], gh.env(''));
    assert.equal(r.code, 2);
    assert.match(r.err, /needs GITHUB_TOKEN/);
    assert.equal(fake.requests.length, 0);
  });
});
