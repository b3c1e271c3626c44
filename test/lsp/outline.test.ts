import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { CORPUS, corpusAvailable } from '../support/corpus';
import { LspClient } from '../support/lspClient';

const URI = 'file:///ws/programs/lfx-mentorship/2026/02-Jun-Aug/README.md';
const MODULE = 2;
const NAMESPACE = 3;
const CLASS = 5;
const FIELD = 8;

/** The headings of the accepted projects part, read line by line without the model: level, text, and whether field lines follow. */
function headingScan(text: string): { line: number; level: number; text: string; fields: number }[] {
  const lines = text.split('\n');
  const start = lines.indexOf('## Accepted Projects');
  const headings: { line: number; level: number; text: string; fields: number }[] = [];
  lines.forEach((l, i) => {
    const h = /^(#{3,6}) (.*)$/.exec(l);
    if (i > start && h) headings.push({ line: i, level: h[1].length, text: h[2].trim(), fields: 0 });
    else if (headings.length && /^- (?:\*\*)?[A-Z][A-Za-z() ]+:/.test(l)) headings[headings.length - 1].fields++;
  });
  return headings;
}

function walk(symbols: DocumentSymbol[], visit: (s: DocumentSymbol, depth: number) => void, depth = 0): void {
  for (const s of symbols) {
    visit(s, depth);
    walk(s.children ?? [], visit, depth + 1);
  }
}

describe('the outline of the real 2026 Term 2 README', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const text = corpusAvailable() ? readFileSync(join(CORPUS, '2026_02-Jun-Aug_README.md'), 'utf8') : '';
  const client = new LspClient();
  before(async () => {
    await client.initialize({ settings: {} });
    await client.open(URI, text);
  });
  after(() => client.shutdown());
  const symbols = () => client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });

  test('projects > sub-projects > ideas: one row per heading, no field rows', async () => {
    const scan = headingScan(text);
    const ideas = scan.filter((h) => h.fields > 0);
    const projects = scan.filter((h) => h.level === 3);
    const subProjects = scan.filter((h, i) => h.fields === 0 && h.level === 4 && scan[i + 1]?.level === 5);
    const rows: { kind: number; depth: number; line: number }[] = [];
    walk(await symbols(), (s, depth) => rows.push({ kind: s.kind, depth, line: s.selectionRange.start.line }));
    assert.equal(rows.length, projects.length + subProjects.length + ideas.length);
    assert.deepEqual(rows.filter((r) => r.kind === CLASS).map((r) => r.line), ideas.map((h) => h.line));
    assert.deepEqual(rows.filter((r) => r.kind === NAMESPACE).map((r) => [r.line, r.depth]), subProjects.map((h) => [h.line, 1]));
    assert.ok(!rows.some((r) => r.kind === FIELD));
    assert.ok(subProjects.length >= 4 && ideas.length > 60, `${subProjects.length} sub-projects, ${ideas.length} ideas`);
  });

  test('Headlamp and SIG Node hold their ideas, under Kubernetes', async () => {
    const kubernetes = (await symbols()).find((s) => s.name === 'Kubernetes')!;
    assert.equal(kubernetes.kind, MODULE);
    assert.deepEqual(kubernetes.children!.map((c) => [c.name, c.kind]), [
      ['Headlamp', NAMESPACE],
      ['SIG Node / node-readiness-controller', NAMESPACE],
    ]);
    const scan = headingScan(text);
    const under = (name: string) => {
      const at = scan.findIndex((h) => h.text === name);
      const end = scan.findIndex((h, i) => i > at && h.level <= 4);
      return scan.slice(at + 1, end).filter((h) => h.level === 5).map((h) => h.text);
    };
    const [headlamp, sigNode] = kubernetes.children!;
    assert.equal(headlamp.detail, `${under('Headlamp').length} ideas`);
    assert.deepEqual(headlamp.children!.map((c) => c.name.replace(/^\d+ mentors? · /, '')), under('Headlamp'));
    assert.deepEqual(sigNode.children!.map((c) => c.name.replace(/^\d+ mentors? · /, '')), under('SIG Node / node-readiness-controller'));
    assert.equal(under('Headlamp').length, 5);
  });

  test('an idea row starts with its mentor count, which a long title cannot push out of sight', async () => {
    const first = (await symbols()).find((s) => s.name === 'Chaos Mesh')!.children![0];
    const lines = text.split('\n').slice(first.range.start.line, first.range.end.line + 1);
    const mentorsField = lines.findIndex((l) => /^- Mentor\(s\):/.test(l));
    let mentors = 0;
    for (let i = mentorsField + 1; i < lines.length && /^\s+[-*] /.test(lines[i]); i++) mentors++;
    assert.equal(first.name, `${mentors} mentor${mentors === 1 ? '' : 's'} · ${lines[0].replace(/^#+ /, '')}`);
  });

  test('mentorshipIdeas.outline.showFields adds each idea\'s fields under it', async () => {
    const republished = client.waitForDiagnostics(URI);
    client.settings = { outline: { showFields: true } };
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await republished;
    const fieldLines = headingScan(text).reduce((n, h) => n + h.fields, 0);
    let fields = 0;
    walk(await symbols(), (s) => (fields += s.kind === FIELD ? 1 : 0));
    assert.equal(fields, fieldLines);
  });
});
