import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { githubSlug, headingAnchors, headingPlainText, Slugger } from './anchors';

describe('GitHub heading anchors', () => {
  test('lower case, punctuation dropped, each space a hyphen (never collapsed)', () => {
    assert.equal(githubSlug('Harbor CLI: Bubbletea v2 TUI Refactor'), 'harbor-cli-bubbletea-v2-tui-refactor');
    assert.equal(githubSlug('Security & Compliance'), 'security--compliance');
    assert.equal(githubSlug('AXI - Making mesheryctl Agent-Native'), 'axi---making-mesheryctl-agent-native');
    assert.equal(githubSlug('Phase 2 - Self-Service "Skills" Framework'), 'phase-2---self-service-skills-framework');
    assert.equal(githubSlug('WASM/WASI, etc.'), 'wasmwasi-etc');
    assert.equal(githubSlug('C++ (and C#)?'), 'c-and-c');
  });

  test('letters of any script, digits and `_` stay; emoji, symbols and typographic quotes go', () => {
    assert.equal(githubSlug('Über Café'), 'über-café');
    assert.equal(githubSlug('日本語 ドキュメント'), '日本語-ドキュメント');
    assert.equal(githubSlug('snake_case names'), 'snake_case-names');
    assert.equal(githubSlug('🚀 Launch ✨'), '-launch-');
    assert.equal(githubSlug('Vitess’ benchmarking – tools'), 'vitess-benchmarking--tools');
    assert.equal(githubSlug('x² ≤ 10 €'), 'x--10-');
  });

  test('repeats get -1, -2 counted per anchor', () => {
    const s = new Slugger();
    assert.deepEqual(['Headlamp', 'Intro', 'Headlamp', 'headlamp', 'Intro'].map((t) => s.slug(t)), ['headlamp', 'intro', 'headlamp-1', 'headlamp-2', 'intro-1']);
  });

  test('the text GitHub renders: link text, code, emphasis content; no HTML, images or URLs; entities and escapes decoded', () => {
    assert.equal(headingPlainText('[Headlamp](https://headlamp.dev) UI'), 'Headlamp UI');
    assert.equal(headingPlainText('Use `ko_build` and __bold__ words'), 'Use ko_build and bold words');
    assert.equal(headingPlainText('Docs <img src="x.png"> &amp; site\\_map'), 'Docs  & site_map');
    assert.equal(githubSlug(headingPlainText('Docs <img src="x.png"> &amp; site\\_map')), 'docs---site_map');
  });

  test('anchors of a document are handed out in heading order over every heading', () => {
    const anchors = headingAnchors([
      { level: 2, text: 'Projects', line: 3, role: 'other' },
      { level: 3, text: 'Projects', line: 5, role: 'project' },
      { level: 4, text: '[Projects](#x)', line: 7, role: 'idea' },
    ]);
    assert.deepEqual([...anchors], [
      [3, 'projects'],
      [5, 'projects-1'],
      [7, 'projects-2'],
    ]);
  });
});
