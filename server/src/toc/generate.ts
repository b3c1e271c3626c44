import type { HeadingInfo, IdeasDocument, Range, TableOfContents, TocEntry } from '../model/types';
import type { TextEdit } from '../rules/rule';
import { headingAnchors } from './anchors';

/** One line of the table of contents as the headings say it should be. */
export interface TocItem {
  text: string;
  anchor: string;
  /** 0 for the outermost entries, 1 for those nested once, ... */
  nesting: number;
  headingLine: number;
}

const TOC_TITLE = /^(?:table\s+of\s+)?contents$/i;

/**
 * The entries the table of contents should have: the projects, their
 * sub-groups and ideas in document order, nested by heading level, with
 * GitHub's anchors. A table that also lists other headings (`Timeline`,
 * `Accepted Projects`, as some older READMEs do) is a table of the whole
 * document: it gets every heading between the levels it lists.
 */
export function expectedToc(doc: IdeasDocument): TocItem[] {
  const anchors = headingAnchors(doc.headings);
  const listed = new Set(doc.toc?.entries.map((e) => e.anchor));
  const referenced = doc.headings.filter((h) => listed.has(anchors.get(h.line)!));
  let included: HeadingInfo[];
  if (referenced.some((h) => h.role === 'other')) {
    const min = Math.min(...referenced.map((h) => h.level));
    const max = Math.max(...referenced.map((h) => h.level));
    included = doc.headings.filter((h) => h.level >= min && h.level <= max && (!TOC_TITLE.test(h.text) || listed.has(anchors.get(h.line)!)));
  } else {
    included = doc.headings.filter((h) => h.role === 'project' || h.role === 'group' || h.role === 'idea');
  }
  const open: number[] = [];
  return included.map((h) => {
    while (open.length > 0 && open[open.length - 1] >= h.level) open.pop();
    const nesting = open.length;
    open.push(h.level);
    return { text: linkText(h.text), anchor: anchors.get(h.line)!, nesting, headingLine: h.line };
  });
}

/** A heading as the text of a link: links inside it become their text (links do not nest). */
function linkText(heading: string): string {
  return heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
}

interface TocStyle {
  /** Indentation and list marker for each nesting level found in the file. */
  levels: { indent: string; marker: string }[];
}

/** The file's own way of writing its table: indentation and list marker per nesting level. */
function styleOf(entries: readonly TocEntry[]): TocStyle {
  const depths = [...new Set(entries.map((e) => e.depth))].sort((a, b) => a - b);
  const levels = depths.map((d) => {
    const first = entries.find((e) => e.depth === d)!;
    return { indent: first.indent ?? ' '.repeat(d), marker: first.marker ?? '-' };
  });
  if (levels.length === 0) levels.push({ indent: '', marker: '-' });
  return { levels };
}

function levelStyle(style: TocStyle, nesting: number): { indent: string; marker: string } {
  const { levels } = style;
  if (nesting < levels.length) return levels[nesting];
  const last = levels[levels.length - 1];
  const step = levels.length > 1 ? Math.max(1, width(last.indent) - width(levels[levels.length - 2].indent)) : last.marker.length + 1;
  return { indent: ' '.repeat(width(last.indent) + step * (nesting - levels.length + 1)), marker: last.marker };
}

function width(indent: string): number {
  return indent.replace(/\t/g, '    ').length;
}

/** The table's lines, written in the file's style. Ordered lists are numbered per level. */
export function renderToc(items: readonly TocItem[], entries: readonly TocEntry[]): string[] {
  const style = styleOf(entries);
  const counters: number[] = [];
  return items.map((item) => {
    counters.length = item.nesting + 1;
    counters[item.nesting] = (counters[item.nesting] ?? 0) + 1;
    const { indent, marker } = levelStyle(style, item.nesting);
    const ordered = /^\d+([.)])$/.exec(marker);
    return `${indent}${ordered ? counters[item.nesting] + ordered[1] : marker} [${item.text}](#${item.anchor})`;
  });
}

/** The edit that replaces the table's entries by the generated ones; the `<!-- TOC -->` markers and anything around the entries stay. */
export function tocEdit(toc: TableOfContents, items: readonly TocItem[]): TextEdit {
  const lines = renderToc(items, toc.entries);
  if (toc.entries.length === 0) {
    const at = toc.range.start;
    return { range: { start: at, end: at }, newText: lines.map((l) => l + '\n').join('') };
  }
  const range: Range = { start: toc.entries[0].range.start, end: toc.entries[toc.entries.length - 1].range.end };
  return { range, newText: lines.join('\n') };
}

export interface TocDifference {
  /** Index of the first entry that differs (may equal the number of entries when some are missing at the end). */
  index: number;
  message: string;
}

const squashSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The nesting level of each written entry (0 for the outermost), from the depths the table uses. */
function nestingOf(entries: readonly TocEntry[]): number[] {
  const depths = [...new Set(entries.map((e) => e.depth))].sort((a, b) => a - b);
  return entries.map((e) => depths.indexOf(e.depth));
}

/**
 * How many links regenerating the table changes: added, removed or
 * rewritten (text, anchor or nesting), the links that stay in order as they
 * are aside (a longest common subsequence).
 */
export function changedLinks(entries: readonly TocEntry[], items: readonly TocItem[]): number {
  const nesting = nestingOf(entries);
  const written = entries.map((e, i) => `${nesting[i]}\u0000${e.anchor}\u0000${squashSpaces(e.text)}`);
  const wanted = items.map((item) => `${item.nesting}\u0000${item.anchor}\u0000${squashSpaces(item.text)}`);
  let previous = new Array<number>(wanted.length + 1).fill(0);
  for (const w of written) {
    const row = new Array<number>(wanted.length + 1).fill(0);
    for (let j = 0; j < wanted.length; j++) row[j + 1] = w === wanted[j] ? previous[j] + 1 : Math.max(previous[j + 1], row[j]);
    previous = row;
  }
  return Math.max(written.length, wanted.length) - previous[wanted.length];
}

/** Where the written table first departs from the expected one, or undefined when it lists exactly the expected entries. */
export function firstDifference(entries: readonly TocEntry[], items: readonly TocItem[]): TocDifference | undefined {
  const nesting = nestingOf(entries);
  const same = (a: string, b: string) => squashSpaces(a) === squashSpaces(b);
  for (let i = 0; i < Math.max(entries.length, items.length); i++) {
    const entry = entries[i];
    const item = items[i];
    if (!entry) {
      const more = items.length - i - 1;
      return { index: i, message: `The table of contents lacks "${item.text}"${more > 0 ? ` and ${more} more` : ''}` };
    }
    if (!item) return { index: i, message: `The table of contents lists "${entry.text}" (#${entry.anchor}), which is not one of the headings it covers` };
    if (entry.anchor !== item.anchor && same(entry.text, item.text)) {
      return { index: i, message: `The table of contents links "${entry.text}" to #${entry.anchor}, but GitHub's anchor for that heading is #${item.anchor}` };
    }
    if (entry.anchor !== item.anchor || !same(entry.text, item.text)) {
      return { index: i, message: `The table of contents has "${entry.text}" (#${entry.anchor}) where the headings give "${item.text}" (#${item.anchor})` };
    }
    if (nesting[i] !== item.nesting) {
      return { index: i, message: `The table of contents nests "${entry.text}" at level ${nesting[i] + 1}, the headings at level ${item.nesting + 1}` };
    }
  }
  return undefined;
}
