import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GitHubClient } from '../../server/src/github/client';
import { getIssue, listOpenIssues } from '../../server/src/github/proposalIssues';
import { FakeGitHub, issueJson } from '../support/fakeGitHub';

const fake = new FakeGitHub();
before(() => fake.start());
after(() => fake.stop());

test('an API that leaves out html_url or ignores the filters: the page URL is built from the API\'s web host, and the filters hold', async () => {
  const { html_url: _, ...bare } = issueJson({ number: 7, labels: ['lfx mentorship', 'Proposal'] });
  fake.route('/repos/cncf/mentoring/issues/7', { body: bare });
  // Every open issue, whatever was asked: a pull request, an unlabelled issue, a closed one.
  fake.route('/repos/cncf/mentoring/issues?state=open&labels=lfx%20mentorship%2CProposal&per_page=100', {
    body: [bare, issueJson({ number: 8 }), issueJson({ number: 9, state: 'closed', labels: ['lfx mentorship', 'Proposal'] }), issueJson({ number: 10, labels: ['LFX Mentorship', 'proposal'], pull_request: {} })],
  });
  const client = new GitHubClient({ apiUrl: () => fake.origin, token: () => undefined, fetch });
  const issue = await getIssue(client, { owner: 'cncf', name: 'mentoring' }, 7);
  assert.ok(issue.ok);
  assert.equal(issue.data.url, `${fake.origin}/cncf/mentoring/issues/7`);
  const list = await listOpenIssues(client, { owner: 'cncf', name: 'mentoring' }, { labels: ['lfx mentorship', 'Proposal'] });
  assert.ok(list.ok);
  assert.deepEqual(list.data.map((i) => i.number), [7]);
});
