import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { FakeGitHub, issueJson, type FakeAnswer } from '../support/fakeGitHub';
import { ideaEntry } from '../support/entries';

const URI = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May/project_ideas.md';
const TOKEN = 'ghp_FAKEtoken0123456789abcdefFAKE';
const EDITOR_TOKEN = 'gho_EDITORtoken9876543210zyxwEDIT';
const TTL_MS = 400;
const TIMEOUT_MS = 500;

function ideasFile(urls: string[]): string {
  const ideas = urls.map((url, i) => ideaEntry(`Idea number ${i}`, url));
  return `## Proposed Project ideas\n\n### Jaeger\n\n${ideas.join('\n')}`;
}

function positionOf(text: string, url: string): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(url));
  assert.ok(line >= 0, `${url} is in the document`);
  return { line, character: lines[line].indexOf(url) + 10 };
}

function serverEnv(token?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MENTORSHIP_IDEAS_GITHUB_TTL_MS: String(TTL_MS), MENTORSHIP_IDEAS_GITHUB_TIMEOUT_MS: String(TIMEOUT_MS) };
  delete env.GITHUB_TOKEN;
  if (token) env.GITHUB_TOKEN = token;
  return env;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A server under test, pointed at the fake GitHub through the apiUrl setting, with one ideas file open. */
class Session {
  readonly client: LspClient;
  readonly hovers: string[] = [];
  text = '';

  constructor(
    readonly fake: FakeGitHub,
    token?: string,
  ) {
    this.client = new LspClient(serverEnv(token));
  }

  async start(urls: string[]): Promise<void> {
    const settings = { github: { apiUrl: this.fake.origin } };
    // Also at initialize, so that no hover can run before the setting is known.
    await this.client.initialize({ settings, initializationOptions: { settings } });
    this.text = ideasFile(urls);
    await this.client.open(URI, this.text);
  }

  async hover(url: string): Promise<Hover | null> {
    const result = await this.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: positionOf(this.text, url) });
    if (result) this.hovers.push((result.contents as MarkupContent).value);
    return result;
  }

  async hoverText(url: string): Promise<string> {
    const result = await this.hover(url);
    assert.ok(result, `a hover for ${url}`);
    const contents = result.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    return contents.value;
  }

  /** The server still answers requests. */
  async assertAlive(): Promise<void> {
    const symbols = await this.client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
  }
}

describe('upstream hovers, signed in through GITHUB_TOKEN', () => {
  const fake = new FakeGitHub();
  const other = new FakeGitHub();
  let s: Session;
  const web = (path: string) => `${fake.origin}/acme/widgets/${path}`;
  const api = (path: string) => `/repos/acme/widgets/${path}`;
  let urls: Record<string, string>;

  before(async () => {
    await fake.start();
    await other.start();
    urls = {
      open: web('issues/1'),
      completed: web('issues/2'),
      notPlanned: web('issues/3'),
      merged: web('pull/4'),
      discussion: web('discussions/5'),
      missing: web('issues/6'),
      unauthorized: web('issues/7'),
      serverError: web('issues/8'),
      malformed: web('issues/9'),
      hang: web('issues/10'),
      huge: web('issues/11'),
      html: web('issues/12'),
      slow: web('issues/13'),
      slowShared: web('issues/14'),
      githubCom: 'https://github.com/acme/widgets/issues/15',
      otherHost: `${other.origin}/acme/widgets/issues/16`,
      moved: web('issues/17'),
      redirectedAway: web('issues/19'),
    };
    s = new Session(fake, TOKEN);
    await s.start(Object.values(urls));
  });

  after(async () => {
    try {
      assert.ok(fake.requests.length > 0);
      for (const r of fake.requests) assert.equal(r.headers.authorization, `Bearer ${TOKEN}`, `the token went with ${r.path}`);
      assert.equal(other.requests.length, 0, 'nothing was sent to another host');
      for (const h of s.hovers) assert.ok(!h.includes(TOKEN), 'no hover shows the token');
      assert.ok(!s.client.stderr.includes(TOKEN), 'the token is not logged');
      await s.assertAlive();
    } finally {
      await s.client.shutdown();
      await fake.stop();
      await other.stop();
    }
  });

  test('an open issue: title, state, labels, author, dates, comments, body and a link; 200 with an ETag, then 304 after the time to live', async () => {
    let revalidation: string | undefined;
    fake.route(api('issues/1'), (req): FakeAnswer => {
      revalidation = req.headers['if-none-match'] as string | undefined;
      if (revalidation === '"v1"') return { status: 304, headers: { etag: '"v1"' } };
      return {
        headers: { etag: '"v1"', 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) },
        body: issueJson({ title: 'Compare two traces', labels: ['good first issue', 'lfx-mentorship'], user: 'octo-cat', comments: 3, body: 'We want a diff view.\n\nSecond paragraph.' }),
      };
    });
    const first = await s.hover(urls.open);
    const text = (first!.contents as MarkupContent).value;
    const line = positionOf(s.text, urls.open).line;
    assert.deepEqual(first!.range, { start: { line, character: s.text.split('\n')[line].indexOf(urls.open) }, end: { line, character: s.text.split('\n')[line].indexOf(urls.open) + urls.open.length } });
    assert.match(text, /acme\/widgets#1/);
    assert.match(text, /Compare two traces/);
    assert.match(text, /\*\*open\*\*/);
    assert.match(text, /good first issue, lfx-mentorship/);
    assert.match(text, /Opened by @octo-cat on 2025-01-02/);
    assert.match(text, /updated 2025-02-03/);
    assert.match(text, /3 comments/);
    assert.match(text, /We want a diff view\./);
    assert.ok(text.includes(`[Open on GitHub](${urls.open})`));
    assert.doesNotMatch(text, /Not signed in/);
    assert.equal(fake.count(api('issues/1')), 1);

    assert.equal(await s.hoverText(urls.open), text, 'within the time to live: from the cache');
    assert.equal(fake.count(api('issues/1')), 1);

    await sleep(TTL_MS + 100);
    assert.equal(await s.hoverText(urls.open), text, 'revalidated: the cached preview');
    assert.equal(fake.count(api('issues/1')), 2);
    assert.equal(revalidation, '"v1"', 'the second request sent If-None-Match');
  });

  test('closed issues say how they were closed: completed, not planned', async () => {
    fake.route(api('issues/2'), { body: issueJson({ number: 2, title: 'Done thing', state: 'closed', state_reason: 'completed' }) });
    fake.route(api('issues/3'), { body: issueJson({ number: 3, title: 'Dropped thing', state: 'closed', state_reason: 'not_planned' }) });
    assert.match(await s.hoverText(urls.completed), /\*\*closed as completed\*\*/);
    assert.match(await s.hoverText(urls.notPlanned), /\*\*closed as not planned\*\*/);
    assert.equal(fake.count(api('issues/2')), 1);
    assert.equal(fake.count(api('issues/3')), 1);
  });

  test('a merged pull request and a discussion', async () => {
    fake.route(api('pulls/4'), { body: { ...issueJson({ number: 4, title: 'Add the thing', state: 'closed' }), merged: true, merged_at: '2025-03-01T00:00:00Z', draft: false } });
    fake.route(api('discussions/5'), { body: issueJson({ number: 5, title: 'Ideas for the roadmap', comments: 1 }) });
    const pr = await s.hoverText(urls.merged);
    assert.match(pr, /pull request · \*\*merged\*\*/);
    assert.match(pr, /Add the thing/);
    const discussion = await s.hoverText(urls.discussion);
    assert.match(discussion, /discussion · \*\*open\*\*/);
    assert.match(discussion, /1 comment\b/);
    assert.equal(fake.count(api('pulls/4')), 1);
    assert.equal(fake.count(api('discussions/5')), 1);
  });

  test('404 and 401: owner/repo#number and one line why; the answer is cached', async () => {
    fake.route(api('issues/6'), { status: 404, body: { message: 'Not Found' } });
    fake.route(api('issues/7'), { status: 401, body: { message: 'Bad credentials' } });
    const missing = await s.hoverText(urls.missing);
    assert.match(missing, /acme\/widgets#6/);
    assert.match(missing, /No preview\. Not found/);
    assert.ok(missing.includes(`[Open on GitHub](${urls.missing})`));
    const denied = await s.hoverText(urls.unauthorized);
    assert.match(denied, /acme\/widgets#7/);
    assert.match(denied, /No preview\. No access: GitHub rejected the token \(401\)/);
    assert.doesNotMatch(denied, /Bad credentials/, "GitHub's own words are not shown");
    await s.hoverText(urls.missing);
    assert.equal(fake.count(api('issues/6')), 1);
    assert.equal(fake.count(api('issues/7')), 1);
    await s.assertAlive();
  });

  test('GitHub errors: a 500 (tried again on the next hover) and malformed JSON', async () => {
    fake.route(api('issues/8'), { status: 500, body: 'oops' });
    fake.route(api('issues/9'), { body: '{"title": "unfinished' });
    const failed = await s.hoverText(urls.serverError);
    assert.match(failed, /acme\/widgets#8/);
    assert.match(failed, /GitHub error \(500\)/);
    await s.hoverText(urls.serverError);
    assert.equal(fake.count(api('issues/8')), 2);
    const malformed = await s.hoverText(urls.malformed);
    assert.match(malformed, /acme\/widgets#9/);
    assert.match(malformed, /GitHub error: the answer was not a readable issue/);
    assert.equal(fake.count(api('issues/9')), 1);
    await s.assertAlive();
  });

  test('an answer that never comes: the hover returns within the timeout', async () => {
    fake.route(api('issues/10'), { hang: true });
    const started = Date.now();
    const text = await s.hoverText(urls.hang);
    const took = Date.now() - started;
    assert.ok(took >= TIMEOUT_MS - 50 && took < TIMEOUT_MS + 2500, `took ${took} ms`);
    assert.match(text, /acme\/widgets#10/);
    assert.match(text, /Timed out: GitHub did not answer within 500 ms/);
    assert.equal(fake.count(api('issues/10')), 1);
    await until(() => fake.requests.some((r) => r.path === api('issues/10') && r.aborted), 'the timed-out request to be closed');
    await s.assertAlive();
  });

  test('a huge body is shortened', async () => {
    const body = Array.from({ length: 20000 }, (_, i) => `Line ${i} of a very long description.`).join('\n');
    fake.route(api('issues/11'), { body: issueJson({ number: 11, title: 'Huge', body }) });
    const text = await s.hoverText(urls.huge);
    assert.ok(body.length > 500_000);
    assert.ok(text.length < 2000, `hover of ${text.length} characters`);
    assert.match(text, /Line 0 of a very long description\./);
    assert.doesNotMatch(text, /Line 100 /);
    assert.match(text, /shortened/);
    assert.equal(fake.count(api('issues/11')), 1);
  });

  test('HTML and command: links in the issue are not rendered', async () => {
    const body = [
      'Intro <img src=x onerror=alert(1)> text.',
      '<script>alert(document.cookie)</script>',
      '[run me](command:workbench.action.terminal.new) and <command:evil.thing>',
      '[ref link][r] and [safe](https://example.org/page)',
      '',
      '[r]: command:other.evil',
      '<details><summary>More</summary>hidden</details>',
    ].join('\n');
    fake.route(api('issues/12'), { body: issueJson({ number: 12, title: 'Title <script>alert(1)</script> [x](command:y)', body, labels: ['<b>bold</b>'] }) });
    const text = await s.hoverText(urls.html);
    assert.doesNotMatch(text, /<img|<script|<details|<b>|onerror=/i);
    assert.doesNotMatch(text, /command:/);
    assert.doesNotMatch(text, /\]\(command/);
    assert.match(text, /run me/);
    assert.match(text, /\[safe\]\(https:\/\/example\.org\/page\)/);
    assert.match(text, /Title &lt;script&gt;/);
  });

  test('concurrent hovers on one URL share one request; a cancelled hover aborts its request, unless another hover waits for it', async () => {
    fake.route(api('issues/13'), { delayMs: 300, body: issueJson({ number: 13, title: 'Slow one' }) });
    const params = { textDocument: { uri: URI }, position: positionOf(s.text, urls.slow) };
    const cancelled = new CancellationTokenSource();
    const lone = s.client.connection.sendRequest('textDocument/hover', params, cancelled.token).catch(() => null);
    await until(() => fake.count(api('issues/13')) === 1, 'the request to arrive');
    cancelled.cancel();
    const again = s.hoverText(urls.slow);
    assert.equal(await lone, null);
    assert.match(await again, /Slow one/, 'a hover right after a cancelled one gets its own request');
    assert.equal(fake.count(api('issues/13')), 2);
    assert.ok(fake.requests.find((r) => r.path === api('issues/13'))!.aborted, 'the cancelled request was aborted');

    fake.route(api('issues/14'), { delayMs: 300, body: issueJson({ number: 14, title: 'Shared one' }) });
    const sharedParams = { textDocument: { uri: URI }, position: positionOf(s.text, urls.slowShared) };
    const first = new CancellationTokenSource();
    // The kept hovers go first: the server takes requests in order, so they wait on the fetch before the cancel can abort it.
    const kept = Promise.all([s.hoverText(urls.slowShared), s.hoverText(urls.slowShared)]);
    const cancelledOne = s.client.connection.sendRequest('textDocument/hover', sharedParams, first.token).catch(() => null);
    await until(() => fake.count(api('issues/14')) === 1, 'the shared request to arrive');
    first.cancel();
    assert.equal(await cancelledOne, null);
    const [a, b] = await kept;
    assert.match(a, /Shared one/);
    assert.equal(a, b);
    assert.equal(fake.count(api('issues/14')), 1);
    assert.ok(!fake.requests.find((r) => r.path === api('issues/14'))!.aborted);
  });

  test('redirects are followed within the API host only: the token never leaves it', async () => {
    fake.route(api('issues/17'), { status: 301, headers: { location: `${fake.origin}${api('issues/18')}` } });
    fake.route(api('issues/18'), { body: issueJson({ number: 18, title: 'Moved here' }) });
    fake.route(api('issues/19'), { status: 302, headers: { location: `${other.origin}/steal` } });
    assert.match(await s.hoverText(urls.moved), /Moved here/);
    assert.equal(fake.count(api('issues/18')), 1);
    assert.match(await s.hoverText(urls.redirectedAway), /No preview\. GitHub error \(302\)/);
    assert.equal(other.requests.length, 0);
  });

  test('a github.com URL is looked up through the configured API; a URL of another host gets no preview and no request', async () => {
    fake.route(api('issues/15'), { body: issueJson({ number: 15, title: 'On github.com' }) });
    const text = await s.hoverText(urls.githubCom);
    assert.match(text, /On github\.com/);
    assert.ok(text.includes('[Open on GitHub](https://github.com/acme/widgets/issues/15)'));
    assert.equal(await s.hover(urls.otherHost), null);
    assert.equal(other.requests.length, 0);
  });
});

describe('upstream hovers without a token, and the rate limit', () => {
  const fake = new FakeGitHub();
  let s: Session;
  const web = (n: number) => `${fake.origin}/acme/gadgets/issues/${n}`;
  const api = (n: number) => `/repos/acme/gadgets/issues/${n}`;

  before(async () => {
    await fake.start();
    s = new Session(fake);
    await s.start([web(1), web(2), web(3)]);
  });

  after(async () => {
    try {
      for (const h of s.hovers) assert.ok(!h.includes(EDITOR_TOKEN));
      assert.ok(!s.client.stderr.includes(EDITOR_TOKEN));
      await s.assertAlive();
    } finally {
      await s.client.shutdown();
      await fake.stop();
    }
  });

  test('a public issue loads without a token, and the hover says signing in raises the limit', async () => {
    fake.route(api(1), { body: issueJson({ title: 'Public issue' }) });
    const text = await s.hoverText(web(1));
    assert.match(text, /Public issue/);
    assert.match(text, /Not signed in to GitHub: 60 requests an hour/);
    assert.match(text, /raise the limit/);
    assert.equal(fake.requests[0].headers.authorization, undefined);
  });

  test('403 with the rate limit used up: the hover says until when, and no request is sent until the reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    fake.route(api(2), { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded' } });
    fake.route(api(3), { body: issueJson({ title: 'Third' }) });
    const until = new Date(reset * 1000).toISOString().slice(11, 16);
    const text = await s.hoverText(web(2));
    assert.match(text, /acme\/gadgets#2/);
    assert.ok(text.includes(`Rate limited until ${until} UTC`), text);
    assert.match(text, /Sign in to GitHub to raise it/);
    const next = await s.hoverText(web(3));
    assert.ok(next.includes(`Rate limited until ${until} UTC`), next);
    assert.equal(fake.count(api(2)), 1);
    assert.equal(fake.count(api(3)), 0, 'held back until the reset');
    await s.assertAlive();
  });

  test("the editor's token (mentorshipIdeas/setGitHubToken) is used from then on, with a fresh rate limit", async () => {
    await s.client.connection.sendNotification('mentorshipIdeas/setGitHubToken', { token: EDITOR_TOKEN });
    await sleep(50);
    const text = await s.hoverText(web(3));
    assert.match(text, /Third/);
    assert.doesNotMatch(text, /Not signed in/);
    const sent = fake.requests.filter((r) => r.path === api(3));
    assert.equal(sent.length, 1);
    assert.equal(sent[0].headers.authorization, `Bearer ${EDITOR_TOKEN}`);
  });
});
