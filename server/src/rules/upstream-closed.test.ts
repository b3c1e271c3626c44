import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentAnalyzer, runAsyncRules } from '../analysis/analyzer';
import { Catalog } from '../catalog/catalog';
import { GitHubAccess } from '../github/access';
import { defaultSettings, type Settings } from '../settings';
import { FakeGitHub, issueJson } from '../../../test/support/fakeGitHub';
import { ideaEntry } from '../../../test/support/entries';
import { URI } from '../../../test/support/rules/ruleTestKit';
import { allRules } from '.';

describe('upstream-closed', () => {
  const fake = new FakeGitHub();
  const web = (n: number) => `${fake.origin}/acme/widgets/issues/${n}`;
  const api = (n: number) => `/repos/acme/widgets/issues/${n}`;
  let settings: Settings;
  let github: GitHubAccess;

  before(async () => {
    await fake.start();
    fake.route(api(1), { body: issueJson({ number: 1 }) });
    fake.route(api(2), { body: issueJson({ number: 2, state: 'closed', state_reason: 'not_planned' }) });
    fake.route(api(3), { status: 404, body: { message: 'Not Found' } });
    fake.route(api(4), { body: issueJson({ number: 4, state: 'closed' }) });
    fake.route(api(5), { status: 502, body: 'Bad gateway' });
    settings = { ...defaultSettings(), github: { ...defaultSettings().github, apiUrl: fake.origin, checkUpstreamIssues: true } };
    github = new GitHubAccess({ apiUrl: () => fake.origin, fetch, now: Date.now });
  });
  after(() => fake.stop());

  const textOf = () => `### Jaeger\n\n${[
    ideaEntry('Open', web(1)),
    ideaEntry('Closed', web(2)),
    ideaEntry('Missing', web(3)),
    ideaEntry('Disabled here', web(4), '<!-- mentorship-ideas-disable-next-line upstream-closed -->\n'),
    ideaEntry('Erroring', web(5)),
  ].join('\n')}`;
  const line = (d: { range: { start: { line: number } } }) => textOf().split('\n')[d.range.start.line];
  const analysis = () => new DocumentAnalyzer(allRules).analyze(URI, textOf(), settings, Catalog.bundled());

  test('reports the closed and the missing issue on their Upstream Issue line, asks each link once, and not where the rule is disabled', async () => {
    const notes: string[] = [];
    const run = runAsyncRules(allRules, analysis(), settings, Catalog.bundled(), { github, error: assert.fail, note: (n) => notes.push(n) })!;
    assert.deepEqual(run.known, [], 'nothing is known before GitHub was asked');
    const found = await run.check();
    assert.deepEqual(
      found.map((d) => [line(d), d.severity, d.code]),
      [
        [`- Upstream Issue: ${web(2)}`, 3, 'upstream-closed'],
        [`- Upstream Issue: ${web(3)}`, 3, 'upstream-closed'],
      ],
    );
    assert.match(found[0].message, /^Upstream issue acme\/widgets#2 is closed as not planned/);
    assert.match(found[1].message, /^Upstream issue acme\/widgets#3 was not found on GitHub/);
    assert.deepEqual(notes, ['acme/widgets#5 not checked: GitHub error (502); try again later.']);
    for (const n of [1, 2, 3, 5]) assert.equal(fake.count(api(n)), 1, `#${n} asked once`);
    assert.equal(fake.count(api(4)), 0);
  });

  test('what GitHub told comes at once with the next run; a server error is not asked again within the time to live', async () => {
    const run = runAsyncRules(allRules, analysis(), settings, Catalog.bundled(), { github, error: assert.fail })!;
    assert.deepEqual(
      run.known.map(line),
      [`- Upstream Issue: ${web(2)}`, `- Upstream Issue: ${web(3)}`],
    );
    assert.deepEqual(await run.check(), run.known);
    assert.equal(fake.count(api(5)), 1);
  });

  test('off unless checkUpstreamIssues is on, and with its severity off', () => {
    const off = { ...settings, github: { ...settings.github, checkUpstreamIssues: false } };
    assert.equal(runAsyncRules(allRules, analysis(), off, Catalog.bundled(), { github, error: assert.fail }), undefined);
    const silenced = { ...settings, rules: { 'upstream-closed': 'off' as const } };
    assert.equal(runAsyncRules(allRules, analysis(), silenced, Catalog.bundled(), { github, error: assert.fail }), undefined);
  });
});
