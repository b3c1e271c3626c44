/**
 * The cheap line scan behind incremental analysis: the text is cut into
 * sections at ATX heading lines that stand outside fenced code. Each section
 * is parsed on its own and cached by its text. An edit re-splits only the
 * sections it touched (and the one before, whose end it may change), so the
 * rest of the document is never scanned, copied or hashed again.
 */

export interface Section {
  /** Line of the section's first line (its heading, except for the first section). */
  startLine: number;
  lineCount: number;
  text: string;
}

export interface Position {
  line: number;
  character: number;
}

/** An LSP content change: a range replaced by text, or (no range) the whole text. */
export interface TextChange {
  range?: { start: Position; end: Position };
  text: string;
}

// CommonMark allows up to three spaces before an ATX heading's `#`.
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** Splits text into lines, keeping CRLF, CR and LF line ends out of the lines. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function splitSections(text: string): Section[] {
  return scan(text, true).sections;
}

/**
 * Cuts `text` into sections. `atDocumentStart` says whether the text begins
 * the document (a BOM is then skipped). Also tells whether the text ends
 * inside an open fence, for incremental re-splitting.
 */
function scan(text: string, atDocumentStart: boolean): { sections: Section[]; openFence: boolean } {
  const sections: Section[] = [];
  let fence: string | undefined;
  let sectionStart = 0;
  let sectionFrom = 0;
  let line = 0;
  let from = 0;
  const length = text.length;
  const hasCR = text.includes('\r');
  while (from <= length) {
    // The end of this line and the start of the next, for LF, CRLF and CR.
    let to = text.indexOf('\n', from);
    if (to < 0) to = length;
    if (hasCR) {
      const cr = text.indexOf('\r', from);
      if (cr >= 0 && cr < to) to = cr;
    }
    const next = to >= length ? length + 1 : text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? to + 2 : to + 1;
    let first = text.charCodeAt(from);
    let start = from;
    if (line === 0 && atDocumentStart && first === 0xfeff) first = text.charCodeAt(++start);
    // Only lines starting with '#', '`', '~', space or tab can open a section or a fence.
    if (first === 35 || first === 96 || first === 126 || first === 32 || first === 9) {
      const head = text.slice(start, Math.min(to, start + 16));
      const fenceMatch = FENCE.exec(head);
      if (fence !== undefined) {
        const trimmed = text.slice(start, to).trim();
        if (trimmed.length >= fence.length && [...trimmed].every((c) => c === fence![0])) fence = undefined;
      } else if (fenceMatch) {
        // A backtick fence whose info string holds a backtick is not a fence (CommonMark).
        const info = text.slice(start + fenceMatch[0].length, to);
        if (!(fenceMatch[1][0] === '`' && info.includes('`'))) fence = fenceMatch[1];
      } else if (line > 0 && HEADING.test(head)) {
        sections.push({ startLine: sectionStart, lineCount: line - sectionStart, text: text.slice(sectionFrom, from) });
        sectionStart = line;
        sectionFrom = from;
      }
    }
    from = next;
    line++;
  }
  sections.push({ startLine: sectionStart, lineCount: line - sectionStart, text: text.slice(sectionFrom) });
  return { sections, openFence: fence !== undefined };
}

/** Offset of a position in a section's text, clamped as TextDocument clamps (never inside a line break). */
function offsetIn(section: Section, position: Position): number {
  const text = section.text;
  let offset = 0;
  for (let l = section.startLine; l < position.line; l++) {
    const lf = text.indexOf('\n', offset);
    const cr = text.indexOf('\r', offset);
    if (lf < 0 && cr < 0) return text.length;
    offset = cr >= 0 && (lf < 0 || cr < lf) ? (text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1) : lf + 1;
  }
  let end = offset;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return Math.min(offset + Math.max(0, position.character), end);
}

function sectionAt(sections: Section[], line: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid].startLine <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function clampPosition(sections: Section[], p: Position): Position {
  const last = sections[sections.length - 1];
  const lastLine = last.startLine + last.lineCount - 1;
  if (p.line < 0) return { line: 0, character: 0 };
  if (p.line > lastLine) return { line: lastLine, character: Number.MAX_SAFE_INTEGER };
  return p;
}

/**
 * Applies one content change to a document's sections. Sections before the
 * change are returned as they were; those after it keep their text and only
 * move; the touched ones (from the section before the change, whose last
 * line may stop or start being followed by a heading) are split anew.
 */
export function applyChange(sections: Section[], change: TextChange): Section[] {
  if (!change.range) return splitSections(change.text);
  let start = clampPosition(sections, change.range.start);
  let end = clampPosition(sections, change.range.end);
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) [start, end] = [end, start];
  const first = Math.max(0, sectionAt(sections, start.line) - 1);
  let last = sectionAt(sections, end.line);
  let region = prefix(sections, first, start) + change.text + suffix(sections, last, end);
  let split = scan(region, first === 0);
  while (split.openFence && last + 1 < sections.length) {
    last++;
    region += sections[last].text;
    split = scan(region, first === 0);
  }
  const atEnd = last === sections.length - 1;
  let regionSections = split.sections;
  if (!atEnd) {
    // The region ends with a line break: the scan's final empty "line" belongs to the next section.
    const tail = regionSections[regionSections.length - 1];
    if (tail.text === '') regionSections = regionSections.slice(0, -1);
    else tail.lineCount--;
  }
  const base = sections[first].startLine;
  const placed = regionSections.map((s) => ({ startLine: s.startLine + base, lineCount: s.lineCount, text: s.text }));
  const oldEnd = sections[last].startLine + sections[last].lineCount;
  const newEnd = placed.length ? placed[placed.length - 1].startLine + placed[placed.length - 1].lineCount : base;
  const delta = newEnd - oldEnd;
  const after = sections.slice(last + 1).map((s) => (delta === 0 ? s : { startLine: s.startLine + delta, lineCount: s.lineCount, text: s.text }));
  const result = [...sections.slice(0, first), ...placed, ...after];
  return result.length ? result : [{ startLine: 0, lineCount: 1, text: '' }];
}

/** The text from the start of section `index` up to `position` (which lies in it or a later section). */
function prefix(sections: Section[], index: number, position: Position): string {
  let text = '';
  let i = index;
  while (i + 1 < sections.length && sections[i + 1].startLine <= position.line) text += sections[i++].text;
  return text + sections[i].text.slice(0, offsetIn(sections[i], position));
}

/** The text of section `index` after `position` (which lies in it). */
function suffix(sections: Section[], index: number, position: Position): string {
  return sections[index].text.slice(offsetIn(sections[index], position));
}
