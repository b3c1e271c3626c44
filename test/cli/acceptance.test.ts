import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/cli.js');
const FILE = 'programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

function check(fixture: string) {
  const path = resolve(__dirname, '../fixtures', fixture, FILE);
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', path], { encoding: 'utf8' });
  const diagnostics = (JSON.parse(r.stdout) as { files: { diagnostics: { code: string; line: number; severity: string }[] }[] }).files[0].diagnostics;
  return { code: r.status, diagnostics, lines: readFileSync(path, 'utf8').split('\n') };
}

test('entries written in the accepted variations get no error or warning', () => {
  // Aliases, bold labels, a description continued as a nested list or an indented blockquote, a Markdown link
  // as the upstream URL, discussion and issue-search URLs, LFX URL and Technologies, a note after a mentor,
  // a project name whose parenthetical is the catalog's own.
  const { code, diagnostics } = check('accepted');
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning'), []);
  assert.equal(code, 0);
});

test('each planted defect comes out with its rule code on the line the rule catalog names', () => {
  const { code, diagnostics, lines } = check('planted');
  assert.equal(code, 1);
  const at = (code: string, text: string) => diagnostics.some((d) => d.code === code && lines[d.line - 1].includes(text));
  const expected: [string, string][] = [
    ['idea-outside-project', '#### Orphan idea'],
    ['duplicate-idea-title', '#### good  ONE'],
    ['empty-field', '- Description:'],
    ['unknown-field', '- Recommend Skills'],
    ['missing-field', '#### good  ONE'],
    ['too-many-mentors', '- Mentor(s):'],
    ['mentor-email', 'jo.example.org'],
    ['mentor-handle', '@-al-'],
    ['mentor-format', 'Cy Dee'],
    ['mentor-duplicate', 'jo2@example.org'],
    ['upstream-multiple', 'issues/2 and'],
    ['upstream-duplicate', 'issues/2 and'],
    ['duplicate-field', '- Expected Outcome: twice'],
    ['heading-level', '##### Misleveled idea'],
    ['few-mentors', 'Mentor(s): Solo Person'],
    ['upstream-url', 'Upstream Issue: TBD'],
    ['unknown-project', '### Kubernets'],
    ['placeholder', 'Mentor Name (@mentor_github'],
    ['empty-project', '### Empty Project'],
    ['project-name', '### WasmEdge'],
    ['title-too-long', '#### An extremely long'],
  ];
  for (const [rule, text] of expected) assert.ok(at(rule, text), `${rule} on the line with "${text}"`);
});

function checkFile(fixture: string, file: string) {
  const path = resolve(__dirname, '../fixtures', fixture, file);
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', path], { encoding: 'utf8' });
  const [result] = (JSON.parse(r.stdout) as { files: { kind: string; diagnostics: { code: string; line: number; severity: string }[] }[] }).files;
  return { code: r.status, kind: result.kind, diagnostics: result.diagnostics, lines: readFileSync(path, 'utf8').split('\n') };
}

test('a GSoC list and a proposal document written in the accepted variations get no error or warning', () => {
  // GSoC: sizes as the lists write them (Large (350 hour project), 175h, the template's form, bold labels), primary marks
  // (- primary, - Primary Mentor, (primary)), Difficulty, Stretch goals, Expected outcome, Mentors, Upstream Issue, a TOC.
  // Proposal: e-mails as a mailto link and in angle brackets (CNCF unwraps them), a custom prerequisite within its limits.
  for (const [file, kind] of [['programs/summerofcode/2026.md', 'gsoc'], ['proposals/trace-replay.proposal.md', 'proposal']]) {
    const r = checkFile('accepted', file);
    assert.equal(r.kind, kind);
    assert.deepEqual(r.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning'), [], file);
    assert.equal(r.code, 0, file);
  }
});

test('each defect planted in a GSoC list and a proposal document comes out with its rule code on its line', () => {
  const cases: [string, [string, string][]][] = [
    [
      'programs/summerofcode/2026.md',
      [
        ['few-mentors', '- Mentor(s):'],
        ['primary-mentor', '- Mentor(s):'],
        ['project-size', '##### No size at all'],
        ['project-size', '- Expected project size: 250 hours'],
      ],
    ],
    [
      'proposals/form-defects.proposal.md',
      [
        ['proposal-term', 'Fall 2026'],
        ['proposal-skills', '- [ ] Yes, the required skills'],
        ['mentor-lfid', 'Ann Vale | @ann-vale'],
        ['mentor-handle', 'bo-lind'],
        ['prerequisite', '_No response_'],
      ],
    ],
  ];
  for (const [file, expected] of cases) {
    const { code, diagnostics, lines } = checkFile('planted', file);
    assert.equal(code, 1, file);
    for (const [rule, text] of expected) assert.ok(diagnostics.some((d) => d.code === rule && lines[d.line - 1].includes(text)), `${file}: ${rule} on the line with "${text}"`);
    // The empty Coding Challenge URL: on its `_No response_` value, under its heading.
    if (file.endsWith('.proposal.md')) assert.equal(lines[diagnostics.find((d) => d.code === 'prerequisite')!.line - 3], '### Coding Challenge URL');
  }
});
