import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUpstreamUrl, webOrigin } from './url';

const DOTCOM = 'https://api.github.com';

test('issue, pull request and discussion URLs on github.com, with what may follow the number', () => {
  assert.deepEqual(parseUpstreamUrl('https://github.com/cncf/mentoring/issues/1200', DOTCOM), {
    kind: 'issue',
    owner: 'cncf',
    repo: 'mentoring',
    number: 1200,
    webUrl: 'https://github.com/cncf/mentoring/issues/1200',
    apiPath: '/repos/cncf/mentoring/issues/1200',
  });
  assert.equal(parseUpstreamUrl('https://www.github.com/a/b.js/pull/7/files#diff', DOTCOM)?.apiPath, '/repos/a/b.js/pulls/7');
  assert.equal(parseUpstreamUrl('http://github.com/a/b/issues/3#issuecomment-1', DOTCOM)?.webUrl, 'https://github.com/a/b/issues/3');
  assert.equal(parseUpstreamUrl('https://github.com/a/b/discussions/9?sort=new', DOTCOM)?.apiPath, '/repos/a/b/discussions/9');
});

test('searches, boards, repositories and other hosts are not upstream items', () => {
  for (const url of [
    'https://github.com/a/b/issues?q=is%3Aopen+label%3Alfx',
    'https://github.com/orgs/a/projects/1',
    'https://github.com/a/b',
    'https://github.com/a/b/issues/0',
    'https://gitlab.com/a/b/-/issues/1',
    'https://github.com.evil.example/a/b/issues/1',
    'javascript:alert(1)//github.com/a/b/issues/1',
    'not a url',
  ]) {
    assert.equal(parseUpstreamUrl(url, DOTCOM), undefined, url);
  }
});

test('GitHub Enterprise: https://HOST/api/v3 serves https://HOST, and github.com URLs still count', () => {
  const ghe = 'https://git.example.com/api/v3';
  assert.equal(webOrigin(ghe), 'https://git.example.com');
  assert.equal(webOrigin(DOTCOM), 'https://github.com');
  assert.equal(webOrigin('http://127.0.0.1:8123'), 'http://127.0.0.1:8123');
  assert.equal(parseUpstreamUrl('https://git.example.com/team/tool/issues/4', ghe)?.webUrl, 'https://git.example.com/team/tool/issues/4');
  assert.equal(parseUpstreamUrl('https://git.example.com/team/tool/issues/4', DOTCOM), undefined);
  assert.equal(parseUpstreamUrl('https://github.com/team/tool/issues/4', ghe)?.apiPath, '/repos/team/tool/issues/4');
  assert.equal(parseUpstreamUrl('http://127.0.0.1:8123/a/b/issues/2', 'http://127.0.0.1:8123/api/v3')?.webUrl, 'http://127.0.0.1:8123/a/b/issues/2');
});
