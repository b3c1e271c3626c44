/**
 * The cheap line scan behind incremental analysis: the text is cut into
 * sections at ATX heading lines that stand outside fenced code. Each section
 * is parsed on its own and cached by its text, so an edit re-parses only the
 * sections whose text it changed.
 */

export interface Section {
  /** Line of the section's first line (its heading, except for the first section). */
  startLine: number;
  lineCount: number;
  text: string;
}

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** Splits text into lines, keeping CRLF, CR and LF line ends out of the lines. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function splitSections(text: string): Section[] {
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
    if (line === 0 && first === 0xfeff) first = text.charCodeAt(++start);
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
  return sections;
}

