import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const IDEAS = `## Proposed Project ideas

### Jaeger

#### Trace comparison

- Description: Compare two traces.
- Expected Outcome: A diff view.
- Recommended Skills: Go, React
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1

#### Span search

- Description: Search spans by attribute. ${'More words. '.repeat(700)}
- Expected Outcome: A search box.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/2
`;

function ideasFile(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'propose-')), 'programs', 'lfx-mentorship', '2026', '03-Sep-Nov');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'project_ideas.md');
  writeFileSync(file, IDEAS);
  return file;
}

test('propose FILE:LINE prints the prefilled form URL of the idea at that line; LFIDs come from --lfid', () => {
  const file = ideasFile();
  const r = run('propose', '--lfid', '@jo-doe=jodoe', `${file}:9`);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 1);
  const url = new URL(lines[0]);
  assert.equal(url.searchParams.get('template'), 'lfx-program-proposal.yml');
  assert.equal(url.searchParams.get('cncf_project'), 'Jaeger');
  assert.equal(url.searchParams.get('term'), '2026 Term 3 (Sep-Nov)');
  assert.equal(url.searchParams.get('program_name'), 'Trace comparison');
  assert.equal(url.searchParams.get('program_description'), 'Compare two traces.\n\n## Expected outcomes\n\nA diff view.');
  assert.equal(url.searchParams.get('mentors'), 'Jo Doe | @jo-doe | jo@example.org | jodoe\nAl Bee | @al-bee | al@example.org |');
  assert.equal(url.searchParams.get('upstream_issue_url'), 'https://github.com/jaegertracing/jaeger/issues/1');
  assert.match(r.err, /no LFID for @al-bee/);
});

test('propose FILE covers every idea; an idea whose URL is too long for a browser gets its issue body instead, with a note', () => {
  const r = run('propose', ideasFile());
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^https:\/\/github\.com\/cncf\/mentoring\/issues\/new\?template=lfx-program-proposal\.yml&.*program_name=Trace%20comparison.*\n### CNCF Project\n\nJaeger\n\n### Term\n\n2026 Term 3 \(Sep-Nov\)\n\n### Program Name\n\nSpan search\n/s);
  assert.match(r.err, /the prefilled URL for "Span search" is \d+ characters, over the 8000 a browser takes: printing the issue body/);
});

test('propose: usage and I/O problems exit 2', () => {
  assert.equal(run('propose').code, 2);
  assert.match(run('propose', '--lfid', 'nobody', ideasFile()).err, /--lfid takes @handle=LFID/);
  const missing = run('propose', '/nonexistent/project_ideas.md:3');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read \/nonexistent\/project_ideas\.md: no such file/);
  const between = run('propose', `${ideasFile()}:1`);
  assert.equal(between.code, 2);
  assert.match(between.err, /no idea at .*project_ideas\.md:1/);
});

test('propose --format json gives each proposal with its path, 1-based heading line, title, URL, body and what the form would reject', () => {
  const file = ideasFile();
  const r = run('propose', '--format', 'json', '--lfid', '@jo-doe=jodoe', file);
  assert.equal(r.code, 0, r.err);
  const { proposals } = JSON.parse(r.out) as { proposals: { path: string; line: number; title: string; url: string; body: string; problems: { code: string; line: number; message: string }[] }[] };
  assert.deepEqual(proposals.map((p) => [p.path, p.line, p.title]), [
    [file, 5, '[CNCF LFX Proposal] Jaeger Trace comparison'],
    [file, 15, '[CNCF LFX Proposal] Jaeger Span search'],
  ]);
  assert.equal(new URL(proposals[0].url).searchParams.get('program_name'), 'Trace comparison');
  assert.match(proposals[0].body, /^### CNCF Project\n\nJaeger\n\n### Term\n\n2026 Term 3 \(Sep-Nov\)\n/);
  assert.deepEqual(proposals[0].problems.map((p) => [p.code, p.line]), [['lfid-missing', 5]]);
  assert.match(proposals[0].problems[0].message, /@al-bee/);
  // The second description is over CNCF's 3000 characters: the diagnostic comes with it.
  assert.ok(proposals[1].problems.some((p) => p.code === 'description-too-long' && p.line === 17), JSON.stringify(proposals[1].problems));
  assert.equal(run('propose', '--format', 'yaml', file).code, 2);
});

test('several bodies are each preceded by a separator line naming the idea', () => {
  const file = ideasFile();
  const r = run('propose', '--body', file);
  assert.equal(r.code, 0, r.err);
  const separators = r.out.split('\n').filter((l) => l.startsWith('====='));
  assert.deepEqual(separators, [`===== Trace comparison (${file}:5) =====`, `===== Span search (${file}:15) =====`]);
  assert.equal(r.out.split('### CNCF Project').length - 1, 2);
  // One idea: its body alone, as the form takes it.
  assert.match(run('propose', '--body', `${file}:5`).out, /^### CNCF Project\n/);
});

test('a closed pipe ends propose quietly', () => {
  // Far more output than a pipe buffers, so the writes after `head` exits fail.
  const file = ideasFile();
  writeFileSync(file, IDEAS + IDEAS.slice(IDEAS.indexOf('#### ')).repeat(100));
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" propose --body "${file}" | head -c 10 >/dev/null`], { encoding: 'utf8' });
  assert.equal(r.stderr.includes('EPIPE'), false, r.stderr);
  assert.equal(r.stderr.includes('Error'), false, r.stderr);
});
