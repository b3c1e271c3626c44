import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDocument } from '../model/document';
import type { Range } from '../model/types';
import { formatEntries } from './formatEntries';

const URI = 'file:///ws/programs/lfx-mentorship/2026/03-Sep-Nov/project_ideas.md';

function format(text: string, range?: Range): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), formatEntries(buildDocument(URI, text), text, range));
}

const HEAD = `# Ideas

## Template

\`\`\`
### CNCF Project Name

#### Mentorship project Title

- Description:
- Mentor(s):
  - Mentor Name (@mentor_github, mentor@email.addy)
\`\`\`

## Proposed Project ideas

### Jaeger
`;

describe('formatting entries', () => {
  test('aliases, bold labels, bullets, field order, mentors and blank lines are normalised; the rest stays as written', () => {
    const text = `${HEAD}
#### Trace comparison
* **Description:** Compare two traces  side by side.
*\tUpstream Issue (URL): <https://github.com/jaegertracing/jaeger/issues/1>


- Mentors: Jo Doe(@jo-doe, jo@example.org), Al Bee （@al-bee， al@example.org） - backup
- Expected Outcomes:
  * A diff view
  * Docs
- Recommended Skill(s): Go, React



### Envoy
`;
    assert.equal(
      format(text),
      `${HEAD}
#### Trace comparison

- Description: Compare two traces  side by side.
- Expected Outcome:
  * A diff view
  * Docs
- Recommended Skills: Go, React
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org) - backup
- Upstream Issue: <https://github.com/jaegertracing/jaeger/issues/1>

### Envoy
`,
    );
  });

  test('formatting is idempotent, and a formatted entry gets no edit', () => {
    const text = `${HEAD}
#### A
- Description: x
- Mentor(s): Jo Doe (@jo-doe, jo@example.org)
#### B

CNCF - Jaeger: B (2026 Term 3)
- Description:

  > Quoted, as the export writes it.
  >
  > Two paragraphs.
- Recommended Skills: Go
`;
    const once = format(text);
    assert.notEqual(once, text);
    assert.equal(format(once), once);
    assert.deepEqual(formatEntries(buildDocument(URI, once), once), []);
    // The quoted Description is a block of its own: a blank line after it, none between one-line fields.
    assert.match(once, /#### B\n\nCNCF - Jaeger: B \(2026 Term 3\)\n\n- Description:\n\n {2}> Quoted, as the export writes it\.\n {2}>\n {2}> Two paragraphs\.\n\n- Recommended Skills: Go\n$/);
  });

  test('what cannot be re-emitted safely is left as written', () => {
    const cases = [
      // A field continuing under a bullet of another width: its continuation could change owner.
      '#### A\n-   Description: x\n    - nested\n- Recommended Skills: Go\n',
      // The same field twice.
      '#### A\n- Description: x\n- Description: y\n- Recommended Skills: Go\n',
      // Text between fields that belongs to none.
      '#### A\n- Description: x\n\n---\n\nA note.\n- Recommended Skills: Go\n',
      // A sub-heading inside the entry.
      '#### A\n- Recommended Skills: Go\n- Description: x\n\n##### Details\n\nMore.\n',
    ];
    for (const entry of cases) {
      const text = `${HEAD}\n${entry}`;
      assert.equal(format(text), text, entry);
    }
    // A mentor line that is not a recognisable mentor keeps the whole field as written (only the label changes).
    const prose = `${HEAD}\n#### A\n\n- Description: x\n- Mentors:\n  - Jo Doe (@jo-doe, jo@example.org)\n  - to be announced\n`;
    assert.equal(format(prose), prose.replace('- Mentors:', '- Mentor(s):'));
    // A mentor without a name is not rewritten; words after a mentor stay, as its note.
    const nameless = `${HEAD}\n#### A\n\n- Description: x\n- Mentor(s):\n  - (@jo-doe, jo@example.org)\n`;
    assert.equal(format(nameless), nameless);
    const aside = `${HEAD}\n#### A\n\n- Description: x\n- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org) (on leave until May)\n`;
    assert.equal(format(aside), aside.replace('org) (on', 'org) - (on'));
  });

  test('range formatting touches only the entries the range meets', () => {
    const text = `${HEAD}\n#### A\n- Mentors: Jo Doe (@jo-doe, jo@example.org)\n\n#### B\n- Mentors: Al Bee (@al-bee, al@example.org)\n`;
    const line = text.split('\n').indexOf('#### B');
    const formatted = format(text, { start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    assert.equal(formatted, text.replace('#### B\n- Mentors: Al Bee (@al-bee, al@example.org)', '#### B\n\n- Mentor(s):\n  - Al Bee (@al-bee, al@example.org)'));
  });

  test('an entry at the end of a file without a final line break: the edit stays inside the document', () => {
    const text = `${HEAD}\n#### A\n- Mentors: Jo Doe (@jo-doe, jo@example.org)`;
    const [edit] = formatEntries(buildDocument(URI, text), text);
    const lines = text.split('\n');
    assert.deepEqual(edit.range.end, { line: lines.length - 1, character: lines[lines.length - 1].length });
    assert.ok(format(text).endsWith('#### A\n\n- Mentor(s):\n  - Jo Doe (@jo-doe, jo@example.org)'));
  });

  test('CRLF files stay CRLF', () => {
    const text = `${HEAD}\n#### A\n- Mentors: Jo Doe (@jo-doe, jo@example.org)\n`.replace(/\n/g, '\r\n');
    const formatted = format(text);
    assert.ok(formatted.endsWith('#### A\r\n\r\n- Mentor(s):\r\n  - Jo Doe (@jo-doe, jo@example.org)\r\n'));
    assert.ok(!/[^\r]\n/.test(formatted));
  });
});
