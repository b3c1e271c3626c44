import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar } from 'vscode-textmate';

const ROOT = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo?: string[] }[] };
};

/**
 * VS Code's Markdown grammar is not installed here: a stand-in with the same
 * scope name and the constructs an entry needs (headings, list items), and
 * those it must stay out of (fenced code, as the template sits in, an
 * indented code block, an HTML comment) under the scope names VS Code's
 * grammar gives them, receives the injection the way VS Code injects it,
 * through `injectTo`.
 */
const MARKDOWN_STAND_IN = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^[ \\t]*(`{3,}|~{3,})[^`]*$', end: '^[ \\t]*\\1[ \\t]*$', name: 'markup.fenced_code.block.markdown' },
    { begin: '^<!--', end: '-->', name: 'comment.block.html' },
    { match: '^(?: {4}|\\t).*$', name: 'markup.raw.block.markdown' },
    { match: '^#{1,6}[ \\t].*$', name: 'markup.heading.markdown' },
    {
      begin: '^([ \\t]*)([-*+])([ \\t]+)',
      beginCaptures: { 2: { name: 'punctuation.definition.list.begin.markdown' } },
      end: '$',
      name: 'markup.list.unnumbered.markdown',
      patterns: [{ match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' }],
    },
  ],
};

async function markdownGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(resolve(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const contributed = manifest.contributes.grammars;
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources: string[]) => new OnigScanner(sources), createOnigString: (s: string) => new OnigString(s) }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return MARKDOWN_STAND_IN as unknown as IRawGrammar;
      const g = contributed.find((c) => c.scopeName === scopeName);
      return g ? (JSON.parse(readFileSync(resolve(ROOT, g.path), 'utf8')) as IRawGrammar) : null;
    },
    getInjections: (scopeName) => contributed.filter((c) => c.injectTo?.includes(scopeName)).map((c) => c.scopeName),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  assert.ok(grammar);
  return grammar;
}

/** Its own scope names, every one. */
function grammarScopes(): string[] {
  const raw = readFileSync(resolve(ROOT, 'syntaxes/mentorship-ideas.injection.json'), 'utf8');
  return [...raw.matchAll(/"name": "([^"]+)"/g)].flatMap((m) => m[1].split(' ')).filter((s) => s.endsWith('.mentorship-ideas'));
}

function tokenize(grammar: IGrammar, lines: string[]) {
  let state = INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens;
  });
}

const ENTRY = [
  '### Jaeger',
  '#### Trace view',
  'CNCF - Jaeger: Trace view (2026 Term 1)',
  '- Description: Build it.',
  '- **Recommended Skills**: Go',
  '- Mentor(s):',
  '  - Avery Example (@avery-example, avery@example.org)',
  '  - Blake Sample (@blake-sample)',
  '- Upstream Issue: https://github.com/example/project/issues/1',
  '- LFX URL: <https://mentorship.lfx.linuxfoundation.org/project/abc>',
  '- Mentor(s): Ann One (@ann-one, ann@example.org), Bob Two (@bob-two, bob@example.org)',
  'Plain text about Description: and mentors, with (no handle) in it.',
];

/** The scopes of the text `piece` on `line` (every token it spans must carry the same scopes). */
function scopesOf(tokens: { startIndex: number; endIndex: number; scopes: string[] }[][], line: number, piece: string): string[] {
  const text = ENTRY[line];
  const start = text.indexOf(piece);
  assert.ok(start >= 0, `"${piece}" not on line ${line}`);
  const spanned = tokens[line].filter((t) => t.startIndex < start + piece.length && t.endIndex > start);
  assert.equal(spanned[0].startIndex, start, `"${piece}" starts a token`);
  assert.equal(spanned[spanned.length - 1].endIndex, start + piece.length, `"${piece}" ends a token`);
  for (const t of spanned) assert.deepEqual(t.scopes, spanned[0].scopes);
  return spanned[0].scopes;
}

describe('the injected Markdown grammar', () => {
  test('the manifest injects it into text.html.markdown', () => {
    const g = manifest.contributes.grammars.find((c) => c.scopeName === 'markdown.mentorship-ideas.injection');
    assert.deepEqual(g?.injectTo, ['text.html.markdown']);
    const raw = JSON.parse(readFileSync(resolve(ROOT, g!.path), 'utf8')) as { injectionSelector: string; scopeName: string };
    assert.equal(raw.injectionSelector, 'L:text.html.markdown -markup.fenced_code -markup.raw -markup.inline.raw -comment');
    assert.equal(raw.scopeName, g!.scopeName);
  });

  test('scopes labels, mentors, handles, e-mails, URLs and the LFX title line of an entry', async () => {
    const tokens = tokenize(await markdownGrammar(), ENTRY);
    const has = (line: number, piece: string, scope: string) => {
      const scopes = scopesOf(tokens, line, piece);
      assert.ok(scopes.some((s) => s.split(' ').includes(scope) || s === scope), `${piece}: ${scopes.join(' ')} lacks ${scope}`);
    };
    has(3, 'Description', 'entity.name.tag.field-label.mentorship-ideas');
    has(3, ':', 'punctuation.separator.key-value.mentorship-ideas');
    has(4, 'Recommended Skills', 'entity.name.tag.field-label.mentorship-ideas');
    has(5, 'Mentor(s)', 'entity.name.tag.field-label.mentorship-ideas');
    has(6, 'Avery Example', 'entity.name.function.mentor.mentorship-ideas');
    has(6, 'avery-example', 'variable.other.handle.mentorship-ideas');
    has(6, 'avery@example.org', 'markup.underline.link.email.mentorship-ideas');
    has(7, 'Blake Sample', 'entity.name.function.mentor.mentorship-ideas');
    has(7, 'blake-sample', 'variable.other.handle.mentorship-ideas');
    has(8, 'Upstream Issue', 'entity.name.tag.field-label.mentorship-ideas');
    has(8, 'https://github.com/example/project/issues/1', 'markup.underline.link.upstream.mentorship-ideas');
    has(9, 'LFX URL', 'entity.name.tag.field-label.mentorship-ideas');
    has(9, 'https://mentorship.lfx.linuxfoundation.org/project/abc', 'markup.underline.link.lfx.mentorship-ideas');
    has(10, 'Ann One', 'entity.name.function.mentor.mentorship-ideas');
    has(10, 'bob@example.org', 'markup.underline.link.email.mentorship-ideas');
    has(2, 'CNCF', 'constant.language.cncf.mentorship-ideas');
    has(2, 'Jaeger', 'entity.name.type.project.mentorship-ideas');
    has(2, 'Trace view', 'string.quoted.other.lfx-title.mentorship-ideas');
    has(2, '2026 Term 1', 'constant.other.term.mentorship-ideas');
    // The Markdown grammar keeps its own: the list marker and the heading.
    has(3, '-', 'punctuation.definition.list.begin.markdown');
    assert.ok(tokens[0].every((t) => t.scopes.includes('markup.heading.markdown') && !t.scopes.some((s) => s.endsWith('.mentorship-ideas'))));
    // Prose that only looks like a label or a mentor stays prose.
    assert.ok(tokens[11].every((t) => t.scopes.join(' ') === 'text.html.markdown'), JSON.stringify(tokens[11]));
  });

  test('labels are scoped as tags, which themes draw as keys; no scope is one the default themes draw red', () => {
    const scopes = grammarScopes();
    assert.ok(scopes.includes('entity.name.tag.field-label.mentorship-ideas'));
    // VS Code's Light+, Light Modern and Light 2026 draw support.type.property-name and
    // entity.other.attribute-name #E50000; the 2026 themes draw keyword and storage red; invalid is red everywhere.
    const red = /^(?:invalid|support\.type\.property-name|entity\.other\.attribute-name|keyword|storage|markup\.deleted|message\.error)(?:\.|$)/;
    assert.deepEqual(scopes.filter((s) => red.test(s)), []);
  });

  test('nothing is scoped inside fenced code (the template), indented code, inline code or an HTML comment', async () => {
    const lines = [
      '## Template',
      '```',
      '### CNCF Project Name',
      '- Description:',
      '- Mentor(s):',
      '  - Mentor Name (@mentor_github, mentor@email.addy)',
      '- Upstream Issue: https://github.com/example/project/issues/1',
      '```',
      '~~~markdown',
      '- Recommended Skills: Go',
      '~~~',
      '    - Description: indented code',
      '<!--',
      '- Description: commented out',
      '-->',
      '- Description: Build it, see `- Mentor(s): Ann One (@ann-one, ann@example.org)`.',
    ];
    const tokens = tokenize(await markdownGrammar(), lines);
    const ours = (line: number) => tokens[line].filter((t) => t.scopes.some((s) => s.endsWith('.mentorship-ideas'))).map((t) => lines[line].slice(t.startIndex, t.endIndex));
    for (let line = 0; line < lines.length - 1; line++) assert.deepEqual(ours(line), [], lines[line]);
    // The last line is an entry's field: its label is scoped, the code span in its value is not.
    assert.deepEqual(ours(lines.length - 1), ['Description', ':']);
  });
});
