import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusAvailable, peakFiles, termFiles } from '../../../test/support/corpus';
import { buildDocument } from '../model/document';
import { scanIdeasFile } from './scan';
import { summarizeDocument } from './summary';

const URI = 'file:///ws/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

function agree(uri: string, text: string): void {
  assert.deepEqual(scanIdeasFile(uri, text), summarizeDocument(buildDocument(uri, text)));
}

describe('the index scan agrees with the document model', () => {
  test('real files of every shape: projects, ideas, heading ranges, mentors and term', { skip: !corpusAvailable() && 'corpus not found' }, () => {
    // Parsing the whole corpus for reference takes seconds: the small files (every 2019-2022 shape) and the large ones whose shapes they lack.
    const large = ['2022_02-Summer_README.md', '2026_01-Mar-May_README.md', '2026_03-Sep-Nov_README.md', 'peak/2025_01-Mar-May_project_ideas.md'];
    const files = [...termFiles(), ...peakFiles()].filter((f) => f.text.length < 40_000 || large.includes(f.name));
    assert.ok(files.length >= 20);
    for (const f of files) {
      const uri = 'file:///corpus/' + f.name;
      const scanned = scanIdeasFile(uri, f.text);
      assert.deepEqual(scanned, summarizeDocument(buildDocument(uri, f.text)), f.name);
    }
  });

  test('the shapes the scan must get right without the Markdown parser', () => {
    const shapes: [string, string][] = [
      ['template in a fence', '## Template\n\n```\n### CNCF Project Name\n\n#### Mentorship project Title\n\n- Mentor(s):\n  - A (@a, a@b.co)\n```\n\n## Proposed Project ideas\n\n### Jaeger\n\n#### T\n\n- Mentor(s):\n  - Bo Example (@bo, bo@example.org)\n'],
      ['inline and nested mentors, notes', '### P\n\n#### T\n\n- Mentor(s): Ann One (@ann-one, ann@example.org), Bob Two (@bob, bob@example.org)\n- Upstream Issue: x\n\n#### U\n\n- Mentors:\n  * Cy Three (@cy, cy@example.org) - primary\n\n  * Di Four (@di, <di@example.org>)\n'],
      ['multi-line mentor form', '### P\n\n#### T\n\n- Mentor(s):\n  - Eve Five\n  - GitHub: @eve-five\n  - Email: eve@example.org\n'],
      ['lazy continuation is not a field', '### P\n\n#### T\n\n- Description: text\nMentor(s): Not A (@not-a, n@example.org)\n- Recommended Skills: Go\n'],
      ['2020 levels with a setext title', 'Projects ideas\n--------------\n\n#### Prometheus\n\n##### Refactor\n\n-\tDescription: x\n-\tMentor(s): Fay Six (@fay)\n\n##### Other\n\n- Mentor(s): Gus (@gus, gus@example.org)\n'],
      ['sub-groups, sub-headings and a thematic break', '### Kubernetes\n\n#### SIG Node\n\n##### Idea\n\n- Description: x\n- Mentor(s):\n  - Hal (@hal, hal@example.org)\n\n###### Details\n\ntext\n\n---\n\n- Mentor(s): Ivy (@ivy, ivy@example.org)\n'],
      ['idea before any project, blockquote description', '#### Orphan\n\n- Description:\n\n  > quoted\n  > - Mentor(s): not a field\n\n- Mentor(s):\n  - Jo (@jo, jo@example.org)\n'],
      ['CRLF and BOM', '\uFEFF### P\r\n\r\n#### T\r\n\r\n- Mentor(s):\r\n  - Kim (@kim, kim@example.org)\r\n'],
      ['empty', ''],
      ['heading only', '### '],
    ];
    for (const [name, text] of shapes) {
      assert.doesNotThrow(() => agree(URI, text), name);
      agree(URI, text);
    }
    const multi = scanIdeasFile(URI, shapes[2][1]);
    assert.deepEqual(multi.projects[0].ideas[0].mentors, [{ name: 'Eve Five', handle: 'eve-five', email: 'eve@example.org' }]);
    assert.deepEqual(scanIdeasFile(URI, shapes[0][1]).term, { year: 2026, number: 1 });
  });
});
