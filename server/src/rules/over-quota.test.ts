import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from '../analysis/analyzer';
import { Catalog } from '../catalog/catalog';
import { defaultSettings, type Settings } from '../settings';
import { analyzeText } from './ruleTestKit';

const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

let issue = 0;
function idea(title: string): string {
  return `#### ${title}

- Description: Do it.
- Expected Outcome: Done.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/example/example/issues/${++issue}
`;
}

/** A file of `### project` sections, each with that many ideas. */
function ideasFile(...projects: [name: string, ideas: number][]): string {
  let text = '## Proposed Project ideas\n';
  for (const [name, count] of projects) {
    text += `\n### ${name}\n`;
    for (let i = 1; i <= count; i++) text += '\n' + idea(`${name} idea ${i}`);
  }
  return text;
}

function quotaProblems(text: string, catalog = Catalog.bundled(), settings: Settings = defaultSettings(), uri = URI): Diagnostic[] {
  return analyzeText(text, uri, settings, catalog).filter((d) => d.code === 'over-quota');
}

const lineOf = (text: string, line: string) => text.split('\n').indexOf(line);

describe('over-quota', () => {
  test('four ideas for a project pass; a fifth is a warning on its project heading', () => {
    assert.deepEqual(quotaProblems(ideasFile(['Jaeger', 4], ['Envoy', 2])), []);
    const text = ideasFile(['Jaeger', 5], ['Envoy', 2]);
    const [d, ...rest] = quotaProblems(text);
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 2);
    assert.equal(d.range.start.line, lineOf(text, '### Jaeger'));
    assert.equal(d.data, undefined);
    assert.match(d.message, /^Project "Jaeger" has 5 ideas in this file, over its quota of 4 per term \(quotas\.yml, bundled catalog\): keep the 4 most important/);
  });

  test('Kubernetes has a quota of 8', () => {
    assert.deepEqual(quotaProblems(ideasFile(['Kubernetes', 8])), []);
    assert.match(quotaProblems(ideasFile(['Kubernetes', 9]))[0].message, /^Project "Kubernetes" has 9 ideas in this file, over its quota of 8/);
  });

  test('headings naming the same project loosely count together; the heading with the first idea over gets it', () => {
    const text = ideasFile(['WasmEdge', 3], ['Envoy', 1], ['WasmEdge Runtime', 2]);
    const problems = quotaProblems(text);
    assert.deepEqual(problems.map((d) => d.range.start.line), [lineOf(text, '### WasmEdge Runtime')]);
    assert.match(problems[0].message, /^Project "WasmEdge Runtime" has 5 ideas/);
  });

  test('the workspace quotas.yml sets the quotas', () => {
    const catalog = Catalog.fromYaml(undefined, 'default_per_project_per_term: 2\noverrides:\n  jaegertracing: 3\n', 'workspace catalog (test)');
    assert.deepEqual(quotaProblems(ideasFile(['Jaeger', 3], ['Envoy', 2]), catalog), []);
    const problems = quotaProblems(ideasFile(['Jaeger', 4], ['Envoy', 3]), catalog);
    assert.deepEqual(problems.map((d) => d.message.split(':')[0]), ['Project "Jaeger" has 4 ideas in this file, over its quota of 3 per term (quotas.yml, workspace catalog (test))', 'Project "Envoy" has 3 ideas in this file, over its quota of 2 per term (quotas.yml, workspace catalog (test))']);
  });

  test('a published term README lists accepted programs, not proposals: no quota there', () => {
    const text = ideasFile(['Jaeger', 6], ['Kubernetes', 9]).replace('## Proposed Project ideas', '## Accepted Projects');
    assert.equal(quotaProblems(text).length, 2);
    for (const uri of ['file:///ws/programs/lfx-mentorship/2026/02-Jun-Aug/README.md', 'file:///ws/programs/lfx-mentorship/2025/01-Mar-May/readme.md']) {
      assert.deepEqual(quotaProblems(text, Catalog.bundled(), defaultSettings(), uri), [], uri);
    }
  });

  test('turned off by setting or by an in-file comment', () => {
    const settings = defaultSettings();
    settings.rules['over-quota'] = 'off';
    assert.deepEqual(quotaProblems(ideasFile(['Jaeger', 6]), Catalog.bundled(), settings), []);
    assert.deepEqual(quotaProblems(`<!-- mentorship-ideas-disable over-quota -->\n${ideasFile(['Jaeger', 6])}`), []);
  });
});
