import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentAnalyzer } from '../analysis/analyzer';
import { Catalog } from '../catalog/catalog';
import { defaultSettings } from '../settings';
import { corpusAvailable, termFiles } from '../../../test/support/corpus';
import { allRules } from './index';
import { applyFix, idea, ideasFile, lineOf, problems } from '../../../test/support/rules/structureRuleTestKit';

describe('heading-level', () => {
  test('an idea at ##### in a file of #### ideas: an error on its heading, fixed to ####', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison'), idea('Sampling dashboard', undefined, 5));
    const [d] = problems('heading-level', text);
    assert.equal(problems('heading-level', text).length, 1);
    assert.equal(d.severity, 1);
    assert.equal(d.range.start.line, lineOf(text, '##### Sampling dashboard'));
    assert.match(d.message, /"Sampling dashboard" is at level 5 \(`#####`\).*make it `#### Sampling dashboard`/);
    assert.equal(d.data?.fix?.preferred, true);
    const fixed = applyFix(text, d);
    assert.equal(fixed, text.replace('##### Sampling dashboard', '#### Sampling dashboard'));
  });

  test('an idea written at ### under its project is an error; the fix keeps the heading text as written', () => {
    const text = ideasFile('### Litmus\n', idea('Chaos hub', undefined, 4), idea('GitOps  for Azure', undefined, 3));
    const [d] = problems('heading-level', text);
    assert.equal(d.range.start.line, lineOf(text, '### GitOps  for Azure'));
    assert.equal(applyFix(text, d), text.replace('### GitOps  for Azure', '#### GitOps  for Azure'));
  });

  test('a sub-group of the project (a SIG, a sub-project) holds its ideas at ##### without error', () => {
    const text = ideasFile('### Kubernetes\n', idea('Kubeadm phases'), '#### SIG Node\n', idea('Node readiness metrics', undefined, 5), '### Jaeger\n', idea('Trace comparison'));
    assert.deepEqual(problems('heading-level', text), []);
  });

  test('a "sub-group" naming another CNCF project after the ideas of the one above is a project one level too deep', () => {
    const text = ideasFile('### KubeEdge\n', idea('Edge benchmarks'), '#### Meshery\n', idea('Distributed workflow engine', undefined, 5));
    const found = problems('heading-level', text);
    assert.deepEqual(
      found.map((d) => d.range.start.line),
      [lineOf(text, '#### Meshery'), lineOf(text, '##### Distributed workflow engine')],
    );
    assert.match(found[0].message, /Project heading "Meshery" is at level 4.*names a CNCF project of its own after the ideas of "KubeEdge".*make it `### Meshery`/);
    const fixed = applyFix(applyFix(text, found[0]), found[1]);
    assert.equal(fixed, text.replace('#### Meshery', '### Meshery').replace('##### Distributed', '#### Distributed'));
  });

  test('a #### heading over ##### ideas with no project above it is a project written too deep', () => {
    const text = ideasFile('#### Jaeger\n', idea('Trace comparison', undefined, 5), '### Thanos\n', idea('Query sharding'));
    const found = problems('heading-level', text);
    assert.deepEqual(found.map((d) => d.range.start.line), [lineOf(text, '#### Jaeger'), lineOf(text, '##### Trace comparison')]);
    assert.match(found[0].message, /^Project heading "Jaeger" is at level 4 \(`####`\), but no project heading is above it/);
  });

  test('a ## heading with an idea right under it is a project written too high', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison'), '## kgateway\n', idea('AI gateway observability'));
    const [d] = problems('heading-level', text);
    assert.equal(d.range.start.line, lineOf(text, '## kgateway'));
    assert.match(d.message, /Project heading "kgateway" is at level 2 \(`##`\).*make it `### kgateway`/);
    assert.equal(applyFix(text, d), text.replace('## kgateway', '### kgateway'));
  });

  test('a file in the 2020-2022 layout (#### project, ##### idea) gets one diagnostic, whose fix relevels every heading', () => {
    const text = ideasFile('#### Jaeger\n', idea('Trace comparison', undefined, 5), idea('Sampling dashboard', undefined, 5), '#### Thanos\n', idea('Query sharding', undefined, 5));
    const found = problems('heading-level', text);
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, lineOf(text, '#### Jaeger'));
    assert.match(found[0].message, /projects as `####` and its ideas as `#####`.*5 headings differ/);
    assert.notEqual(found[0].data?.fix?.preferred, true);
    const fixed = applyFix(text, found[0]);
    assert.equal(fixed, text.replace(/^#(#{3,4}) /gm, '$1 '));
  });

  test('a file whose only idea is at ##### under a ### project gets the per-heading error, not the older-layout one', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison', undefined, 5));
    const found = problems('heading-level', text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^Idea heading "Trace comparison" is at level 5/);
    assert.equal(applyFix(text, found[0]), text.replace('##### Trace', '#### Trace'));
  });

  test('a well-formed file has no heading-level diagnostic', () => {
    const text = ideasFile('### Jaeger\n', idea('Trace comparison'), idea('Sampling dashboard'), '### Thanos\n', idea('Query sharding'));
    assert.deepEqual(problems('heading-level', text), []);
  });

  test('real files in the older layout get at most one heading-level diagnostic each', { skip: !corpusAvailable() && 'corpus not found' }, () => {
    const old = termFiles().filter((f) => f.name < '2022_02');
    let files = 0;
    for (const file of old) {
      const analysis = new DocumentAnalyzer(allRules).analyze('file:///corpus/' + file.name, file.text, defaultSettings(), Catalog.bundled(), true);
      if (analysis.doc.ideaLevel === 4) continue;
      files++;
      assert.equal(analysis.diagnostics.filter((d) => d.code === 'heading-level').length, 1, file.name);
    }
    assert.ok(files >= 5, `${files} files in the older layout`);
  });
});
