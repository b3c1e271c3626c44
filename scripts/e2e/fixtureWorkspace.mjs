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
  // The GSoC list's (programs/summerofcode/2026.md).
  '/repos/jaegertracing/jaeger/issues/6161': { title: 'Simulate sampling strategies on recorded traffic', state: 'open', user: 'gale-marsh', labels: ['gsoc'] },
  '/repos/falcosecurity/falco/issues/3232': { title: 'Report which syscalls the default rules cover', state: 'open', user: 'kit-noor', labels: ['gsoc'] },
  // The term README's (programs/lfx-mentorship/2026/02-Jun-Aug/README.md).
  '/repos/jaegertracing/jaeger-ui/issues/4343': { title: 'Draw span links in the timeline', state: 'open', user: 'ada-quill', labels: ['lfx-mentorship'] },
  '/repos/jaegertracing/jaeger/issues/5252': { title: 'Service map without peer service', state: 'open', user: 'jo-park', labels: [] },
  '/repos/kubernetes-sigs/headlamp/issues/7001': { title: 'Batch queue plugin', state: 'open', user: 'cleo-vance', labels: ['plugin'] },
  '/repos/kubernetes-sigs/headlamp/issues/7002': { title: 'Bare metal provisioning plugin', state: 'open', user: 'finn-aldo', labels: ['plugin'] },
  '/repos/kubernetes-sigs/node-readiness-controller/issues/81': { title: 'Per-rule metrics', state: 'open', user: 'gus-hale', labels: [] },
  '/repos/falcosecurity/falco/issues/3232': { title: 'Rule coverage report', state: 'open', user: 'ivo-lund', labels: [] },
  '/repos/falcosecurity/falcoctl/issues/640': { title: 'Verify plugin signatures', state: 'open', user: 'kai-moss', labels: [] },
};

/** What api.github.com answers a browser's preflight and cross-origin requests with. */
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'Authorization, Accept, Content-Type, If-None-Match, X-GitHub-Api-Version, User-Agent',
  'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
  'access-control-expose-headers': 'ETag, Link, Location, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset',
  'access-control-max-age': '86400',
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

const FORM = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../server/src/proposal/form.generated.json'), 'utf8'));
const TERM = '2026 Term 3 (Sep-Nov)';
const PROPOSAL_LABELS = ['lfx mentorship', 'Proposal'];

/** A proposal body as the issue form writes it. */
function proposalBody({ project, name, mentors, upstream }) {
  const description = `## Description\n\n${name}: an invented proposal for the end-to-end suite of mentorship-ideas.\n\n## Expected outcomes\n\n- A merged pull request with tests\n- A short write-up for the project blog`;
  const values = { cncf_project: project, term: TERM, program_name: name, program_description: description, technologies: 'Go, TypeScript', mentors: mentors.join('\n'), upstream_issue_url: upstream };
  return FORM.fields
    .map((f) => `### ${f.label}\n\n${f.type === 'checkboxes' ? f.options.map((o) => `- [${o.startsWith('Yes') || o === 'Resume' ? 'X' : ' '}] ${o}`).join('\n') : values[f.id] || '_No response_'}`)
    .join('\n\n');
}

/** The term's open proposals in cncf/mentoring (invented people); #102 failed CNCF's validation, #103 shares #101's upstream issue. */
const PROPOSALS = [
  { number: 101, project: 'Jaeger', name: 'Trace comparison view', author: 'ada-quill', verdict: 'Validation Passed', upstream: 'https://github.com/jaegertracing/jaeger-ui/issues/4242', mentors: ['Ada Quill | @ada-quill | ada.quill@example.org | adaquill', 'Bram Okafor | @bram-okafor | bram.okafor@example.org | bramokafor'] },
  { number: 102, project: 'Jaeger', name: 'Sampling strategies dashboard', author: 'cleo-vance', verdict: 'Validation Failed', upstream: 'https://github.com/jaegertracing/jaeger/issues/5151', mentors: ['Cleo Vance | @cleo-vance | cleo.vance@example.org | cleovance', 'Dario Lind | @dario-lind | dario.lind@example.org |'] },
  { number: 103, project: 'Jaeger', name: 'Span search by attribute', author: 'fen-ito', verdict: 'Needs Validation', upstream: 'https://www.github.com/jaegertracing/jaeger-ui/issues/4242/', mentors: ['Fen Ito | @fen-ito | fen.ito@example.org | fenito', 'Gil Moss | @gil-moss | gil.moss@example.org | gilmoss'] },
  { number: 104, project: 'Jaeger', name: 'Storage v2 migration guide', author: 'hana-berg', verdict: 'Validation Passed', upstream: 'https://github.com/jaegertracing/jaeger/issues/6001', mentors: ['Hana Berg | @hana-berg | hana.berg@example.org | hanaberg', 'Ivo Petrov | @ivo-petrov | ivo.petrov@example.org | ivopetrov'] },
  { number: 105, project: 'Jaeger', name: 'Trace quality report', author: 'jun-park', verdict: 'Validation Passed', upstream: 'https://github.com/jaegertracing/jaeger/issues/6002', mentors: ['Jun Park | @jun-park | jun.park@example.org | junpark', 'Kai Sato | @kai-sato | kai.sato@example.org | kaisato'] },
  { number: 106, project: 'Falco', name: 'Rule linter for the plugin registry', author: 'esme-rowe', verdict: 'Validation Passed', upstream: 'https://github.com/falcosecurity/falco/issues/3131', mentors: ['Esme Rowe | @esme-rowe | esme.rowe@example.org | esmerowe', 'Luca Bianchi | @luca-bianchi | luca.bianchi@example.org | lucabianchi'] },
];

const VALIDATION_FAILED = [
  '## 🤖 LFX Proposal Validation',
  '',
  '❌ **1 issue(s) found — please edit to fix:**',
  '',
  "- Mentor 2: LFID (LF Username) is missing. You can add it later by editing this issue, but every mentor's LFID is required before the proposal can pass validation and be added to LFX.",
  '',
  '---',
  '_Re-run by editing the issue._',
].join('\n');

/** Starts the fake GitHub API: the upstream issues, and cncf/mentoring's proposal issues (list, get, edit, comments); `requests` lists the paths it was asked for. */
export async function startFakeGitHub() {
  const requests = [];
  let clock = Date.parse('2026-08-01T09:00:00Z');
  const tick = () => new Date((clock += 60_000)).toISOString().replace('.000Z', 'Z');
  const proposals = new Map(
    PROPOSALS.map((p) => [p.number, { ...p, title: `[CNCF LFX Proposal] ${p.project} ${p.name}`, body: proposalBody(p), labels: [...PROPOSAL_LABELS, p.verdict], updatedAt: tick() }]),
  );
  const proposalJson = (origin, p) => ({
    number: p.number,
    title: p.title,
    body: p.body,
    state: 'open',
    user: { login: p.author },
    labels: p.labels.map((name) => ({ name })),
    html_url: `https://github.com/cncf/mentoring/issues/${p.number}`,
    created_at: '2026-07-20T10:00:00Z',
    updated_at: p.updatedAt,
    comments: p.verdict === 'Needs Validation' ? 0 : 1,
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    // As api.github.com, it answers a browser's cross-origin requests (the web extension's fetch).
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      res.end();
      return;
    }
    requests.push(path);
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const send = (status, json) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('x-ratelimit-remaining', '4999');
        res.end(JSON.stringify(json));
      };
      const issue = ISSUES[path];
      const proposal = /^\/repos\/cncf\/mentoring\/issues\/(\d+)(\/comments)?$/.exec(path);
      const p = proposal && proposals.get(Number(proposal[1]));
      if (req.method === 'GET' && issue) return send(200, issueJson(path, issue));
      if (req.method === 'GET' && path === '/repos/cncf/mentoring/issues') {
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        return send(200, [...proposals.values()].filter((x) => labels.every((l) => x.labels.includes(l))).map((x) => proposalJson(url.origin, x)));
      }
      if (p && proposal[2] && req.method === 'GET') {
        return send(200, p.verdict === 'Needs Validation' ? [] : [{ id: p.number, user: { login: 'github-actions[bot]' }, body: p.verdict === 'Validation Failed' ? VALIDATION_FAILED : '## 🤖 LFX Proposal Validation\n\n✅ **All checks passed.**', created_at: '2026-07-20T10:05:00Z', updated_at: '2026-07-20T10:05:00Z' }]);
      }
      if (p && req.method === 'GET') return send(200, proposalJson(url.origin, p));
      if (p && req.method === 'PATCH') {
        const sent = JSON.parse(body || '{}');
        if (typeof sent.body === 'string') p.body = sent.body;
        p.updatedAt = tick();
        return send(200, proposalJson(url.origin, p));
      }
      send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    });
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  server.unref();
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, requests, close: () => new Promise((done) => server.close(done)) };
}

/** Copies the fixture workspace to a temporary folder and points its settings at a fresh fake GitHub; `settings` are added to them. */
export async function prepareWorkspace(settings = {}) {
  const parent = mkdtempSync(join(tmpdir(), 'mentorship-ideas-e2e-'));
  const dir = join(parent, WORKSPACE_NAME);
  cpSync(FIXTURE, dir, { recursive: true });
  const gitHub = await startFakeGitHub();
  const settingsFile = join(dir, '.vscode', 'settings.json');
  const workspaceSettings = { ...JSON.parse(readFileSync(settingsFile, 'utf8')), ...settings, 'mentorshipIdeas.github.apiUrl': gitHub.url };
  writeFileSync(settingsFile, JSON.stringify(workspaceSettings, null, 2) + '\n');
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
