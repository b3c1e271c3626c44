import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../analysis/diagnostic';
import { defaultSettings } from '../settings';
import { analyzeText } from '../../../test/support/rules/ruleTestKit';

const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

function ideasFile(project: string): string {
  return `## Proposed Project ideas

### ${project}

#### Better docs

- Description: Write better docs.
- Expected Outcome: Better docs.
- Recommended Skills: Markdown
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/example/example/issues/2
`;
}

function analyze(text: string, settings = defaultSettings()): Diagnostic[] {
  return analyzeText(text, URI, settings);
}

const of = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

describe('project-name', () => {
  const loose: [written: string, canonical: string, why: RegExp][] = [
    ['kgateway', 'Kgateway', /written differently/],
    ['Headlamp (a Kubernetes UI)', 'Headlamp', /with a different parenthetical/],
    ['Open Policy Agent', 'Open Policy Agent (OPA)', /with a different parenthetical/],
    ['OPA', 'Open Policy Agent (OPA)', /as its short name/],
    ['TUF', 'The Update Framework (TUF)', /as its short name/],
    ['WasmEdge', 'WasmEdge Runtime', /under another name/],
    ['LitmusChaos', 'Litmus', /under another name/],
    ['Cloud Native Buildpacks', 'Buildpacks', /under another name/],
  ];
  for (const [written, canonical, why] of loose) {
    test(`"${written}" is an info with a preferred rename to "${canonical}"`, () => {
      const text = ideasFile(written);
      const before = analyze(text);
      const [d, ...rest] = of(before, 'project-name');
      assert.equal(rest.length, 0);
      assert.equal(d.severity, 3);
      assert.equal(d.range.start.line, 2);
      assert.ok(d.message.startsWith(`Project "${written}" names the CNCF project "${canonical}" `), d.message);
      assert.match(d.message, why);
      assert.deepEqual(of(before, 'unknown-project'), []);
      const fix = d.data!.fix!;
      assert.equal(fix.preferred, true);
      const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), fix.edits);
      assert.equal(fixed, ideasFile(canonical));
      const after = analyze(fixed);
      assert.deepEqual(of(after, 'project-name'), []);
      const others = (ds: Diagnostic[]) => ds.filter((x) => x.code !== 'project-name').map((x) => [x.code, x.range.start.line]);
      assert.deepEqual(others(after), others(before));
    });
  }

  test('exact catalog names pass, a parenthetical that is the catalog\'s own included', () => {
    for (const name of ['Jaeger', 'Open Policy Agent (OPA)', 'The Update Framework (TUF)', 'CDK for Kubernetes (CDK8s)', 'WasmEdge Runtime']) {
      assert.deepEqual(of(analyze(ideasFile(name)), 'project-name'), [], name);
    }
  });

  test('an unknown project is unknown-project\'s, not this rule\'s', () => {
    assert.deepEqual(of(analyze(ideasFile('Zebrafish Mesh')), 'project-name'), []);
  });

  test('turned off by setting or by an in-file comment', () => {
    const settings = defaultSettings();
    settings.rules['project-name'] = 'off';
    assert.deepEqual(of(analyze(ideasFile('kgateway'), settings), 'project-name'), []);
    const disabled = `<!-- mentorship-ideas-disable project-name -->\n${ideasFile('kgateway')}`;
    assert.deepEqual(of(analyze(disabled), 'project-name'), []);
  });
});
