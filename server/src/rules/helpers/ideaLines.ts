import { splitLines } from '../../model/sections';
import type { Idea } from '../../model/types';

const read = new WeakMap<Idea, IdeaLines>();

/** The lines of an idea's source, indexed by document line, for rules whose fixes rewrite whole lines. */
export class IdeaLines {
  private readonly lines: string[];
  private readonly first: number;
  /** The idea's own line break, for text a fix inserts. */
  readonly eol: string;

  constructor(idea: Idea) {
    const text = idea.source.join('');
    this.lines = splitLines(text);
    this.first = idea.headingRange.start.line;
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  /** The lines of `idea`, read once for all the rules and the proposal that ask (ideas do not change). */
  static of(idea: Idea): IdeaLines {
    let lines = read.get(idea);
    if (!lines) {
      lines = new IdeaLines(idea);
      read.set(idea, lines);
    }
    return lines;
  }

  /** The text of a document line of the idea ('' outside it). */
  text(line: number): string {
    return this.lines[line - this.first] ?? '';
  }

  /** Whether the document has a line after `line` (the idea's text ends with a line break before it). */
  hasLineAfter(line: number): boolean {
    return line + 1 - this.first < this.lines.length;
  }
}
