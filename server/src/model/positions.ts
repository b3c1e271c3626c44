/** Positions in a text as LSP counts them: 0-based line, UTF-16 character, end exclusive. */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** An LSP text edit: `newText` replaces `range`. */
export interface TextEdit {
  range: Range;
  newText: string;
  /**
   * The same edit as a snippet, for editors that apply snippet edits: `$0`
   * where the user writes next (the value of an inserted field). Its text
   * is `newText` with the tab stop and the space before it.
   */
  snippet?: string;
}

/** The line an offset falls on, given the offset each line starts at (ascending, the first 0). */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
