import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeGitHubCli } from '../support/fakeGitHubCli';
import { cncfVerdicts, oracleMissing } from '../support/oracle';

const TOKEN = 'ghp_FAKEproposalsList0123456789FAKE';
const TERM = '2026 Term 3 (Sep-Nov)';
const LABELS = ['lfx mentorship', 'Proposal'];

/** A proposal body as the form writes it, that CNCF's validator accepts. */
function body(project: string, name: string, upstream: string, handles = ['jo-doe', 'al-bee'], term = TERM): string {
  const mentors = handles.map((h, i) => `Mentor ${i} | @${h} | ${h}@example.org | ${h.replace('-', '')}`).join('\n');
  return [
    ['CNCF Project', project],
    ['Term', term],
    ['Program Name', name],
    ['Program Description', `Build ${name.toLowerCase()} for ${project}.\n\n## Expected outcomes\n\nIt is built and documented.`],
    ['Technologies', 'Go, TypeScript'],
    ['Skills same as Technologies?', '- [X] Yes'],
    ['Required/Desirable Skills', '_No response_'],
    ['Mentors', mentors],
    ['Upstream Issue URL', upstream],
    ['Application Prerequisites', '- [X] Resume\n- [ ] Cover Letter\n- [ ] School Enrollment Verification\n- [ ] Participation Permission\n- [ ] Coding Challenge'],
    ['Coding Challenge URL', '_No response_'],
    ['Custom Prerequisites', '- [ ] Custom Prerequisite'],
    ['Custom Prerequisite Name', '_No response_'],
    ['Custom Prerequisite Description', '_No response_'],
    ['Custom Prerequisite — File Upload', '- [ ] Require file upload for this prerequisite'],
  ]
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join('\n\n');
}

describe('proposals list, pull and push against a fake GitHub', () => {
  const gh = fakeGitHubCli(TOKEN, 'mi-proposals-');
  const { fake, tracker } = gh;
  const cli = (...args: string[]) => gh.run([...args.slice(0, 2), '--config', gh.config, ...args.slice(2)], gh.env(), gh.dir);
  const patches = () => tracker.requests('PATCH').length;

  before(() => {
    // Two a page, so the term's proposals come over several pages.
    tracker.maxPerPage = 2;
    const add = (project: string, name: string, upstream: string, author: string, labels = LABELS, extra = {}, mentors = [author, 'al-bee']) =>
      tracker.add({ title: `[CNCF LFX Proposal] ${project} ${name}`, body: body(project, name, upstream, mentors), author, labels: [...labels, 'Validation Passed'], ...extra });
    add('Jaeger', 'Trace comparison', 'https://github.com/jaegertracing/jaeger-ui/issues/4242', 'jo-doe');
    add('Jaeger', 'Span search', 'https://www.github.com/JaegerTracing/jaeger-ui/issues/4242/', 'someone', LABELS, {}, ['someone', 'jo-doe']);
    add('Jaeger', 'Sampling view', 'https://github.com/jaegertracing/jaeger/issues/3', 'cy');
    add('Jaeger', 'Query service', 'https://github.com/jaegertracing/jaeger/issues/4', 'dee');
    add('Jaeger', 'Storage v2', 'https://github.com/jaegertracing/jaeger/issues/5', 'eve');
    add('Kubernetes', 'Scheduler docs', 'https://github.com/kubernetes/kubernetes/issues/1', 'fay');
    add('Argo', 'Workflow lint', 'https://github.com/argoproj/argo-workflows/issues/9', 'gus');
    add('Jaeger', 'Not labelled yet', 'https://github.com/jaegertracing/jaeger/issues/6', 'hal', []);
    add('Jaeger', 'Closed one', 'https://github.com/jaegertracing/jaeger/issues/7', 'ivy', LABELS, { state: 'closed' });
    add('Jaeger', 'A pull request', 'https://github.com/jaegertracing/jaeger/issues/8', 'jay', LABELS, { pullRequest: true });
    tracker.add({ title: '[CNCF LFX Proposal] Jaeger Next term', body: body('Jaeger', 'Next term', 'https://github.com/jaegertracing/jaeger/issues/9', undefined, '2027 Term 1 (Mar-May)'), author: 'kim', labels: LABELS });
  });

  test('list --format json: per project the open proposals of the term against the quota, over all pages; duplicates marked; mine first', async () => {
    const r = await cli('proposals', 'list', '--term', '2026 Term 3', '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { term: string; projects: { project: string; open: number; quota: number; proposals: { number: number; title: string; url: string; author: string; labels: string[]; upstream: string; duplicates: number[] }[] }[] };
    assert.deepEqual(Object.keys(json), ['term', 'projects']);
    assert.equal(json.term, TERM);
    assert.deepEqual(json.projects.map((p) => [p.project, p.open, p.quota]), [['Jaeger', 5, 4], ['Argo', 1, 4], ['Kubernetes', 1, 8]]);
    const jaeger = json.projects[0].proposals;
    assert.equal(jaeger[0].author, 'jo-doe', 'mine first');
    assert.deepEqual(jaeger.map((p) => p.number), [1, 2, 3, 4, 5]);
    assert.deepEqual(jaeger[0], { number: 1, title: '[CNCF LFX Proposal] Jaeger Trace comparison', url: `${fake.origin}/cncf/mentoring/issues/1`, author: 'jo-doe', labels: ['lfx mentorship', 'Proposal', 'Validation Passed'], upstream: 'https://github.com/jaegertracing/jaeger-ui/issues/4242', duplicates: [2] });
    assert.deepEqual(jaeger[1].duplicates, [1]);
    assert.deepEqual(jaeger[2].duplicates, []);
    const lists = tracker.requests('GET').filter((q) => q.path.startsWith('/repos/cncf/mentoring/issues?'));
    assert.ok(lists.length >= 5, `followed every page (${lists.length} requests)`);
    for (const q of lists) assert.match(q.path, /labels=lfx(%20|\+)mentorship%2CProposal/);
    for (const q of fake.requests) assert.equal(q.headers.authorization, `Bearer ${TOKEN}`);
  });

  test('list --mine --project, and the text format', async () => {
    const mine = await cli('proposals', 'list', '--mine', '--term', TERM, '--format', 'json');
    assert.equal(mine.code, 0, mine.err);
    const json = JSON.parse(mine.out) as { projects: { project: string; open: number; proposals: { number: number }[] }[] };
    assert.deepEqual(json.projects.map((p) => [p.project, p.open, p.proposals.map((q) => q.number)]), [['Jaeger', 5, [1, 2]]], 'jo-doe filed #1 and is a co-mentor of #2');
    const text = await cli('proposals', 'list', '--term', '2026 term 3', '--project', 'kubernetes');
    assert.equal(text.code, 0, text.err);
    assert.match(text.out, /^2026 Term 3 \(Sep-Nov\): 1 open proposal in cncf\/mentoring\n\nKubernetes: 1 of 8\n  #6 \[CNCF LFX Proposal\] Kubernetes Scheduler docs \[Validation Passed\] by @fay\n/);
    const over = await cli('proposals', 'list', '--term', TERM, '--project', 'Jaeger');
    assert.match(over.out, /Jaeger: 5 of 4 \(over quota\)/);
    assert.match(over.out, /upstream https:\/\/github.com\/jaegertracing\/jaeger-ui\/issues\/4242 \(also on #2\)/);
  });

  test('list without a token works (public repository), of the newest term proposed when none is named; --mine then says what it needs', async () => {
    const r = await gh.run(['proposals', 'list', '--config', gh.config, '--format', 'json'], gh.env(''), gh.dir);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { term: string; projects: { project: string; open: number }[] };
    assert.equal(json.term, '2027 Term 1 (Mar-May)');
    assert.deepEqual(json.projects.map((p) => [p.project, p.open]), [['Jaeger', 1]]);
    const mine = await gh.run(['proposals', 'list', '--config', gh.config, '--mine'], gh.env(''), gh.dir);
    assert.equal(mine.code, 2);
    assert.match(mine.err, /--mine needs GITHUB_TOKEN/);
  });

  test('pull writes NUMBER.proposal.md; push of an edited body sends one PATCH', async () => {
    const r = await cli('proposals', 'pull', `${fake.origin}/cncf/mentoring/issues/3`);
    assert.equal(r.code, 0, r.err);
    const file = join(gh.dir, '3.proposal.md');
    assert.equal(r.out, '3.proposal.md\n');
    const text = readFileSync(file, 'utf8');
    assert.equal(text, tracker.issues.get(3)!.body, 'the file holds the body as GitHub has it, and nothing else');
    const edited = text.replace('Build sampling view for Jaeger.', 'Build a sampling view for Jaeger, with adaptive sampling.');
    writeFileSync(file, edited);
    const push = await cli('proposals', 'push', '3.proposal.md');
    assert.equal(push.code, 0, push.err);
    assert.equal(patches(), 1);
    const sent = JSON.parse(tracker.requests('PATCH')[0].body) as { body: string };
    assert.deepEqual(Object.keys(sent), ['body'], 'only the body is written');
    assert.equal(tracker.issues.get(3)!.body, sent.body);
    assert.equal(sent.body, edited, 'the file as edited');
  });

  test('the pushed body is one CNCF\'s validator accepts', { skip: oracleMissing }, () => {
    const issue = tracker.issues.get(3)!;
    assert.match(issue.body, /adaptive sampling/, 'the push above changed it');
    assert.deepEqual(cncfVerdicts([{ body: issue.body, title: issue.title }])[0].errors, []);
  });

  test('CNCF\'s bot relabels after the push (updated_at moves, the body stays): the next push is no conflict', async () => {
    tracker.setLabels(3, [...LABELS, 'Validation Passed', '2026']);
    const file = join(gh.dir, '3.proposal.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('It is built and documented.', 'It is built, tested and documented.'));
    const push = await cli('proposals', 'push', '3.proposal.md');
    assert.equal(push.code, 0, push.err);
    assert.equal(patches(), 1);
    assert.match(tracker.issues.get(3)!.body, /tested and documented/);
  });

  test('a push after someone else\'s edit on GitHub sends no PATCH and says why', async () => {
    tracker.editBody(3, tracker.issues.get(3)!.body.replace('Go, TypeScript', 'Go, TypeScript, Rust'));
    const file = join(gh.dir, '3.proposal.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Mentor 1 |', 'Second Mentor |'));
    const push = await cli('proposals', 'push', '3.proposal.md');
    assert.equal(push.code, 1);
    assert.equal(patches(), 0);
    assert.match(push.err, /Not saved: #3 was edited on GitHub since it was opened \(updated [^;]+; opened at [^)]+\), so saving would overwrite that edit/);
    assert.match(tracker.issues.get(3)!.body, /Go, TypeScript, Rust/, 'their edit stays');
    assert.match(readFileSync(file, 'utf8'), /Second Mentor/, 'and so does mine, in the file');
    const pull = await cli('proposals', 'pull', '3');
    assert.equal(pull.code, 2);
    assert.match(pull.err, /3\.proposal\.md exists and has changes not pushed: not overwritten/);
    const other = await cli('proposals', 'pull', '--out', '3.github.proposal.md', '3');
    assert.equal(other.code, 0, other.err);
    assert.match(readFileSync(join(gh.dir, '3.github.proposal.md'), 'utf8'), /Go, TypeScript, Rust/);
  });

  test('a PATCH whose answer is lost: pushing again finds it saved and sends none', async () => {
    await cli('proposals', 'pull', '--out', '4.proposal.md', '4');
    const file = join(gh.dir, '4.proposal.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Build query service', 'Build the query service'));
    fake.requests.length = 0;
    tracker.fault('PATCH', /\/issues\/4$/, { afterDoing: { drop: true } });
    const lost = await cli('proposals', 'push', '4.proposal.md');
    assert.equal(lost.code, 2);
    assert.match(lost.err, /Saving #4: GitHub could not be reached.*Saving again is safe/);
    assert.equal(patches(), 1);
    fake.requests.length = 0;
    const again = await cli('proposals', 'push', '4.proposal.md');
    assert.equal(again.code, 0, again.err);
    assert.equal(patches(), 0);
    assert.match(again.err, /already has this body; nothing pushed/);
  });

  test('a file not written by pull (no record of the issue beside it) is not pushed', async () => {
    writeFileSync(join(gh.dir, 'stray.proposal.md'), tracker.issues.get(6)!.body);
    const r = await cli('proposals', 'push', 'stray.proposal.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /stray\.proposal\.md has no record of the issue it was pulled from/);
    assert.equal(patches(), 0);
  });

  test('faults: 404, 500, malformed and a slow answer on pull degrade with a message; 401 on push writes nothing', async () => {
    let r = await cli('proposals', 'pull', '999');
    assert.equal(r.code, 2);
    assert.match(r.err, /Pulling cncf\/mentoring#999: not found on GitHub \(404\)/);
    tracker.fault('GET', /\/issues\/5$/, { status: 500, body: 'down' });
    r = await cli('proposals', 'pull', '5');
    assert.match(r.err, /GitHub error \(500\)/);
    tracker.fault('GET', /\/issues\/5$/, { body: '{"number": 5, "title"' });
    r = await cli('proposals', 'pull', '5');
    assert.match(r.err, /answer could not be read/);
    tracker.fault('GET', /\/issues\/5$/, { delayMs: 2500, body: {} });
    r = await cli('proposals', 'pull', '5');
    assert.match(r.err, /did not answer within 1 s/);
    assert.ok(!existsSync(join(gh.dir, '5.proposal.md')));
    await cli('proposals', 'pull', '5');
    const file = join(gh.dir, '5.proposal.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Storage v2', 'Storage v3'));
    fake.requests.length = 0;
    tracker.fault('PATCH', /\/issues\/5$/, { status: 401, body: { message: 'Bad credentials' } });
    r = await cli('proposals', 'push', '5.proposal.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /rejected the token \(401\)/);
    assert.match(tracker.issues.get(5)!.body, /Storage v2/);
  });

  test('list: a 403 rate limit says until when', async () => {
    const reset = Math.floor(Date.now() / 1000) + 1200;
    tracker.fault('GET', /\/issues\?/, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded' } });
    const r = await cli('proposals', 'list');
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`Listing the open proposals of cncf/mentoring: GitHub's rate limit is used up until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC`));
  });
});
