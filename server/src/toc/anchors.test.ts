import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { CORPUS, corpusAvailable } from '../../../test/support/corpus';
import { githubSlug, headingAnchors, headingPlainText, remarkPlainText, Slugger } from './anchors';

const anchorOf = (text: string) => githubSlug(headingPlainText(text));
const remarkAnchorOf = (text: string) => githubSlug(remarkPlainText(text));

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

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

  test('headings read without remark (no link, HTML, escape, entity or `_` that may be emphasis) get the anchor remark gives them', () => {
    const pieces = ['a', 'Z', 'é', '9', ' ', '_', '__', '&', '&amp;', '&eacute;', '&#233;', ';', '#', '*', '**', '`', '[', ']', '(', ')', '](', '<', '>', '<b>', '\\', '-', '.', ':', '/', '’', '🚀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('').trim();
        // A heading's text never ends in a closing `#` sequence: the model's heading reader took it off.
        if (/(?:^|[ \t])#+$/.test(text)) return;
        assert.equal(anchorOf(text), remarkAnchorOf(text), JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 20261203 },
    );
  });

  test('every heading of the corpus gets the anchor remark gives it', { skip: !corpusAvailable() && 'corpus not found' }, () => {
    let headings = 0;
    for (const file of markdownFiles(CORPUS)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const m = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*$/.exec(line);
        if (!m) continue;
        headings++;
        assert.equal(anchorOf(m[1]), remarkAnchorOf(m[1]), `${file}: ${m[1]}`);
      }
    }
    assert.ok(headings > 3000, `${headings} headings`);
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
