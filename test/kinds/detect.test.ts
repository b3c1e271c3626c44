import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentAnalyzer } from '../../server/src/analysis/analyzer';
import { Catalog } from '../../server/src/catalog/catalog';
import { allRules } from '../../server/src/rules';
import { defaultSettings, readSettings, type Settings } from '../../server/src/settings';

const LFX_ENTRY = '### Jaeger\n\n#### Replay\n\n- Description: x\n- Recommended Skills: Go\n';
const GSOC_ENTRY = '#### Jaeger\n\n##### Replay\n\n- Description: x\n- Expected project size: large\n';
const PROPOSAL = '### CNCF Project\n\nJaeger\n\n### Term\n\n2026 Term 3 (Sep-Nov)\n\n### Program Description\n\nx\n\n### Mentors\n\nJo | @jo | jo@example.org | jo\n';

function kindOf(uri: string, text: string, settings: Settings = defaultSettings()): string | undefined {
  return new DocumentAnalyzer(allRules).analyze(uri, text, settings, Catalog.bundled()).kind;
}

describe('document kinds', () => {
  test('by path: CNCF\'s layout names the kind', () => {
    assert.equal(kindOf('file:///m/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md', LFX_ENTRY), 'lfx');
    assert.equal(kindOf('file:///m/programs/summerofcode/2027.md', '# nothing yet\n'), 'gsoc');
    assert.equal(kindOf('file:///drafts/replay.proposal.md', '# a draft\n'), 'proposal');
  });

  test('by content, outside the globs: the form\'s headings, GSoC\'s project size, LFX entries; other Markdown is none', () => {
    assert.equal(kindOf('file:///notes/a.md', PROPOSAL), 'proposal');
    assert.equal(kindOf('file:///notes/b.md', GSOC_ENTRY), 'gsoc');
    assert.equal(kindOf('file:///notes/c.md', LFX_ENTRY), 'lfx');
    assert.equal(kindOf('file:///notes/d.md', '# Notes\n\n### Term\n\nsoon\n'), undefined);
    assert.equal(kindOf('file:///notes/gsoc/2019.md', LFX_ENTRY), 'gsoc', 'an old list in a gsoc folder');
  });

  test('mentorshipIdeas.files: the list form keeps working, and an object or {glob, kind} items give each glob its kind', () => {
    const list = readSettings({ files: ['**/ideas/*.md'] });
    assert.deepEqual(list.problems, []);
    assert.equal(kindOf('file:///w/ideas/x.md', '# empty\n', list.settings), 'lfx');
    assert.equal(kindOf('file:///w/ideas/y.md', PROPOSAL, list.settings), 'proposal', 'content tells a listed file\'s kind');
    const object = readSettings({ files: { '**/ideas/*.md': 'gsoc', '**/drafts/*.md': 'proposal' } });
    assert.deepEqual(object.problems, []);
    assert.deepEqual(object.settings.files, ['**/ideas/*.md', '**/drafts/*.md']);
    assert.equal(kindOf('file:///w/ideas/x.md', LFX_ENTRY, object.settings), 'gsoc');
    assert.equal(kindOf('file:///w/drafts/x.md', '# draft\n', object.settings), 'proposal');
    const items = readSettings({ files: ['**/project_ideas.md', { glob: '**/gs/*.md', kind: 'gsoc' }] });
    assert.deepEqual(items.problems, []);
    assert.equal(kindOf('file:///w/gs/x.md', LFX_ENTRY, items.settings), 'gsoc');
  });

  test('a files setting of the wrong shape is named and the defaults kept', () => {
    for (const files of [{ '**/x.md': 'wiki' }, [{ glob: '**/x.md', kind: 'wiki' }], [3], 'x.md']) {
      const { settings, problems } = readSettings({ files });
      assert.equal(problems.length, 1, JSON.stringify(files));
      assert.match(problems[0], /^mentorshipIdeas\.files must be/);
      assert.deepEqual(settings.files, defaultSettings().files);
    }
  });
});
