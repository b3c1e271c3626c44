import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lineOfOffset } from '../model/positions';

/**
 * The server's copy of an open document, kept as lines. The library's
 * TextDocument keeps one string and, on every keystroke, builds a new one
 * and reads a character of it, which copies the whole text (about a
 * millisecond on a 160 KB file); here an edit touches only its lines, and the
 * whole text is joined only when a feature asks for it.
 */
export class LineDocument implements TextDocument {
  private lines: string[];
  /** The line break after each line: '\n', '\r\n', '\r', or '' after the last. */
  private breaks: string[];
  private text: string | undefined;
  /** Offsets of each line's start, computed when needed. */
  private starts: number[] | undefined;
  private _length: number;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    private _version: number,
    content: string,
  ) {
    const { lines, breaks } = split(content);
    this.lines = lines;
    this.breaks = breaks;
    this.text = content;
    this._length = content.length;
  }

  static create(uri: string, languageId: string, version: number, content: string): LineDocument {
    return new LineDocument(uri, languageId, version, content);
  }

  static update(document: LineDocument, changes: TextDocumentContentChangeEvent[], version: number): LineDocument {
    for (const change of changes) document.apply(change);
    document._version = version;
    return document;
  }

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  /** The text's length, without joining it. */
  get length(): number {
    return this._length;
  }

  getText(range?: Range): string {
    this.text ??= this.lines.map((l, i) => l + this.breaks[i]).join('');
    if (!range) return this.text;
    return this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= this.lines.length) return this._length;
    if (position.line < 0) return 0;
    return starts[position.line] + Math.min(Math.max(0, position.character), this.lines[position.line].length);
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts();
    offset = Math.max(0, Math.min(offset, this._length));
    const line = lineOfOffset(starts, offset);
    return { line, character: Math.min(offset - starts[line], this.lines[line].length) };
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const l = Math.min(line, this.lines.length - 1);
    return { start: { line: l, character: 0 }, end: { line: l, character: this.lines[l].length } };
  }

  getEOLCharacters(line: number): string {
    return line < 0 || line >= this.lines.length ? '' : this.breaks[line];
  }

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = new Array<number>(this.lines.length);
      let offset = 0;
      for (let i = 0; i < this.lines.length; i++) {
        starts[i] = offset;
        offset += this.lines[i].length + this.breaks[i].length;
      }
      this.starts = starts;
    }
    return this.starts;
  }

  private apply(change: TextDocumentContentChangeEvent): void {
    this.text = undefined;
    this.starts = undefined;
    if (!('range' in change) || !change.range) {
      const { lines, breaks } = split(change.text);
      this.lines = lines;
      this.breaks = breaks;
      this._length = change.text.length;
      return;
    }
    let { start, end } = change.range;
    if (end.line < start.line || (end.line === start.line && end.character < start.character)) [start, end] = [end, start];
    const last = this.lines.length - 1;
    const clamp = (p: Position): Position =>
      p.line < 0 ? { line: 0, character: 0 } : p.line > last ? { line: last, character: this.lines[last].length } : { line: p.line, character: Math.min(Math.max(0, p.character), this.lines[p.line].length) };
    start = clamp(start);
    end = clamp(end);
    // A '\r' ending the line before may join a '\n' at the start of the edit into one line break.
    const first = start.character === 0 && start.line > 0 && this.breaks[start.line - 1] === '\r' ? start.line - 1 : start.line;
    const before = first < start.line ? this.lines[first] + this.breaks[first] : '';
    const piece = before + this.lines[start.line].slice(0, start.character) + change.text + this.lines[end.line].slice(end.character) + this.breaks[end.line];
    const { lines, breaks } = split(piece);
    // The piece ends with the end line's break (or at the end of the text): drop the empty line split puts after it.
    if (this.breaks[end.line] !== '') {
      lines.pop();
      breaks.pop();
    }
    let removed = 0;
    for (let i = first; i <= end.line; i++) removed += this.lines[i].length + this.breaks[i].length;
    this._length += piece.length - removed;
    this.lines.splice(first, end.line - first + 1, ...lines);
    this.breaks.splice(first, end.line - first + 1, ...breaks);
    if (this.lines.length === 0) {
      this.lines = [''];
      this.breaks = [''];
    }
  }
}

function split(text: string): { lines: string[]; breaks: string[] } {
  const lines: string[] = [];
  const breaks: string[] = [];
  const re = /\r\n|\r|\n/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    lines.push(text.slice(from, m.index));
    breaks.push(m[0]);
    from = m.index + m[0].length;
  }
  lines.push(text.slice(from));
  breaks.push('');
  return { lines, breaks };
}
