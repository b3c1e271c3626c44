import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import type { ApplyWorkspaceEditParams, CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDocument } from '../../server/src/model/document';
import { allRules } from '../../server/src/rules';
import { corpusAvailable, termFiles } from '../support/corpus';
import { LspClient } from '../support/lspClient';

const URI = 'file:///ws/programs/lfx-mentorship/2026/02-Jun-Aug/README.md';

const TOC = `<!-- TOC -->
* [Jaeger](#jaeger)
  * [Trace comparison & diffing](#trace-comparison--diffing)
  * [UI: dark mode](#ui-dark-mode)
<!-- TOC -->`;

function readme(toc: string): string {
  return `# Term 02 - 2026 June - August

## Table of Contents

${toc}

## Projects

### Jaeger

#### Trace comparison & diffing

- Description: Compare two traces.
- Expected Outcome: A diff view.
- Recommended Skills: Go
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/1

#### UI: dark mode

- Description: Add a dark theme.
- Expected Outcome: A toggle.
- Recommended Skills: React
- Mentor(s):
  - Jo Doe (@jo-doe, jo@example.org)
  - Al Bee (@al-bee, al@example.org)
- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/2
`;
}

interface UpdateTocResult {
  changed: boolean;
  applied: boolean;
  message: string;
}

describe('Update table of contents over LSP', () => {
  const client = new LspClient();
  const applied: ApplyWorkspaceEditParams[] = [];
  before(async () => {
    client.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      applied.push(params);
      return { applied: true };
    });
    await client.initialize();
  });
  after(() => client.shutdown());

  const run = (uri: string) => client.request<UpdateTocResult>('workspace/executeCommand', { command: 'mentorshipIdeas.updateToc', arguments: [uri] });

  test('the command regenerates an out-of-date table through workspace/applyEdit, and then has nothing to do', async () => {
    const broken = readme(TOC.replace('(#trace-comparison--diffing)', '(#trace-comparison-diffing)').replace('  * [UI: dark mode](#ui-dark-mode)\n', ''));
    const opened = await client.open(URI, broken);
    const warning = opened.diagnostics.find((d) => d.code === 'toc-out-of-date')!;
    assert.equal(warning.range.start.line, broken.split('\n').indexOf('  * [Trace comparison & diffing](#trace-comparison-diffing)'));

    const result = await run(URI);
    assert.deepEqual(result, { changed: true, applied: true, message: 'Table of contents updated.' });
    assert.equal(applied.length, 1);
    assert.equal(applied[0].label, 'Update table of contents');
    const edits = applied[0].edit.changes![URI];
    const updated = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, broken), edits);
    assert.equal(updated, readme(TOC));

    const republished = await client.change(URI, [{ text: updated }]);
    assert.ok(!republished.diagnostics.some((d) => d.code === 'toc-out-of-date'));
    assert.deepEqual(await run(URI), { changed: false, applied: false, message: 'The table of contents is up to date.' });
    assert.equal(applied.length, 1);
  });

  test('the quick fix on the diagnostic makes the same edit', async () => {
    const broken = readme(TOC.replace('  * [UI: dark mode](#ui-dark-mode)\n', ''));
    const published = await client.change(URI, [{ text: broken }]);
    const warning = published.diagnostics.find((d) => d.code === 'toc-out-of-date')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: warning.range, context: { diagnostics: [warning], only: ['quickfix'] } });
    const fix = actions.find((a) => a.title === 'Regenerate the table of contents')!;
    assert.equal(TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, broken), fix.edit!.changes![URI] as TextEdit[]), readme(TOC));
  });

  test('a file without a table, or no document at all, gets a message and no edit', async () => {
    const uri = URI.replace('02-Jun-Aug', '03-Sep-Nov');
    await client.open(uri, readme('').replace('## Table of Contents\n\n\n\n', ''));
    const count = applied.length;
    assert.equal((await run(uri)).changed, false);
    assert.match((await run(uri)).message, /no table of contents/);
    assert.match((await client.request<UpdateTocResult>('workspace/executeCommand', { command: 'mentorshipIdeas.updateToc', arguments: [] })).message, /open a project ideas file/);
    assert.equal(applied.length, count);
  });
});

describe('Update table of contents on the real term READMEs', { skip: !corpusAvailable() && 'corpus not available' }, () => {
  const client = new LspClient();
  const applied: ApplyWorkspaceEditParams[] = [];
  before(async () => {
    client.connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      applied.push(params);
      return { applied: true };
    });
    // The other rules are off: opening these large files then costs only the model.
    await client.initialize({ settings: { rules: Object.fromEntries(allRules.filter((r) => r.code !== 'toc-out-of-date').map((r) => [r.code, 'off'])) } });
  });
  after(() => client.shutdown());

  const run = (uri: string) => client.request<UpdateTocResult>('workspace/executeCommand', { command: 'mentorshipIdeas.updateToc', arguments: [uri] });

  test('it reproduces every table that is correct, and every correct entry of the others', async () => {
    let unchanged = 0;
    let tables = 0;
    let written = 0;
    let reproduced = 0;
    for (const file of termFiles().filter((f) => f.name.endsWith('_README.md'))) {
      const toc = buildDocument('file:///corpus/' + file.name, file.text).toc;
      if (!toc) continue;
      tables++;
      const uri = pathToFileURL(file.path).href;
      await client.open(uri, file.text);
      const lines = file.text.split('\n');
      const entries = toc.entries.map((e) => lines[e.range.start.line]);
      written += entries.length;
      const count = applied.length;
      const result = await run(uri);
      client.close(uri);
      if (!result.changed) {
        assert.equal(applied.length, count);
        unchanged++;
        reproduced += entries.length;
        continue;
      }
      const [edit] = applied[applied.length - 1].edit.changes![uri];
      const generated = new Set(edit.newText.split('\n'));
      reproduced += entries.filter((line) => generated.has(line)).length;
    }
    // Measured by scripts/toc-report.ts (docs/toc-measurement.md); every other difference is explained there.
    assert.equal(tables, 9);
    assert.equal(unchanged, 2);
    assert.equal(written, 662);
    assert.equal(reproduced, 631);
  });
});
