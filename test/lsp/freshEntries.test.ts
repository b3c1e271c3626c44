import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ideaEntry } from '../support/entries';
import { LspClient } from '../support/lspClient';

const DIR = 'file:///ws/programs/lfx-mentorship/2027/01-Mar-May';
const ERROR = 1;
const WARNING = 2;
const HINT = 4;

/** A file with no problem at all: two complete Jaeger ideas. */
const VALID = `## Proposed Project ideas

### Jaeger

${ideaEntry('Trace comparison', 'https://github.com/jaegertracing/jaeger/issues/1')}
${ideaEntry('Span search', 'https://github.com/jaegertracing/jaeger/issues/2')}`;

interface NewEntryResult {
  position: Position;
  text: string;
}

const shown = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.severity === ERROR || d.severity === WARNING);
const describeAll = (ds: Diagnostic[]) => ds.map((d) => `${d.range.start.line}: ${String(d.code)} ${d.severity}: ${String(d.message)}`).join('\n');

describe('an entry being written is not a wall of red', () => {
  const client = new LspClient();
  before(() => client.initialize({ settings: {} }));
  after(() => client.shutdown());

  let counter = 0;
  /** Opens a copy of `text` and inserts the New idea (or New project) entry the server places at `line`, as the editor inserts the snippet. */
  async function insertNewEntry(kind: 'newIdea' | 'newProject', text: string, line: number): Promise<{ uri: string; opened: PublishDiagnosticsParams; inserted: PublishDiagnosticsParams; lines: () => string[] }> {
    const uri = `${DIR}/draft-${counter++}/project_ideas.md`;
    const opened = await client.open(uri, text);
    const placement = await client.request<NewEntryResult>('workspace/executeCommand', { command: `mentorshipIdeas.${kind}`, arguments: [{ uri, position: { line, character: 0 }, apply: false }] });
    const inserted = await client.change(uri, [{ range: { start: placement.position, end: placement.position }, text: placement.text }]);
    const at = text.split('\n').slice(0, placement.position.line).join('\n').length + (placement.position.line > 0 ? 1 : 0) + placement.position.character;
    const now = text.slice(0, at) + placement.text + text.slice(at);
    return { uri, opened, inserted, lines: () => now.split('\n') };
  }

  /** Replaces the whole of line `line` (0-based) with `text`, as typing over it would. */
  function retype(uri: string, line: number, from: string, to: string): Promise<PublishDiagnosticsParams> {
    return client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: from.length } }, text: to }]);
  }

  test('inserting the New idea entry into a valid file adds no error or warning, only hints', async () => {
    const { opened, inserted, lines } = await insertNewEntry('newIdea', VALID, VALID.split('\n').indexOf('#### Span search'));
    assert.deepEqual(opened.diagnostics, []);
    assert.deepEqual(shown(inserted), [], describeAll(inserted.diagnostics));
    const hints = inserted.diagnostics.filter((d) => d.severity === HINT);
    // The template's empty fields, its title and its mentor lines are all reported, faded.
    for (const code of ['empty-field', 'placeholder']) assert.ok(hints.some((d) => d.code === code), describeAll(hints));
    assert.ok(lines().includes('#### Mentorship project Title'));
  });

  test('a field filled and then emptied, and the title, are errors again; the rest stays hints', async () => {
    const { uri, lines } = await insertNewEntry('newIdea', VALID, VALID.split('\n').indexOf('#### Span search'));
    const title = lines().indexOf('#### Mentorship project Title');
    const description = lines().indexOf('- Description: ', title);
    await retype(uri, title, '#### Mentorship project Title', '#### Span links');
    const filled = await retype(uri, description, '- Description: ', '- Description: Show the links between spans.');
    assert.deepEqual(shown(filled), [], describeAll(filled.diagnostics));
    const emptied = await retype(uri, description, '- Description: Show the links between spans.', '- Description: ');
    assert.deepEqual(
      shown(emptied).map((d) => [d.code, d.range.start.line]),
      [['empty-field', description]],
      describeAll(emptied.diagnostics),
    );
    // Back to the template's title: the title had been written, so it is an error too.
    const placeholderAgain = await retype(uri, title, '#### Span links', '#### Mentorship project Title');
    assert.deepEqual(shown(placeholderAgain).map((d) => d.code).sort(), ['empty-field', 'placeholder']);
  });

  test('edits elsewhere, above the entry or in another entry, keep it being written', async () => {
    const { uri } = await insertNewEntry('newIdea', VALID, VALID.split('\n').indexOf('#### Span search'));
    const above = await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\nA note about this term.\n\n' }]);
    assert.deepEqual(shown(above), [], describeAll(above.diagnostics));
    const line = VALID.split('\n').indexOf('- Description: Something to build.') + 3;
    const elsewhere = await client.change(uri, [{ range: { start: { line, character: 15 }, end: { line, character: 15 } }, text: 'Really. ' }]);
    assert.deepEqual(shown(elsewhere), [], describeAll(elsewhere.diagnostics));
  });

  test('an entry keeps what it had written through edits above it, even under the template title', async () => {
    const { uri, lines } = await insertNewEntry('newIdea', VALID, VALID.split('\n').indexOf('#### Span search'));
    const description = lines().indexOf('- Description: ', lines().indexOf('#### Mentorship project Title'));
    await retype(uri, description, '- Description: ', '- Description: Show the links between spans.');
    await retype(uri, description, '- Description: Show the links between spans.', '- Description: ');
    const above = await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\nA note about this term.\n' }]);
    assert.deepEqual(shown(above).map((d) => [d.code, d.range.start.line]), [['empty-field', description + 2]], describeAll(above.diagnostics));
  });

  test('a saved entry stays saved through lines deleted above it, a new title, and a cut and paste', async () => {
    const uri = `${DIR}/saved/project_ideas.md`;
    const text = VALID.replace('- Description: Something to build.\n', '- Description:\n');
    const emptyErrors = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'empty-field' && d.severity === ERROR).length;
    assert.equal(emptyErrors(await client.open(uri, text)), 1);
    const deleted = await client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }]);
    assert.equal(emptyErrors(deleted), 1, describeAll(deleted.diagnostics));
    let lines = text.split('\n');
    lines.splice(1, 1);
    const title = lines.indexOf('#### Trace comparison');
    const renamed = await retype(uri, title, '#### Trace comparison', '#### Trace comparison view');
    assert.equal(emptyErrors(renamed), 1, describeAll(renamed.diagnostics));
    lines[title] = '#### Trace comparison view';
    // Cut: the entry's lines go (one change); paste: they come back after the other idea (another).
    const end = lines.indexOf('#### Span search');
    const entry = lines.slice(title, end).join('\n') + '\n';
    const cut = await client.change(uri, [{ range: { start: { line: title, character: 0 }, end: { line: end, character: 0 } }, text: '' }]);
    assert.equal(emptyErrors(cut), 0);
    lines = [...lines.slice(0, title), ...lines.slice(end)];
    const last = lines.length - 1;
    const pasted = await client.change(uri, [{ range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, text: '\n' + entry }]);
    assert.equal(emptyErrors(pasted), 1, describeAll(pasted.diagnostics));
  });

  test('saving gives every problem its severity', async () => {
    const { uri, inserted } = await insertNewEntry('newIdea', VALID, VALID.split('\n').indexOf('#### Span search'));
    const saved = await client.save(uri);
    assert.equal(saved.diagnostics.length, inserted.diagnostics.length);
    assert.ok(!saved.diagnostics.some((d) => d.severity === HINT), describeAll(saved.diagnostics));
    assert.ok(saved.diagnostics.filter((d) => d.code === 'empty-field').every((d) => d.severity === ERROR));
    // An entry inserted after the save is being written again.
    const line = VALID.split('\n').indexOf('#### Trace comparison');
    const placement = await client.request<NewEntryResult>('workspace/executeCommand', { command: 'mentorshipIdeas.newIdea', arguments: [{ uri, position: { line, character: 0 }, apply: false }] });
    const second = await client.change(uri, [{ range: { start: placement.position, end: placement.position }, text: placement.text }]);
    // Its template title repeats the saved entry's: that too is a hint, on the new entry.
    assert.deepEqual(describeAll(shown(second)), describeAll(shown(saved)));
    assert.ok(second.diagnostics.some((d) => d.code === 'duplicate-idea-title' && d.severity === HINT), describeAll(second.diagnostics));
  });

  test('a file opened with empty fields was saved: its problems have their severity at once', async () => {
    const { lines } = await insertNewEntry('newIdea', VALID, VALID.split('\n').indexOf('#### Span search'));
    const opened = await client.open(`${DIR}/from-disk/project_ideas.md`, lines().join('\n'));
    assert.ok(opened.diagnostics.length > 0);
    assert.ok(!opened.diagnostics.some((d) => d.severity === HINT), describeAll(opened.diagnostics));
  });

  test('an idea typed by hand: its missing fields are hints until the file is saved', async () => {
    const uri = `${DIR}/typed/project_ideas.md`;
    await client.open(uri, VALID);
    const end = VALID.split('\n').length - 1;
    const typed = await client.change(uri, [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: '\n#### Span links\n\n- Description: Show the links between spans.\n' }]);
    const missing = typed.diagnostics.filter((d) => d.code === 'missing-field');
    assert.equal(missing.length, 4, describeAll(typed.diagnostics));
    assert.ok(missing.every((d) => d.severity === HINT));
    assert.deepEqual(shown(typed), []);
    const saved = await client.save(uri);
    assert.ok(saved.diagnostics.filter((d) => d.code === 'missing-field').every((d) => d.severity === ERROR));
  });

  test('one template mentor line is no "only one mentor" warning until a mentor is written there', async () => {
    const uri = `${DIR}/one-mentor/project_ideas.md`;
    await client.open(uri, VALID);
    const end = VALID.split('\n').length - 1;
    const typed = await client.change(uri, [
      { range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: '\n#### Span links\n\n- Mentor(s):\n  - Mentor Name (@mentor_github, mentor@email.addy)\n' },
    ]);
    assert.ok(typed.diagnostics.some((d) => d.code === 'few-mentors' && d.severity === HINT), describeAll(typed.diagnostics));
    const mentor = end + 4;
    const written = await retype(uri, mentor, '  - Mentor Name (@mentor_github, mentor@email.addy)', '  - Jo Doe (@jo-doe, jo@example.org)');
    assert.deepEqual(shown(written).map((d) => d.code), ['few-mentors'], describeAll(written.diagnostics));
  });

  test('New project: its template project name is a hint, as is its idea, until written', async () => {
    const { uri, inserted, lines } = await insertNewEntry('newProject', VALID, VALID.split('\n').length - 1);
    assert.deepEqual(shown(inserted), [], describeAll(inserted.diagnostics));
    const heading = lines().findIndex((l) => /^### /.test(l) && l !== '### Jaeger');
    assert.ok(inserted.diagnostics.some((d) => d.code === 'placeholder' && d.range.start.line === heading && d.severity === HINT), describeAll(inserted.diagnostics));
    // A name of its own that is no CNCF project: warned at once.
    const named = await retype(uri, heading, lines()[heading], '### Not A CNCF Project');
    assert.deepEqual(shown(named).map((d) => d.code), ['unknown-project']);
  });

  test('a client sending whole texts: the entry is found again by its title', async () => {
    const { uri, lines } = await insertNewEntry('newIdea', VALID, VALID.split('\n').indexOf('#### Span search'));
    const text = lines();
    const title = text.indexOf('#### Mentorship project Title');
    text[title] = '#### Span links';
    await client.change(uri, [{ text: text.join('\n') }]);
    text.splice(1, 0, '', 'A note about this term.');
    const whole = await client.change(uri, [{ text: text.join('\n') }]);
    assert.deepEqual(shown(whole), [], describeAll(whole.diagnostics));
  });
});
