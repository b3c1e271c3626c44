import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Catalog } from './catalog';
import { matchProject, resolveProject } from './match';

const bundled = Catalog.bundled();

function describeMatch(catalog: Catalog, written: string): string {
  const m = matchProject(catalog, written);
  if (m.kind === 'exact') return `exact ${m.project.name}`;
  if (m.kind === 'loose') return `${m.reason} ${m.project.name}`;
  return `unknown [${m.suggestions.map((s) => `${s.kind} ${s.project.name}`).join(', ')}]`;
}

describe('project name matching', () => {
  test('exact names, markdown around them included', () => {
    assert.equal(describeMatch(bundled, 'Open Policy Agent (OPA)'), 'exact Open Policy Agent (OPA)');
    assert.equal(describeMatch(bundled, '**Jaeger**'), 'exact Jaeger');
    assert.equal(describeMatch(bundled, '[Jaeger](https://www.jaegertracing.io)'), 'exact Jaeger');
  });

  test('loose names with their reason', () => {
    assert.equal(describeMatch(bundled, 'Kube-burner'), 'exact Kube-burner');
    assert.equal(describeMatch(bundled, 'kube burner'), 'case Kube-burner');
    assert.equal(describeMatch(bundled, 'Prometheus (sample)'), 'parenthetical Prometheus');
    assert.equal(describeMatch(bundled, 'CNI'), 'acronym Container Network Interface (CNI)');
    assert.equal(describeMatch(bundled, 'Litmus Chaos'), 'alias Litmus');
    assert.equal(describeMatch(bundled, 'Copacetic'), 'alias Copa');
  });

  test('initials count only when written as such', () => {
    assert.equal(describeMatch(bundled, 'OCM'), 'acronym Open Cluster Management');
    assert.match(describeMatch(bundled, 'Ocm'), /^unknown/);
  });

  test('suggestions: typos first, then catalog names written inside the heading; none for a name close to nothing', () => {
    assert.equal(describeMatch(bundled, 'Kubernets'), 'unknown [typo Kubernetes]');
    assert.equal(describeMatch(bundled, 'Cilium/Tetragon'), 'unknown [part Cilium]');
    assert.equal(describeMatch(bundled, 'OPA Gatekeeper'), 'unknown [part Open Policy Agent (OPA)]');
    // A short name is one edit from many others: `Keptn` is not `kpt`.
    assert.equal(describeMatch(bundled, 'Keptn'), 'unknown []');
  });

  test('a workspace catalog brings its own names and forgets the bundled ones', () => {
    const catalog = Catalog.fromYaml('- name: Zebrafish Mesh\n  slug: zfm\n', undefined, 'workspace catalog (test)');
    assert.equal(resolveProject(catalog, 'zebrafish-mesh')?.name, 'Zebrafish Mesh');
    assert.equal(resolveProject(catalog, 'ZFM')?.name, 'Zebrafish Mesh');
    assert.equal(resolveProject(catalog, 'Jaeger'), undefined);
  });

  test('malformed automation files are refused with a message naming the file', () => {
    assert.throws(() => Catalog.fromYaml('- name: [', undefined, 'x'), /^Error: projects\.yml is not valid YAML/);
    assert.throws(() => Catalog.fromYaml('name: Jaeger\n', undefined, 'x'), /projects\.yml is not a list of projects/);
    assert.throws(() => Catalog.fromYaml('- slug: jaeger\n', undefined, 'x'), /projects\.yml lists no project with a name/);
    assert.throws(() => Catalog.fromYaml(undefined, '- 4\n', 'x'), /quotas\.yml is not a mapping/);
    assert.throws(() => Catalog.fromYaml(undefined, 'overrides: 3\n', 'x'), /quotas\.yml: overrides is not a mapping/);
  });
});
