import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { proposalText } from '../support/rules/proposalTestKit';
import { gsocFile, gsocIdea } from '../support/rules/gsocRuleTestKit';

const CLI = resolve(__dirname, '../../dist/cli.js');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A folder with one file of each kind, as cncf/mentoring lays them out, and a draft proposal. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mi-kinds-'));
  const put = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('programs/summerofcode/2026.md', gsocFile(2026, gsocIdea('Trace replay'), gsocIdea('No size', { size: '', issue: 5 })));
  put('programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md', '## Proposed Project ideas\n\n### Jaeger\n\n#### A title\n\n- Description: d\n- Expected Outcome: o\n- Recommended Skills: Go\n- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)\n  - Al Bee (@al-bee, al@example.org)\n- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1\n');
  put('drafts/replay.proposal.md', proposalText({ Mentors: 'Jane Doe | @jane-doe | jane@example.org' }));
  put('notes.md', '# Notes\n\nNothing here.\n');
  return dir;
}

test('check --format json names the kind of each file, and checks each by its kind', () => {
  const dir = workspace();
  const r = run('check', '--format', 'json', dir);
  assert.equal(r.code, 1, r.err);
  const files = (JSON.parse(r.out) as { files: { path: string; kind: string; diagnostics: { code: string }[] }[] }).files;
  const byPath = Object.fromEntries(files.map((f) => [f.path.slice(dir.length + 1), f]));
  assert.deepEqual(Object.keys(byPath).sort(), ['drafts/replay.proposal.md', 'programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md', 'programs/summerofcode/2026.md']);
  assert.equal(byPath['programs/summerofcode/2026.md'].kind, 'gsoc');
  assert.deepEqual(byPath['programs/summerofcode/2026.md'].diagnostics.map((d) => d.code), ['project-size']);
  assert.equal(byPath['drafts/replay.proposal.md'].kind, 'proposal');
  assert.deepEqual(byPath['drafts/replay.proposal.md'].diagnostics.map((d) => d.code), ['mentor-lfid']);
  assert.equal(byPath['programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md'].kind, 'lfx');
});

test('outline works on every kind: a GSoC list by its projects and ideas, a proposal by its form', () => {
  const dir = workspace();
  const gsoc = JSON.parse(run('outline', '--format', 'json', join(dir, 'programs/summerofcode/2026.md')).out) as { name: string; kind: string; line: number; children: { name: string; kind: string }[] }[];
  assert.deepEqual(gsoc.map((p) => [p.name, p.kind, p.children.map((c) => c.name)]), [['Jaeger', 'project', ['Trace replay', 'No size']]]);
  const proposal = JSON.parse(run('outline', '--format', 'json', join(dir, 'drafts/replay.proposal.md')).out) as { name: string; kind: string; line: number; children: { name: string; kind: string; line: number; children: { name: string }[] }[] }[];
  assert.equal(proposal[0].name, 'Jaeger');
  assert.equal(proposal[0].children[0].name, 'Trace replay');
  assert.equal(proposal[0].children[0].children.length, 15, 'every section of the form');
  const text = run('outline', join(dir, 'drafts/replay.proposal.md'));
  assert.equal(text.code, 0);
  assert.match(text.out, /Trace replay  \[CNCF Project, Term, Program Name, Description, Technologies,/);
});

test('propose on a proposal document prints the document as the issue body', () => {
  const dir = workspace();
  const path = join(dir, 'drafts/replay.proposal.md');
  const r = run('propose', '--format', 'json', path);
  assert.equal(r.code, 0, r.err);
  const [p] = (JSON.parse(r.out) as { proposals: { title: string; body: string; problems: { code: string }[] }[] }).proposals;
  assert.equal(p.title, '[CNCF LFX Proposal] Jaeger Trace replay');
  assert.equal(p.body, proposalText({ Mentors: 'Jane Doe | @jane-doe | jane@example.org' }));
  assert.deepEqual(p.problems.map((x) => x.code), ['mentor-lfid']);
});
