import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/cli.js');
const EXAMPLE = resolve(__dirname, '../../examples/project_ideas.md');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CLEAN = `### Jaeger

#### A title

- Description: d
- Expected Outcome: o
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1
`;

test('check --format json: the documented shape, 1-based positions, exit 1 on errors', () => {
  const r = run('check', '--format', 'json', EXAMPLE);
  assert.equal(r.code, 1, r.err);
  const json = JSON.parse(r.out) as { files: { path: string; diagnostics: Record<string, unknown>[] }[] };
  assert.equal(json.files[0].path, EXAMPLE);
  const d = json.files[0].diagnostics.find((x) => x.code === 'missing-field')!;
  assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity']);
  assert.equal(d.severity, 'error');
  assert.equal(d.line, 43);
  assert.equal(d.column, 1);
});

test('check exits 0 on a clean file and prints GitHub workflow commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
  writeFileSync(join(dir, 'project_ideas.md'), CLEAN);
  assert.equal(run('check', join(dir, 'project_ideas.md')).code, 0);
  const gh = run('check', '--format', 'github', EXAMPLE);
  assert.match(gh.out, /^::error file=.*project_ideas\.md,line=43,col=1,endLine=43,endColumn=\d+,title=missing-field::Idea/m);
});

test('a directory means every ideas file below it; other Markdown is skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'a', 'project_ideas.md'), CLEAN.replace('- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1\n', ''));
  writeFileSync(join(dir, 'notes.md'), '# Notes\n');
  const r = run('check', '--format', 'json', dir);
  const json = JSON.parse(r.out) as { files: { path: string }[] };
  assert.deepEqual(json.files.map((f) => f.path), [join(dir, 'a', 'project_ideas.md')]);
  assert.equal(r.code, 1);
});

test('missing files, bad options and bad config exit 2 with a message naming the problem', () => {
  const missing = run('check', '/nonexistent/project_ideas.md');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /\/nonexistent\/project_ideas\.md/);
  assert.equal(run('check', '--format', 'xml', EXAMPLE).code, 2);
  assert.equal(run('frobnicate').code, 2);
  const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
  writeFileSync(join(dir, 'c.json'), '{ not json');
  const bad = run('check', '--config', join(dir, 'c.json'), EXAMPLE);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /c\.json/);
  assert.equal(run('outline', '/nonexistent.md').code, 2);
});

test('--config turns a rule off', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ mentorshipIdeas: { rules: { 'missing-field': 'off' } } }));
  const r = run('check', '--format', 'json', '--config', join(dir, 'c.json'), EXAMPLE);
  const json = JSON.parse(r.out) as { files: { diagnostics: { code: string }[] }[] };
  assert.ok(!json.files[0].diagnostics.some((d) => d.code === 'missing-field'));
});

test('outline --format json: projects, ideas and fields with 1-based lines', () => {
  const r = run('outline', '--format', 'json', EXAMPLE);
  assert.equal(r.code, 0);
  const tree = JSON.parse(r.out) as { name: string; kind: string; line: number; children: { name: string; kind: string; line: number; children: { kind: string; name: string }[] }[] }[];
  assert.deepEqual(tree.map((p) => [p.name, p.kind, p.line]), [['Jaeger', 'project', 26], ['WasmEdge', 'project', 52]]);
  assert.deepEqual(tree[0].children.map((i) => [i.kind, i.line]), [['idea', 28], ['idea', 43]]);
  assert.equal(tree[0].children[0].children[3].name, 'Mentor(s)');
  assert.equal(run('outline', EXAMPLE).out.split('\n')[0].trim(), '26  Jaeger');
});

test('outline --format json: an idea under a sub-project stays a child of its project, named by group', () => {
  const readme = resolve(__dirname, '../e2e/fixtures/workspace/programs/lfx-mentorship/2026/02-Jun-Aug/README.md');
  const r = run('outline', '--format', 'json', readme);
  assert.equal(r.code, 0, r.err);
  const tree = JSON.parse(r.out) as { name: string; kind: string; children: { name: string; kind: string; line: number; group?: string }[] }[];
  const kubernetes = tree.find((p) => p.name === 'Kubernetes')!;
  assert.deepEqual(kubernetes.children.map((i) => [i.kind, i.line, i.group]), [['idea', 39, 'Headlamp'], ['idea', 52, 'Headlamp'], ['idea', 66, 'SIG Node']]);
  assert.ok(tree.every((p) => p.children.every((c) => c.kind === 'idea')));
  assert.match(run('outline', readme).out, /^ {3}37 {4}Headlamp$/m);
});

test('run inside a clone of cncf/mentoring, check uses its automation project list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mi-cli-'));
  mkdirSync(join(dir, 'programs/lfx-mentorship/automation'), { recursive: true });
  writeFileSync(join(dir, 'programs/lfx-mentorship/automation/projects.yml'), '- name: Zeppelin Mesh\n  slug: zeppelinmesh\n  maturity: sandbox\n');
  const file = join(dir, 'project_ideas.md');
  writeFileSync(file, CLEAN.replace('### Jaeger', '### Zeppelin Mesh'));
  const codes = (cwd: string) => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8', cwd });
    return (JSON.parse(r.stdout) as { files: { diagnostics: { code: string }[] }[] }).files[0].diagnostics.map((d) => d.code);
  };
  assert.ok(!codes(dir).includes('unknown-project'));
  assert.ok(codes(tmpdir()).includes('unknown-project'));
});
