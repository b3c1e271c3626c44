// A throw-away copy of test/e2e/fixtures/workspace whose settings point the
// extension at a fake GitHub REST API on 127.0.0.1, so the suite and the
// screenshots never touch the network or the committed fixture.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIXTURE = resolve(import.meta.dirname, '../../test/e2e/fixtures/workspace');
export const IDEAS_PATH = 'programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';
/** The folder name the workbench shows, as in a clone of cncf/mentoring. */
export const WORKSPACE_NAME = 'mentoring';

/** The issues the fake API knows; every other path is GitHub's 404. */
const ISSUES = {
  '/repos/jaegertracing/jaeger-ui/issues/4242': { title: 'Compare two traces side by side', state: 'open', user: 'ada-quill', labels: ['enhancement', 'lfx-mentorship'] },
  '/repos/jaegertracing/jaeger/issues/5151': { title: 'Show the sampling strategy of each service', state: 'open', user: 'cleo-vance', labels: ['help wanted'] },
  '/repos/falcosecurity/falco/issues/3131': { title: 'Lint community rules before publishing', state: 'closed', state_reason: 'completed', user: 'esme-rowe', labels: [] },
  // The term README's (programs/lfx-mentorship/2026/02-Jun-Aug/README.md).
  '/repos/jaegertracing/jaeger-ui/issues/4343': { title: 'Draw span links in the timeline', state: 'open', user: 'ada-quill', labels: ['lfx-mentorship'] },
  '/repos/jaegertracing/jaeger/issues/5252': { title: 'Service map without peer service', state: 'open', user: 'jo-park', labels: [] },
  '/repos/kubernetes-sigs/headlamp/issues/7001': { title: 'Batch queue plugin', state: 'open', user: 'cleo-vance', labels: ['plugin'] },
  '/repos/kubernetes-sigs/headlamp/issues/7002': { title: 'Bare metal provisioning plugin', state: 'open', user: 'finn-aldo', labels: ['plugin'] },
  '/repos/kubernetes-sigs/node-readiness-controller/issues/81': { title: 'Per-rule metrics', state: 'open', user: 'gus-hale', labels: [] },
  '/repos/falcosecurity/falco/issues/3232': { title: 'Rule coverage report', state: 'open', user: 'ivo-lund', labels: [] },
  '/repos/falcosecurity/falcoctl/issues/640': { title: 'Verify plugin signatures', state: 'open', user: 'kai-moss', labels: [] },
};

function issueJson(path, issue) {
  const [, owner, repo, , number] = path.split('/').slice(1);
  return {
    url: `https://api.github.com${path}`,
    html_url: `https://github.com/${owner}/${repo}/issues/${number}`,
    number: Number(number),
    title: issue.title,
    state: issue.state,
    state_reason: issue.state_reason ?? null,
    user: { login: issue.user },
    labels: issue.labels.map((name) => ({ name })),
    comments: 3,
    created_at: '2025-11-02T09:00:00Z',
    updated_at: '2026-01-15T17:30:00Z',
    body: `Invented issue for the mentorship-ideas end-to-end suite: ${issue.title.toLowerCase()}.`,
  };
}

/** Starts the fake GitHub API; `requests` lists the paths it was asked for. */
export async function startFakeGitHub() {
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const issue = ISSUES[path];
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('x-ratelimit-remaining', '4999');
    if (req.method === 'GET' && issue) {
      res.end(JSON.stringify(issueJson(path, issue)));
    } else {
      res.statusCode = 404;
      res.end(JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }));
    }
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  server.unref();
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, requests, close: () => new Promise((done) => server.close(done)) };
}

/** Copies the fixture workspace to a temporary folder and points its settings at a fresh fake GitHub. */
export async function prepareWorkspace() {
  const parent = mkdtempSync(join(tmpdir(), 'mentorship-ideas-e2e-'));
  const dir = join(parent, WORKSPACE_NAME);
  cpSync(FIXTURE, dir, { recursive: true });
  const gitHub = await startFakeGitHub();
  const settingsFile = join(dir, '.vscode', 'settings.json');
  const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
  settings['mentorshipIdeas.github.apiUrl'] = gitHub.url;
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2) + '\n');
  return {
    dir,
    ideasFile: join(dir, IDEAS_PATH),
    gitHub,
    async dispose() {
      await gitHub.close();
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
