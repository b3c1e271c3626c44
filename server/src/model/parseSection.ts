import { sectionBlocks, type Block, type ListBlock } from './blocks';
import { canonicalLabel, matchFieldLine } from './labels';
import { findLinks } from './links';
import { parseMentorLines, type MentorSourceLine } from './mentors';
import { splitLines } from './sections';
import type { Field, LfxTitle, Range, TocEntry } from './types';

/**
 * What one section (a heading and the lines up to the next heading) holds,
 * with positions relative to the section's first line. remark-parse gives the
 * block structure; columns come from the source lines, which is where the
 * editor's positions live.
 */
export interface SectionModel {
  heading?: { level: number; text: string; range: Range; textRange: Range };
  fields: Field[];
  lfxTitle?: LfxTitle;
  outcomeInDescription: boolean;
  tocEntries: TocEntry[];
  tocMarkers: number[];
  isTocHeading: boolean;
  fences: Range[];
  templateFence?: Range;
  controlComments: { kind: 'disable' | 'enable' | 'disable-next-line'; rules: string[]; line: number }[];
  /** Last line with content (relative), or -1; and that line's length. */
  lastContentLine: number;
  lastContentLength: number;
  lineCount: number;
}

function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

const LFX_TITLE = /^CNCF\s*-\s*(.+?):\s*(.+)\s+\((\d{4}\s+Term\s+\d)\)\s*$/;
const OUTCOME_IN_TEXT = /^(?:>\s*)*(?:#{1,6}\s*|\*\*)?expected\s+outcomes?\b/im;
const CONTROL = /<!--\s*mentorship-ideas-(disable-next-line|disable|enable)\b([^>]*?)-->/g;
/** A line that holds a control comment and nothing else: no part of a field's value. */
export const CONTROL_COMMENT_LINE = /^\s*<!--\s*mentorship-ideas-(?:disable-next-line|disable|enable)\b[^>]*-->\s*$/;

/** `blocksOf` reads the block structure: the line scan with remark-parse behind it, or (in tests) remark-parse alone. */
export function parseSection(text: string, blocksOf: (text: string, lines: string[]) => Block[] = sectionBlocks): SectionModel {
  const lines = splitLines(text);
  const blocks = blocksOf(text, lines);
  const model: SectionModel = {
    fields: [],
    outcomeInDescription: false,
    tocEntries: [],
    tocMarkers: [],
    isTocHeading: false,
    fences: [],
    controlComments: [],
    lastContentLine: -1,
    lastContentLength: 0,
    lineCount: lines.length,
  };
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim() !== '') {
      model.lastContentLine = i;
      model.lastContentLength = lines[i].length;
      break;
    }
  }
  lines.forEach((l, i) => {
    if (/^\s*<!--\s*\/?\s*TOC\s*-->\s*$/i.test(l)) model.tocMarkers.push(i);
    if (l.includes('mentorship-ideas-')) {
      for (const m of l.matchAll(CONTROL)) {
        const rules = m[2].split(/[\s,]+/).filter(Boolean);
        model.controlComments.push({ kind: m[1] as 'disable' | 'enable' | 'disable-next-line', rules, line: i });
      }
    }
  });

  let current: Field | undefined;
  for (const node of blocks) {
    const { first, last } = node;
    if (node.type === 'heading' && first === 0 && !model.heading) {
      const raw = lines[0].replace(/^\uFEFF/, '');
      const bom = lines[0].length - raw.length;
      // ATX (`### Name`) or, for a first section, setext (`Name` over `===`).
      const atx = /^([ \t]*#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(raw);
      const text = (atx ? atx[2] ?? '' : raw).trim();
      const textStart = bom + (text ? raw.indexOf(text, atx ? atx[1].length : 0) : raw.length);
      model.heading = {
        level: node.depth,
        text,
        range: lineRange(0, 0, lines[0].length),
        textRange: lineRange(0, textStart, textStart + text.length),
      };
      model.isTocHeading = /table\s+of\s+contents|^contents$/i.test(text);
      continue;
    }
    if (node.type === 'code') {
      const r = lineRange(first, 0, 0);
      r.end = { line: last, character: lines[last]?.length ?? 0 };
      model.fences.push(r);
      if (/^#{3,4}\s/m.test(node.value) && /Description/i.test(node.value)) model.templateFence = r;
      if (current) extend(current, lines, last);
      continue;
    }
    if (node.type === 'list') {
      collectTocEntries(node, lines, model.tocEntries);
      // Under a label written as a paragraph with nothing after it (`Mentor(s):`), the list is its value: only template labels start fields.
      const ownedBy = current && !current.style.listItem && current.range.end.line === current.range.start.line && !lines[current.range.start.line].slice(current.valueRange!.start.character).trim();
      for (const item of node.items) {
        const itemFirst = item.first;
        const itemLast = item.last;
        const match = matchFieldLine(lines[itemFirst], { requireKnown: !!ownedBy });
        if (match) {
          current = newField(lines, itemFirst, itemLast, match);
          model.fields.push(current);
        } else if (current) {
          extend(current, lines, itemLast);
        }
      }
      continue;
    }
    if (node.type === 'paragraph') {
      const firstLine = lines[first];
      // `Table of Contents` as a paragraph of its own labels the list after it, as a heading would.
      if (first === last && !current && /^(?:\*\*)?table\s+of\s+contents:?(?:\*\*)?$/i.test(firstLine.trim())) {
        model.tocEntries.length = 0;
        model.isTocHeading = true;
        continue;
      }
      const lfx = LFX_TITLE.exec(firstLine.trim());
      if (lfx && !current && first === last) {
        const start = firstLine.indexOf('CNCF');
        model.lfxTitle = {
          project: lfx[1].trim(),
          title: lfx[2].trim(),
          term: lfx[3].replace(/\s+/g, ' '),
          text: firstLine.trim(),
          range: lineRange(first, start, start + firstLine.trim().length),
        };
        continue;
      }
      const match = matchFieldLine(firstLine, { requireKnown: true });
      if (match) {
        // `Label: value` lines without bullets run together into one paragraph: each template label in it starts a field.
        let start = first;
        let startMatch = match;
        for (let l = first + 1; l <= last + 1; l++) {
          const next = l <= last ? matchFieldLine(lines[l], { requireKnown: true }) : undefined;
          const startsField = next !== undefined && canonicalLabel(next.rawLabel) !== undefined;
          if (l <= last && !startsField) continue;
          current = newField(lines, start, l - 1, startMatch);
          model.fields.push(current);
          if (next && startsField) {
            start = l;
            startMatch = next;
          }
        }
        continue;
      }
    }
    if (current && node.type !== 'thematicBreak' && node.type !== 'heading') extend(current, lines, last);
    else if (node.type === 'heading' || node.type === 'thematicBreak') current = undefined;
  }
  for (const field of model.fields) finishField(field, lines);
  const description = model.fields.find((f) => f.label === 'Description');
  model.outcomeInDescription = !!description && OUTCOME_IN_TEXT.test(description.value);
  return model;
}

/**
 * Moves a model just parsed (positions relative to its section) to the
 * section's first line, in place: every position the model holds, once
 * (test/model/blockScan.test.ts holds it equal to a shifted copy on every
 * corpus section). The TOC markers stay relative, as the document reads them.
 */
export function placeSection(model: SectionModel, base: number): void {
  if (base === 0) return;
  const move = (r: Range) => {
    r.start.line += base;
    r.end.line += base;
  };
  if (model.heading) {
    move(model.heading.range);
    move(model.heading.textRange);
  }
  for (const f of model.fields) {
    move(f.lineRange);
    move(f.labelRange);
    move(f.range);
    if (f.valueRange) move(f.valueRange);
    for (const link of f.links) move(link.range);
    for (const m of f.mentors) {
      move(m.range);
      if (m.nameRange) move(m.nameRange);
      if (m.handleRange) move(m.handleRange);
      if (m.emailRange) move(m.emailRange);
    }
    for (const line of f.mentorLines) move(line.range);
  }
  if (model.lfxTitle) move(model.lfxTitle.range);
  for (const entry of model.tocEntries) move(entry.range);
  // The template fence is one of the fences.
  for (const fence of model.fences) move(fence);
  for (const c of model.controlComments) c.line += base;
  if (model.lastContentLine >= 0) model.lastContentLine += base;
}

function newField(lines: string[], first: number, last: number, match: NonNullable<ReturnType<typeof matchFieldLine>>): Field {
  const text = lines[first];
  return {
    label: canonicalLabel(match.rawLabel),
    rawLabel: match.rawLabel,
    style: { listItem: match.bullet, colon: match.colon, bold: match.bold },
    lineRange: lineRange(first, 0, text.length),
    labelRange: lineRange(first, match.labelStart, match.labelEnd),
    range: { start: { line: first, character: 0 }, end: { line: last, character: lines[last]?.length ?? 0 } },
    value: '',
    valueRange: { start: { line: first, character: match.valueStart }, end: { line: last, character: lines[last]?.length ?? 0 } },
    links: [],
    mentors: [],
    mentorLines: [],
  };
}

function extend(field: Field, lines: string[], last: number): void {
  if (last <= field.range.end.line) return;
  field.range.end = { line: last, character: lines[last]?.length ?? 0 };
  field.valueRange!.end = { ...field.range.end };
}

/** Fills in the value text, links and mentors once the field's extent is known. */
function finishField(field: Field, lines: string[]): void {
  const first = field.range.start.line;
  const last = field.range.end.line;
  const valueStart = field.valueRange!.start.character;
  const parts: string[] = [];
  const inline = lines[first].slice(valueStart).replace(/\*\*$/, '').trim();
  if (inline) parts.push(inline);
  const continuation: { text: string; line: number; offset: number }[] = [];
  for (let l = first + 1; l <= last; l++) {
    const raw = lines[l];
    // `<!-- mentorship-ideas-disable-next-line ... -->` above a mentor or a field is no part of the value.
    if (CONTROL_COMMENT_LINE.test(raw)) continue;
    const stripped = raw.replace(/^[ \t]*(?:>[ \t]?)*/, '');
    parts.push(stripped.trimEnd());
    if (stripped.trim()) continuation.push({ text: stripped, line: l, offset: raw.length - stripped.length });
  }
  field.value = parts.join('\n').replace(/^\n+|\s+$/g, '');
  if (!field.value) {
    delete field.valueRange;
  } else {
    let end = last;
    while (end > first && (lines[end].trim() === '' || CONTROL_COMMENT_LINE.test(lines[end]))) end--;
    field.range.end = { line: end, character: lines[end].length };
    field.valueRange!.end = { ...field.range.end };
    if (!inline) {
      const firstValueLine = continuation[0];
      field.valueRange!.start = { line: firstValueLine.line, character: firstValueLine.offset };
    }
  }
  for (let l = first; l <= field.range.end.line; l++) {
    const text = l === first ? lines[l].slice(0, lines[l].length) : lines[l];
    for (const link of findLinks(text, l)) {
      if (l === first && link.range.start.character < valueStart) continue;
      field.links.push(link);
    }
  }
  // An unknown label naming mentors (`Co-Mentor:`) holds mentors too: the proposal files them with the Mentor(s).
  if (field.label === 'Mentor(s)' || (field.label === undefined && /mentor/i.test(field.rawLabel))) readMentors(field, inline ? valueStart + lines[first].slice(valueStart).indexOf(inline) : -1, inline, continuation);
}

function readMentors(
  field: Field,
  inlineOffset: number,
  inline: string,
  continuation: { text: string; line: number; offset: number }[],
): void {
  const mentorLines: MentorSourceLine[] = [];
  if (inline) mentorLines.push({ text: inline, line: field.range.start.line, offset: inlineOffset });
  for (const c of continuation) {
    const bullet = /^([-*+]|\d+[.)])[ \t]+/.exec(c.text);
    const text = bullet ? c.text.slice(bullet[0].length) : c.text;
    mentorLines.push({ text: text.trimEnd(), line: c.line, offset: c.offset + (bullet ? bullet[0].length : 0) });
  }
  field.mentorLines = mentorLines.map((ml) => ({ text: ml.text, range: lineRange(ml.line, ml.offset, ml.offset + ml.text.length) }));
  field.mentors = parseMentorLines(mentorLines);
}

function collectTocEntries(list: ListBlock, lines: string[], out: TocEntry[]): void {
  for (const item of list.items) {
    const line = item.first;
    const text = lines[line];
    // Only a link to an anchor makes an entry.
    const m = text.includes('](#') && /^([ \t]*)([-*+]|\d+[.)])[ \t]+\[([^\]]*)\]\(#([^)\s]*)\)/.exec(text);
    if (m) {
      out.push({
        text: m[3],
        anchor: m[4],
        depth: m[1].replace(/\t/g, '    ').length,
        range: lineRange(line, 0, text.length),
        indent: m[1],
        marker: m[2],
      });
    }
    for (const child of item.lists) collectTocEntries(child, lines, out);
  }
}
