import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIssueReference } from '../protocol';
import { nextPath, parseIssue, parseRepository } from './proposalIssues';

test('nextPath follows rel="next" only under the API base: the token never goes elsewhere', () => {
  const api = 'https://api.github.com';
  const link = '<https://api.github.com/repositories/1/issues?page=2>; rel="next", <https://api.github.com/repositories/1/issues?page=5>; rel="last"';
  assert.equal(nextPath(link, api), '/repositories/1/issues?page=2');
  assert.equal(nextPath('<https://api.github.com/x?page=1>; rel="prev"', api), undefined);
  assert.equal(nextPath('<https://evil.example/repos/x?page=2>; rel="next"', api), undefined);
  assert.equal(nextPath('<https://api.github.com.evil.example/x>; rel="next"', api), undefined);
  assert.equal(nextPath('<https://ghe.example/api/v3/repos/a/b/issues?page=2>; rel="next"', 'https://ghe.example/api/v3/'), '/repos/a/b/issues?page=2');
  assert.equal(nextPath(undefined, api), undefined);
});

test('parseRepository reads OWNER/NAME, a .git suffix and a repository URL; nothing else', () => {
  assert.deepEqual(parseRepository('cncf/mentoring'), { owner: 'cncf', name: 'mentoring' });
  assert.deepEqual(parseRepository('https://github.com/cncf/mentoring.git'), { owner: 'cncf', name: 'mentoring' });
  assert.equal(parseRepository('cncf'), undefined);
  assert.equal(parseRepository('cncf/mentoring/issues'), undefined);
  assert.equal(parseRepository('../etc/passwd'), undefined);
});

test('parseIssueReference takes a number, #number or an issue URL (with its repository)', () => {
  assert.deepEqual(parseIssueReference('42'), { number: 42 });
  assert.deepEqual(parseIssueReference('#42'), { number: 42 });
  assert.deepEqual(parseIssueReference('https://github.com/cncf/mentoring/issues/42#issuecomment-1'), { number: 42, repo: { owner: 'cncf', name: 'mentoring' } });
  assert.equal(parseIssueReference('https://github.com/cncf/mentoring/pull/42'), undefined);
  assert.equal(parseIssueReference('forty-two'), undefined);
});

test('parseIssue reads GitHub\'s issue JSON and refuses what is not one', () => {
  const issue = parseIssue({ number: 3, title: 'T', body: null, state: 'open', labels: [{ name: 'Proposal' }, 'lfx mentorship'], user: { login: 'jo' }, html_url: 'https://github.com/a/b/issues/3', updated_at: '2026-08-01T00:00:00Z' });
  assert.deepEqual(issue, { number: 3, title: 'T', url: 'https://github.com/a/b/issues/3', state: 'open', author: 'jo', labels: ['Proposal', 'lfx mentorship'], body: '', updatedAt: '2026-08-01T00:00:00Z', isPullRequest: false });
  assert.equal(parseIssue({ number: '3', title: 'T', state: 'open' }), undefined);
  assert.equal(parseIssue({ number: 3, title: 'T', state: 'merged' }), undefined);
  assert.equal(parseIssue([]), undefined);
  assert.equal(parseIssue({ number: 3, title: 'T', state: 'open', pull_request: {} })?.isPullRequest, true);
});
