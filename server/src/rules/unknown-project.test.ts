import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer, type Diagnostic } from '../analysis/analyzer';
import { Catalog } from '../catalog/catalog';
import { fixAll } from '../features/codeActions';
import { defaultSettings } from '../settings';
import { corpusAvailable, termFiles } from '../../../test/support/corpus';
import { allRules } from './index';
import type { Fix } from './rule';
import { analyzeText } from './ruleTestKit';

const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

function ideasFile(project: string): string {
  return `## Proposed Project ideas

### ${project}

#### Faster startup

- Description: Make it start faster.
- Expected Outcome: It starts faster.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/example/example/issues/1
`;
}

function analyze(text: string, catalog = Catalog.bundled(), settings = defaultSettings()): Diagnostic[] {
  return analyzeText(text, URI, settings, catalog);
}

const of = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

/** Applies a fix, checks that it renamed the heading and nothing else, and that the diagnostic is gone and no other one changed. */
function assertFixes(text: string, fix: Fix, renamed: string, original: string): void {
  const fixed = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), fix.edits);
  assert.equal(fixed, text.replace(`### ${original}\n`, `### ${renamed}\n`));
  const after = analyze(fixed);
  assert.deepEqual(of(after, 'unknown-project'), []);
  const others = (ds: Diagnostic[]) => ds.filter((d) => d.code !== 'unknown-project').map((d) => [d.code, d.range.start.line]);
  assert.deepEqual(others(after), others(analyze(text)));
}

describe('unknown-project', () => {
  test('a misspelt project gets a warning on its heading and one preferred rename', () => {
    const text = ideasFile('Prometeus');
    const [d, ...rest] = of(analyze(text), 'unknown-project');
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 2);
    assert.equal(d.range.start.line, 2);
    assert.match(d.message, /"Prometeus" is not a CNCF project of the bundled catalog: did you mean "Prometheus"\?/);
    assert.equal(d.data?.fix?.preferred, true);
    assert.equal(d.data?.alternatives, undefined);
    assertFixes(text, d.data!.fix!, 'Prometheus', 'Prometeus');
  });

  test('several candidates: one quick fix each, none preferred, none for "Fix all"', () => {
    const text = ideasFile('SPIFFE/SPIRE');
    const [d] = of(analyze(text), 'unknown-project');
    assert.match(d.message, /did you mean "SPIFFE" or "SPIRE"\?/);
    assert.equal(d.data?.fix, undefined);
    assert.equal(fixAll(URI, [d]), undefined);
    const alternatives = d.data!.alternatives!;
    assert.deepEqual(alternatives.map((f) => f.title), ['Rename the project to "SPIFFE"', 'Rename the project to "SPIRE"']);
    assert.ok(alternatives.every((f) => !f.preferred));
    assertFixes(text, alternatives[0], 'SPIFFE', 'SPIFFE/SPIRE');
    assertFixes(text, alternatives[1], 'SPIRE', 'SPIFFE/SPIRE');
  });

  test('a sub-project suggests its parent project, without preferring the rename', () => {
    const [d] = of(analyze(ideasFile('Envoy Gateway')), 'unknown-project');
    assert.match(d.message, /did you mean "Envoy"\?/);
    assert.equal(d.data?.fix, undefined);
    assert.equal(d.data?.alternatives?.length, 1);
  });

  test('a name close to nothing says so, with no fix', () => {
    const [d] = of(analyze(ideasFile('Zebrafish Mesh')), 'unknown-project');
    assert.match(d.message, /"Zebrafish Mesh" is not a CNCF project of the bundled catalog: use the project's name/);
    assert.equal(d.data?.fix, undefined);
    assert.equal(d.data?.alternatives, undefined);
  });

  test('catalog names, loose spellings and headings without ideas pass', () => {
    for (const name of ['Jaeger', 'Open Policy Agent (OPA)', 'The Update Framework (TUF)', 'kgateway', 'WasmEdge', 'OPA']) {
      assert.deepEqual(of(analyze(ideasFile(name)), 'unknown-project'), [], name);
    }
    assert.deepEqual(of(analyze('## Proposed Project ideas\n\n### Timeline\n\nSome dates.\n'), 'unknown-project'), []);
  });

  test('the workspace catalog decides what is known', () => {
    const catalog = Catalog.fromYaml('- name: Zebrafish Mesh\n', undefined, 'workspace catalog (test)');
    assert.deepEqual(of(analyze(ideasFile('Zebrafish Mesh'), catalog), 'unknown-project'), []);
    assert.match(of(analyze(ideasFile('Jaeger'), catalog), 'unknown-project')[0].message, /of the workspace catalog \(test\)/);
  });

  test('turned off by setting or by an in-file comment', () => {
    const settings = defaultSettings();
    settings.rules['unknown-project'] = 'off';
    assert.deepEqual(of(analyze(ideasFile('Zebrafish Mesh'), Catalog.bundled(), settings), 'unknown-project'), []);
    const disabled = ideasFile('Zebrafish Mesh').replace('### ', '<!-- mentorship-ideas-disable-next-line unknown-project -->\n### ');
    assert.deepEqual(of(analyze(disabled), 'unknown-project'), []);
  });

  test('the exported 2026 Term 3 README, whose projects the automation checked against the catalog, has no unknown or loose name', { skip: !corpusAvailable() && 'corpus not found' }, () => {
    const file = termFiles().find((f) => f.name === '2026_03-Sep-Nov_README.md')!;
    const { doc, diagnostics } = new DocumentAnalyzer(allRules).analyze(`file:///corpus/${file.name}`, file.text, defaultSettings(), Catalog.bundled());
    assert.ok(doc.projects.length >= 20, `${doc.projects.length} projects`);
    assert.deepEqual([...of(diagnostics, 'unknown-project'), ...of(diagnostics, 'project-name')], []);
  });
});

