import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { remarkBlocks, scanBlocks } from '../../server/src/model/blocks';
import { parseSection, placeSection } from '../../server/src/model/parseSection';
import { shiftCopy } from '../../server/src/model/shift';
import { splitLines, splitSections } from '../../server/src/model/sections';
import { CORPUS, corpusAvailable } from '../support/corpus';

/** `npm test` checks this many generated sections; `npm run test:fuzz` ten times more. */
const GENERATED = Number(process.env.FUZZ_DOCUMENTS ?? 1000) * 5;

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
    });
}

/** The scan's blocks where it answers; asserts they are remark-parse's. */
function checkSection(text: string, where: string): boolean {
  const scanned = scanBlocks(text, splitLines(text));
  if (!scanned) return false;
  assert.deepEqual(scanned, remarkBlocks(text), `${where}:\n${text}`);
  return true;
}

test('the line scan gives remark-parse blocks on every section of the corpus it answers, and answers nearly all', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  let sections = 0;
  let scanned = 0;
  let bytes = 0;
  let scannedBytes = 0;
  for (const file of markdownFiles(CORPUS)) {
    for (const section of splitSections(readFileSync(file, 'utf8'))) {
      sections++;
      bytes += section.text.length;
      if (checkSection(section.text, `${file}:${section.startLine + 1}`)) {
        scanned++;
        scannedBytes += section.text.length;
      }
    }
  }
  assert.ok(sections > 3000, `${sections} sections`);
  // The fast path is the common path: a regression that sends most sections back to remark fails here.
  assert.ok(scanned / sections >= 0.99, `${scanned} of ${sections} sections scanned`);
  assert.ok(scannedBytes / bytes >= 0.99, `${((100 * scannedBytes) / bytes).toFixed(1)}% of the text scanned`);
});

test('parseSection reads the same model from the scan as from remark-parse on a term file', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const text = readFileSync(join(CORPUS, '2026_03-Sep-Nov_README.md'), 'utf8');
  for (const section of splitSections(text)) {
    assert.ok(scanBlocks(section.text, splitLines(section.text)), `section at line ${section.startLine + 1} not scanned`);
  }
  // The model built from remark's blocks: parseSection with the scan switched off for one call.
  const viaRemark = (t: string) => parseSection(t, remarkBlocks);
  for (const section of splitSections(text)) assert.deepEqual(parseSection(section.text), viaRemark(section.text));
});

test('a section model moved in place holds what a moved copy holds, on every section of the corpus', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  for (const file of markdownFiles(CORPUS)) {
    for (const section of splitSections(readFileSync(file, 'utf8'))) {
      const placed = parseSection(section.text);
      placeSection(placed, 1000);
      // An object reached twice would move twice in place, once in the copy.
      assert.deepEqual(placed, shiftCopy(parseSection(section.text), 1000), `${file}:${section.startLine + 1}`);
    }
  }
});

/** Line beginnings that change block structure, alone or combined: indents, container markers, leaf starts. */
const INDENTS = ['', '', '', ' ', '  ', '   ', '    ', '     ', '      ', '\t', ' \t', '  \t', '\t\t'];
const MARKERS = ['', '', '', '- ', '* ', '+ ', '1. ', '2. ', '1) ', '10. ', '-  ', '-    ', '-     ', '-\t', '1.\t', '> ', '>', '>\t', '> > ', '> - ', '- > ', '- - ', '1. - ', '* 1. '];
const STARTS = [
  'text', 'more words', 'Description: value', '**Mentor(s):**', '# heading', '## h', '#no', '######## x', '---', '***', '___', '- - -', '* * *', '===', '--', '-', '*', '+', '1.', '2026. Term', '3) x',
  '```', '```js', '``` `x`', '~~~', '````', '[x](#y)', '[x]: /y', '[x]', '[ ] task', '[x\\]: y', '[', '[a \\& b](#c)', '[[x] y](z)', '[x\\', '[]: y', '[x]:', '<!-- c -->', '<!-- TOC -->', '<!---->', '<!-->', '<!-- open', 'x -->', '<div>', '<http://x>', '>', '\\- escaped', '|a|b|', '',
];

const anyLine = fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...MARKERS), fc.constantFrom(...MARKERS), fc.constantFrom(...STARTS)).map((parts) => parts.join(''));
/** Lines as idea entries are written, so that most generated sections are ones the scan answers. */
const entryLine = fc
  .tuple(fc.constantFrom('', '', ' ', '  ', '   ', '    ', '\t'), fc.constantFrom('', '', '- ', '* ', '1. ', '2. ', '> ', '- > '), fc.constantFrom('text', 'Mentor(s):', '[x](#y)', '**b**', '2026. x', '#x', '---', '```'))
  .map((parts) => parts.join(''));
const line = fc.oneof({ weight: 3, arbitrary: entryLine }, { weight: 2, arbitrary: anyLine });
const section = fc.tuple(fc.boolean(), fc.array(fc.oneof(line, fc.constant('')), { minLength: 1, maxLength: 14 })).map(([heading, lines]) => (heading ? ['#### Idea', ...lines] : lines).join('\n'));

test(`the line scan gives remark-parse blocks on ${GENERATED} generated sections it answers`, () => {
  let scanned = 0;
  fc.assert(
    fc.property(section, (text) => {
      if (checkSection(text, 'generated')) scanned++;
    }),
    { numRuns: GENERATED, seed: 20261203 },
  );
  // Half the generated sections hold something the scan leaves to remark; the rest must be scanned, not all given up.
  assert.ok(scanned >= GENERATED * 0.2, `only ${scanned} of ${GENERATED} scanned`);
});

test('the line scan gives remark-parse blocks on corpus sections with lines mutated', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  const sections = markdownFiles(CORPUS).flatMap((f) => splitSections(readFileSync(f, 'utf8')).map((s) => s.text));
  let scanned = 0;
  const runs = GENERATED;
  fc.assert(
    fc.property(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), line), { minLength: 1, maxLength: 4 }), (pick, edits) => {
      const lines = splitLines(sections[pick % sections.length]);
      for (const [at, kind, replacement] of edits) {
        const i = at % lines.length;
        if (kind === 0) lines.splice(i, 1);
        else if (kind === 1) lines.splice(i, 0, replacement);
        else if (kind === 2) lines[i] = replacement;
        else if (kind === 3) lines[i] = ' '.repeat(kind) + lines[i];
        else if (kind === 4) lines[i] = lines[i].replace(/^\s+/, '');
        else lines.splice(i, 0, '');
      }
      if (checkSection(lines.join('\n'), 'mutated')) scanned++;
    }),
    { numRuns: runs, seed: 20261204 },
  );
  assert.ok(scanned >= runs * 0.3, `only ${scanned} of ${runs} scanned`);
});
