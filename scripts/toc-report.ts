// Measures the table-of-contents generator on the real term READMEs of
// ../shared/corpus and writes docs/toc-measurement.md:
//   node --import tsx scripts/toc-report.ts [--stdout]
// For each README with a table of contents: is the written table exactly the
// generated one, and if not, why, entry by entry.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDocument } from '../server/src/model/document';
import type { TocEntry } from '../server/src/model/types';
import { githubSlug } from '../server/src/toc/anchors';
import { expectedToc, firstDifference, tocEdit, type TocItem } from '../server/src/toc/generate';
import { corpusAvailable, termFiles } from '../test/support/corpus';

interface FileReport {
  name: string;
  entries: number;
  generated: number;
  exact: boolean;
  /** Written entry lines that the generated table has, byte for byte. */
  sameLines: number;
  /** The rule's verdict: same anchors, link texts (up to spaces) and nesting, in order. */
  upToDate: boolean;
  reasons: string[];
}

const squashSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();
const noHyphens = (s: string) => s.replace(/-/g, '');

/** Why a written anchor is not GitHub's anchor of the heading it stands for. */
function anchorReason(entry: TocEntry, item: TocItem, headingText: string): string {
  const github = item.anchor;
  if (githubSlug(headingText + ' ') === entry.anchor || entry.anchor === github + '-') {
    return `the heading ends in a space, which the tool that wrote the table turned into a trailing \`-\`; GitHub trims the heading first (\`#${github}\`)`;
  }
  if (github.replace(/-+/g, '-') === entry.anchor) {
    return `the tool that wrote the table collapsed every run of \`-\` into one; GitHub makes a \`-\` of every space and keeps the heading's own, so the anchor is \`#${github}\``;
  }
  // A slugger that drops punctuation, then makes one `-` of each run of spaces.
  if (headingText.toLowerCase().replace(/[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\- ]/gu, '').replace(/ +/g, '-') === entry.anchor) {
    return `the tool that wrote the table made one \`-\` of each run of spaces (also of those around dropped punctuation: \`A / B\` gave \`a-b\`); GitHub makes a \`-\` of every space, so the anchor is \`#${github}\``;
  }
  if (noHyphens(github) === noHyphens(entry.anchor)) {
    return `the tool that wrote the table turned punctuation into \`-\`; GitHub drops it, so the anchor is \`#${github}\``;
  }
  if (new RegExp(`^${github}-\\d+$`).test(entry.anchor)) {
    return `the anchor has a repeat suffix, but no earlier heading has GitHub's anchor \`#${github}\`, so this heading gets it plain`;
  }
  if (squashSpaces(entry.text) !== squashSpaces(item.text)) {
    return `the heading was renamed after the table was written: it is now "${item.text}" (\`#${github}\`)`;
  }
  return `the anchor does not follow the heading's text (edited by hand, or kept from an earlier wording of the heading): GitHub's is \`#${github}\``;
}

function report(name: string, text: string): FileReport | undefined {
  const doc = buildDocument('file:///corpus/' + name, text);
  const toc = doc.toc;
  if (!toc) return undefined;
  const items = expectedToc(doc);
  const edit = tocEdit(toc, items);
  const written = TextDocument.create('file:///corpus/' + name, 'markdown', 1, text).getText(edit.range).replace(/\r\n?/g, '\n');
  const exact = written === edit.newText;
  const upToDate = firstDifference(toc.entries, items) === undefined;
  const writtenLines = written.split('\n');
  const generatedLines = new Set(edit.newText.split('\n'));
  const sameLines = toc.entries.filter((e) => generatedLines.has(writtenLines[e.range.start.line - edit.range.start.line])).length;
  const reasons: string[] = [];
  const headingText = new Map(doc.headings.map((h) => [h.line, h.text]));
  const depths = [...new Set(toc.entries.map((e) => e.depth))].sort((a, b) => a - b);

  // Pair each written entry with the generated item it stands for: same anchor, else same text, else same anchor once hyphens are ignored.
  const byAnchor = new Map(items.map((it) => [it.anchor, it]));
  const byText = new Map(items.map((it) => [squashSpaces(it.text).toLowerCase(), it]));
  const byLooseAnchor = new Map(items.map((it) => [noHyphens(it.anchor), it]));
  const paired = new Map<TocItem, TocEntry>();
  for (const entry of toc.entries) {
    const line = entry.range.start.line + 1;
    const item = byAnchor.get(entry.anchor) ?? byText.get(squashSpaces(entry.text).toLowerCase()) ?? byLooseAnchor.get(noHyphens(entry.anchor.replace(/-$/, '')));
    if (item && paired.has(item)) {
      reasons.push(`line ${line}: "${entry.text}" links to \`#${entry.anchor}\` a second time (the heading "${item.text}" is listed already); the entry was probably meant for a heading written under another name`);
      continue;
    }
    if (!item) {
      reasons.push(`line ${line}: "${entry.text}" (\`#${entry.anchor}\`) matches no heading the table covers: the heading was removed or renamed beyond recognition`);
      continue;
    }
    paired.set(item, entry);
    if (entry.anchor !== item.anchor) reasons.push(`line ${line}: \`#${entry.anchor}\` for "${entry.text}": ${anchorReason(entry, item, headingText.get(item.headingLine) ?? item.text)}`);
    if (entry.text !== item.text) {
      reasons.push(
        squashSpaces(entry.text) === squashSpaces(item.text)
          ? `line ${line}: the link text "${entry.text}" differs from the heading only in spaces (the heading is "${item.text}")`
          : `line ${line}: the link text "${entry.text}" is not the heading's text "${item.text}"`,
      );
    }
    const nesting = depths.indexOf(entry.depth);
    if (nesting !== item.nesting) reasons.push(`line ${line}: "${entry.text}" is nested at level ${nesting + 1}; its heading's level puts it at level ${item.nesting + 1}`);
  }
  const missing = items.filter((it) => !paired.has(it));
  if (missing.length > 0) {
    reasons.push(
      `${missing.length} heading${missing.length === 1 ? ' is' : 's are'} not in the table (added after it was last written): ${missing.map((it) => `"${it.text}" (line ${it.headingLine + 1})`).join(', ')}`,
    );
  }
  // Entries in an order the headings do not have: those outside the longest run that is in heading order.
  const order = toc.entries.map((e) => [...paired].find(([, pe]) => pe === e)?.[0]).filter((it): it is TocItem => !!it);
  const inOrder = longestIncreasing(order.map((it) => items.indexOf(it)));
  const moved = order.filter((_, i) => !inOrder.has(i));
  if (moved.length > 0) {
    reasons.push(`${moved.length} entr${moved.length === 1 ? 'y is' : 'ies are'} out of the headings' order (ideas moved or added in another place than the table): ${moved.map((it) => `"${it.text}"`).join(', ')}`);
  }
  // Style: the generator writes `marker [text](#anchor)`; anything else on a line is the file's own.
  for (let i = 0; i < writtenLines.length; i++) {
    const m = /^[ \t]*(?:[-*+]|\d+[.)])([ \t]+)\[[^\]]*\]\(#[^)\s]*\)(.*)$/.exec(writtenLines[i]);
    if (m && (m[1] !== ' ' || m[2] !== '')) reasons.push(`line ${edit.range.start.line + i + 1}: written with ${m[1] !== ' ' ? 'more than one space after the list marker' : `text after the link ("${m[2].trim()}")`}`);
  }
  if (!exact && reasons.length === 0) reasons.push('the lines between the entries hold something other than entries');
  return { name, entries: toc.entries.length, generated: items.length, exact, sameLines, upToDate, reasons };
}

/** Indices (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const result = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) result.add(i);
  return result;
}

function markdown(reports: FileReport[], readmes: number): string {
  const exact = reports.filter((r) => r.exact);
  const upToDate = reports.filter((r) => r.upToDate);
  const sum = (f: (r: FileReport) => number) => reports.reduce((n, r) => n + f(r), 0);
  const out: string[] = [
    '# Table of contents: generated vs written',
    '',
    'Produced by `node --import tsx scripts/toc-report.ts` over the term READMEs of',
    '`../shared/corpus` (cncf/mentoring at the commit its README names). For each README with',
    'a table of contents (a list of `[text](#anchor)` links under a "Table of Contents"',
    'heading or paragraph, or between `<!-- TOC -->` markers) the table the',
    '"Update table of contents" command writes is compared with the one in the file.',
    '',
    `- READMEs: ${readmes}; with a table of contents: ${reports.length}.`,
    `- Written table exactly the generated one (byte for byte): **${exact.length} of ${reports.length}** (${exact.map((r) => r.name).join(', ') || 'none'}).`,
    `- Written entries the generated table has byte for byte (same indentation, marker, text and anchor): ${sum((r) => r.sameLines)} of ${sum((r) => r.entries)}; the rest are the differences explained below.`,
    `- Tables the \`toc-out-of-date\` rule accepts (same anchors and nesting, link texts equal up to spaces): ${upToDate.length} of ${reports.length} (${upToDate.map((r) => r.name).join(', ') || 'none'}).`,
    '',
    '| README | entries written | entries generated | written entries reproduced | exact | rule |',
    '| --- | --- | --- | --- | --- | --- |',
    ...reports.map((r) => `| ${r.name} | ${r.entries} | ${r.generated} | ${r.sameLines} | ${r.exact ? 'yes' : 'no'} | ${r.upToDate ? 'up to date' : 'out of date'} |`),
    '',
    '## Why the others differ',
    '',
    'Every difference, by file. "Anchor" is the part after `#`; GitHub makes it from',
    "the heading's text: lower case, punctuation dropped (letters, digits, `_` and `-` kept),",
    'each space a `-`, and `-1`, `-2` for repeats. A link whose anchor is not GitHub\'s goes',
    'nowhere on github.com; entries missing or out of order are tables not kept up to date.',
    '',
  ];
  for (const r of reports.filter((x) => !x.exact)) {
    out.push(`### ${r.name}`, '', ...r.reasons.map((reason) => `- ${reason}`), '');
  }
  return out.join('\n');
}

if (!corpusAvailable()) {
  console.error('toc-report: ../shared/corpus is not there');
  process.exit(2);
}
const readmes = termFiles().filter((f) => f.name.endsWith('_README.md'));
const reports = readmes.map((f) => report(f.name, f.text)).filter((r): r is FileReport => !!r);
const text = markdown(reports, readmes.length);
if (process.argv.includes('--stdout')) process.stdout.write(text);
else {
  const out = resolve(__dirname, '../docs/toc-measurement.md');
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${reports.filter((r) => r.exact).length} of ${reports.length} tables exactly as generated`);
}
