import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentAnalyzer } from '../../server/src/analysis/analyzer';
import { Catalog } from '../../server/src/catalog/catalog';
import { outline, type OutlineNode } from '../../server/src/cli/outline';
import { allRules } from '../../server/src/rules';
import { defaultSettings } from '../../server/src/settings';
import { CORPUS, corpusAvailable } from '../support/corpus';
import { LspClient } from '../support/lspClient';

const GSOC = join(CORPUS, 'gsoc');
const skip = !corpusAvailable() || !existsSync(GSOC) ? 'corpus not found' : false;

/** The GSoC lists from 2019 (the earlier two are a different, template-less document). */
function gsocFiles(): { name: string; year: number; path: string; text: string }[] {
  return readdirSync(GSOC)
    .filter((f) => /^\d{4}\.md$/.test(f) && Number(f.slice(0, 4)) >= 2019)
    .sort()
    .map((f) => ({ name: f, year: Number(f.slice(0, 4)), path: join(GSOC, f), text: readFileSync(join(GSOC, f), 'utf8') }));
}

const FIELD_LINE = /^\s*(?:[-*+]\s*)?(?:\*\*)?\s*(?:Description|Expected Outcomes?|Recommended Skills?|Recommend Skills|Mentors?(?:\(s\))?|Mentors\(s\)|Upstream Issues?(?: \(URL\))?|Issue|Expected project size)\s*(?:\*\*)?\s*:/i;

/**
 * Projects and ideas found without the model: headings outside fences after
 * the heading that opens the ideas (`## Ideas`, `### Proposals`, else the
 * title `Project Ideas`), an idea being a heading with field lines under it,
 * a project a heading without at most at the year's project level (`###`,
 * `####` from 2024).
 */
function independentOutline(text: string, year: number): { projects: number[]; ideas: number[] } {
  const lines = text.split(/\r?\n/);
  let fence = false;
  const fenced = new Set<number>();
  const headings: { line: number; level: number; text: string }[] = [];
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    if (fence) fenced.add(i);
    const h = /^ {0,3}(#{1,6})\s+(.*)$/.exec(l);
    if (!fence && h) headings.push({ line: i, level: h[1].length, text: h[2].trim() });
  });
  const hasFields = (k: number) => {
    const end = k + 1 < headings.length ? headings[k + 1].line : lines.length;
    for (let l = headings[k].line + 1; l < end; l++) if (!fenced.has(l) && FIELD_LINE.test(lines[l])) return true;
    return false;
  };
  const firstIdea = headings.findIndex((_h, k) => hasFields(k));
  const openers = headings.slice(0, firstIdea).filter((h) => /^(ideas|proposals|project ideas)$/i.test(h.text));
  const start = openers.length ? openers[openers.length - 1].line + 1 : 0;
  const projectLevel = year >= 2024 ? 4 : 3;
  const projects: number[] = [];
  const ideas: number[] = [];
  headings.forEach((h, k) => {
    if (h.line < start) return;
    if (hasFields(k)) ideas.push(h.line + 1);
    else if (h.level > 2 && h.level <= projectLevel) projects.push(h.line + 1);
  });
  return { projects, ideas };
}

function flatten(nodes: OutlineNode[], kind: string): number[] {
  const out: number[] = [];
  const walk = (n: OutlineNode) => {
    if (n.kind === kind) out.push(n.line);
    n.children?.forEach(walk);
  };
  nodes.forEach(walk);
  return out.sort((a, b) => a - b);
}

describe('GSoC idea lists of the corpus', { skip }, () => {
  test('the outline lists every project and idea of every list from 2019 at its heading line', () => {
    let ideas = 0;
    for (const file of gsocFiles()) {
      const analysis = new DocumentAnalyzer(allRules).analyze(pathToFileURL(file.path).href, file.text, defaultSettings(), Catalog.bundled());
      assert.equal(analysis.kind, 'gsoc', file.name);
      const tree = outline(analysis.doc);
      const expected = independentOutline(file.text, file.year);
      assert.deepEqual(flatten(tree, 'idea'), expected.ideas, `${file.name}: ideas`);
      assert.deepEqual(flatten(tree, 'project'), expected.projects, `${file.name}: projects`);
      ideas += expected.ideas.length;
    }
    assert.ok(ideas >= 250, `${ideas} ideas`);
  });

  test('no diagnostic comes from the variations the lists accept: heading levels by year, labels, sizes, difficulty, stretch goals, the template block', () => {
    const accepted = new Set(['heading-level', 'unknown-field', 'project-size', 'placeholder', 'empty-project', 'idea-outside-project', 'title-too-long', 'over-quota', 'description-too-long', 'too-many-mentors']);
    const found: string[] = [];
    for (const file of gsocFiles()) {
      const { diagnostics } = new DocumentAnalyzer(allRules).analyze(pathToFileURL(file.path).href, file.text, defaultSettings(), Catalog.bundled());
      const lines = file.text.split(/\r?\n/);
      for (const d of diagnostics) {
        if (!accepted.has(d.code) || (d.code === 'project-size' && d.severity !== 1)) continue;
        // The defects the files really have, each read by hand: ideas a level off their project (2021: `#####` and `###` under `###`), misspelt or made-up labels.
        const line = lines[d.range.start.line];
        if (d.code === 'heading-level' && file.name === '2021.md' && /^(#####|###) (Support for|Write logs|SLTS|Buildpack Registry|Jenkins Plugin|Lifecycle Prepare)/.test(line)) continue;
        if (d.code === 'unknown-field' && /"(Recommend Skills|Mentors\(s\)|Detailed description|Descrption|Design Spec|The new mechanism)"/.test(d.message)) continue;
        found.push(`${file.name}:${d.range.start.line + 1}: ${d.code}: ${d.message}`);
      }
    }
    assert.deepEqual(found, []);
  });
});

describe('GSoC idea lists over LSP', { skip }, () => {
  let client: LspClient;
  before(async () => {
    client = new LspClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  test('each list opens as a GSoC idea list whose document symbols are its projects and ideas', async () => {
    for (const file of gsocFiles()) {
      const uri = pathToFileURL(file.path).href;
      await client.open(uri, file.text);
      const summary = await client.request<{ kind?: string; kindName?: string; ideas: number }>('mentorshipIdeas/fileSummary', { uri });
      assert.equal(summary.kind, 'gsoc', file.name);
      assert.equal(summary.kindName, 'GSoC idea list');
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      const expected = independentOutline(file.text, file.year);
      // Ideas (classes) under their project or its sub-project (a namespace, 2022's Kubebuilder under Kubernetes).
      const classes = (list: DocumentSymbol[]): number[] => list.flatMap((s) => (s.kind === 5 ? [s.range.start.line + 1] : classes(s.children ?? [])));
      const ideaLines = classes(symbols);
      assert.deepEqual(ideaLines.sort((a, b) => a - b), expected.ideas, file.name);
      assert.deepEqual(symbols.filter((s) => s.kind === 2).map((s) => s.range.start.line + 1), expected.projects, file.name);
      assert.equal(summary.ideas, expected.ideas.length);
      client.close(uri);
    }
  });
});

test('the table of contents of a GSoC list (between <!-- TOC --> markers) is regenerated to its projects and ideas', { skip }, () => {
  const path = join(GSOC, '2025.md');
  if (!existsSync(path)) return;
  const uri = pathToFileURL(path).href;
  const text = readFileSync(path, 'utf8');
  const analyze = (t: string) => new DocumentAnalyzer(allRules).analyze(uri, t, defaultSettings(), Catalog.bundled());
  const toc = analyze(text).diagnostics.find((d) => d.code === 'toc-out-of-date');
  assert.ok(toc?.data?.fix, 'the 2025 list leaves Knative Functions out of its table');
  const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), toc.data.fix.edits);
  assert.ok(fixed.includes('* [Knative Functions](#knative-functions)\n  * [Dynamic AI Agent Callbacks](#dynamic-ai-agent-callbacks)\n'));
  assert.deepEqual(analyze(fixed).diagnostics.filter((d) => d.code === 'toc-out-of-date'), []);
});
