import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic as LspDiagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { DocumentAnalyzer } from '../../server/src/analysis/analyzer';
import type { Diagnostic } from '../../server/src/analysis/diagnostic';
import { Catalog } from '../../server/src/catalog/catalog';
import { allRules } from '../../server/src/rules';
import { defaultSettings } from '../../server/src/settings';
import type { Range } from '../../server/src/model/types';
import { LspClient } from '../support/lspClient';
import { corpusAvailable, modernFiles, termFiles } from '../support/corpus';

/** `npm test` runs a thousand; `npm run test:fuzz` (and CI) the full ten thousand. */
const DOCUMENTS = Number(process.env.FUZZ_DOCUMENTS ?? 1000);
const OVER_LSP_EVERY = 20;
const URI = 'file:///fuzz/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md';

/** A small deterministic PRNG (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BROKEN_MENTORS = ['  - Jo Doe (@jo, jo@', '  - (@, @)', '  - Name @ email', '  - ，（@x，y@z.w）', '- Mentor(s): A (@a, a@b.c), B (@b', '  - GitHub: @', '  - Email: <>'];
const NOISE = ['#', '### ', '#### ', '```', '~~~', '- ', '> ', '\t', '\u0000', '\uFEFF', '😀', 'e\u0301', '\r', '<!--', '-->', '[x](', '](#a)', '**', ':', '@', '<!-- mentorship-ideas-disable -->'];

/** A corpus window mutated by line and character insertions and deletions, duplicated headings, broken mentors and huge fields. */
function mutate(source: string, rnd: () => number): string {
  const all = source.split('\n');
  const from = Math.floor(rnd() * Math.max(1, all.length - 40));
  const lines = all.slice(from, from + 10 + Math.floor(rnd() * 30));
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const steps = 1 + Math.floor(rnd() * 6);
  for (let s = 0; s < steps; s++) {
    const at = Math.floor(rnd() * (lines.length + 1));
    switch (Math.floor(rnd() * 7)) {
      case 0:
        lines.splice(at, 1);
        break;
      case 1:
        lines.splice(at, 0, pick(lines) ?? '');
        break;
      case 2: {
        const heading = lines.find((l) => l.startsWith('#'));
        if (heading) lines.splice(at, 0, heading);
        break;
      }
      case 3:
        lines.splice(at, 0, pick(BROKEN_MENTORS));
        break;
      case 4:
        lines.splice(at, 0, '- Description: ' + 'word '.repeat(200 + Math.floor(rnd() * 2000)));
        break;
      default: {
        const i = Math.min(at, lines.length - 1);
        const line = lines[i] ?? '';
        const c = Math.floor(rnd() * (line.length + 1));
        lines[i] = rnd() < 0.5 ? line.slice(0, c) + pick(NOISE) + line.slice(c) : line.slice(0, c) + line.slice(c + 1 + Math.floor(rnd() * 5));
      }
    }
  }
  return lines.join(rnd() < 0.2 ? '\r\n' : '\n');
}

function assertInside(text: string, range: Range, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of [range.start, range.end]) {
    assert.ok(p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} of ${lines.length}`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${what}: character ${p.character} of ${lines[p.line].length}`);
  }
}

function assertFixesApply(text: string, diagnostics: (Diagnostic | LspDiagnostic)[], seed: number): void {
  const doc = TextDocument.create(URI, 'markdown', 1, text);
  for (const d of diagnostics) {
    assertInside(text, d.range, `seed ${seed}: ${d.code}`);
    const data = d.data as { fix?: { edits: TextEdit[] }; alternatives?: { edits: TextEdit[] }[] } | undefined;
    for (const fix of [data?.fix, ...(data?.alternatives ?? [])]) {
      if (!fix) continue;
      for (const e of fix.edits) assertInside(text, e.range, `seed ${seed}: fix of ${d.code}`);
      assert.doesNotThrow(() => TextDocument.applyEdits(doc, fix.edits), `seed ${seed}: fix of ${d.code}`);
    }
  }
}

describe('fuzz: mutated corpus documents', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const client = new LspClient();
  before(() => client.initialize());
  after(() => client.shutdown());

  test(`${DOCUMENTS} documents through the analysis, every ${OVER_LSP_EVERY}th also through the server`, async () => {
    const sources = [...termFiles(), ...modernFiles()].map((f) => f.text);
    const analyzer = new DocumentAnalyzer(allRules);
    const settings = defaultSettings();
    const catalog = Catalog.bundled();
    let version = 1;
    await client.open(URI, '');
    for (let seed = 1; seed <= DOCUMENTS; seed++) {
      const rnd = random(seed);
      const text = mutate(sources[Math.floor(rnd() * sources.length)], rnd);
      const { diagnostics } = analyzer.analyze(URI, text, settings, catalog, true);
      assert.deepEqual(analyzer.ruleFailures, [], `seed ${seed}`);
      assertFixesApply(text, diagnostics, seed);
      if (seed % OVER_LSP_EVERY === 0) {
        const published = await client.change(URI, [{ text }]);
        assert.equal(published.version, ++version);
        assertFixesApply(text, published.diagnostics, seed);
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: URI },
          range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
          context: { diagnostics: published.diagnostics },
        });
        const doc = TextDocument.create(URI, 'markdown', 1, text);
        // Refactorings (Convert to LFX Proposal) run a command rather than carry an edit.
        for (const a of actions.filter((x) => x.edit)) assert.doesNotThrow(() => TextDocument.applyEdits(doc, a.edit!.changes![URI] as TextEdit[]), `seed ${seed}: ${a.title}`);
      }
    }
    assert.doesNotMatch(client.stderr, /failed/);
  });
});
