import type { List, RootContent } from 'mdast';
import { parseBlocks } from './remark';

/**
 * The block structure of a section, as much of it as the model reads: the
 * top-level blocks with their first and last lines (0-based, relative to the
 * section), list items with the lists nested directly in them, and the text
 * of fenced code. remark-parse is the parser of record (`remarkBlocks`);
 * `scanBlocks` gives the same structure from the lines alone for sections
 * made only of constructs it classifies exactly, and gives up on any other.
 */
export type Block = HeadingBlock | CodeBlock | ListBlock | LeafBlock;

export interface HeadingBlock {
  type: 'heading';
  depth: number;
  first: number;
  last: number;
}

export interface CodeBlock {
  type: 'code';
  first: number;
  last: number;
  value: string;
}

export interface ListBlock {
  type: 'list';
  first: number;
  last: number;
  items: ListItemBlock[];
}

export interface ListItemBlock {
  first: number;
  last: number;
  lists: ListBlock[];
}

/** A paragraph, a thematic break, or any other block (quote, HTML, definition), which the model does not look into. */
export interface LeafBlock {
  type: 'paragraph' | 'thematicBreak' | 'other';
  first: number;
  last: number;
}

/** The blocks of a section as remark-parse reads them. */
export function remarkBlocks(text: string): Block[] {
  // micromark drops a BOM and counts columns without it; a space keeps them aligned.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  return parseBlocks(source).children.map(blockOf);
}

function lines(node: { position?: { start: { line: number }; end: { line: number } } }): { first: number; last: number } {
  return { first: node.position!.start.line - 1, last: node.position!.end.line - 1 };
}

function blockOf(node: RootContent): Block {
  switch (node.type) {
    case 'heading':
      return { type: 'heading', depth: node.depth, ...lines(node) };
    case 'code':
      return { type: 'code', ...lines(node), value: node.value };
    case 'list':
      return listOf(node);
    case 'paragraph':
    case 'thematicBreak':
      return { type: node.type, ...lines(node) };
    default:
      return { type: 'other', ...lines(node) };
  }
}

function listOf(list: List): ListBlock {
  return {
    type: 'list',
    ...lines(list),
    items: list.children.map((item) => ({ ...lines(item), lists: item.children.filter((c): c is List => c.type === 'list').map(listOf) })),
  };
}

/** The blocks of a section: from the line scan where it applies, else from remark-parse. */
export function sectionBlocks(text: string, sectionLines: string[]): Block[] {
  return scanBlocks(text, sectionLines) ?? remarkBlocks(text);
}

/** An open container of the line scan: a list item, or a block quote. */
type Container =
  | {
      kind: 'item';
      item: ListItemBlock;
      list: ListBlock;
      /** Columns from the parent container's content to this item's content: lines indented this far continue it. */
      offset: number;
      /** `-`, `*` or `+` for a bullet list; `.` or `)` for an ordered one: another marker starts another list. */
      marker: string;
    }
  | { kind: 'quote'; block?: LeafBlock };

/** What a line starts, seen from the container whose content begins `rel` columns before it. */
type LineStart =
  | { kind: 'text' }
  | { kind: 'indented' }
  | { kind: 'heading'; depth: number }
  | { kind: 'setext'; depth: number }
  | { kind: 'thematicBreak' }
  | { kind: 'comment' }
  | { kind: 'fence'; char: string; length: number }
  | { kind: 'quote' }
  | { kind: 'item'; marker: string; ordered: boolean; start: number; width: number; contentOffset: number }
  | { kind: 'unsupported' };

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])/;
const ORDERED = /^(\d{1,9})([.)])/;
const FENCE_OPEN = /^(`{3,}|~{3,})/;
/** `<` and a URI scheme: no HTML tag has a `:`, `+` or `.` right after its name. */
const AUTOLINK_START = /^<[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * What `content` (a line from its first non-space character, at `column`)
 * starts. `rel` is its indent past the container's content column;
 * `paragraphOpen` tells whether it would otherwise continue an open
 * paragraph of that container.
 */
function lineStart(content: string, column: number, rel: number, paragraphOpen: boolean): LineStart {
  if (rel >= 4) return { kind: 'indented' };
  const c = content.charCodeAt(0);
  switch (c) {
    case 62: // >
      return { kind: 'quote' };
    case 60: // <
      // An HTML comment that ends on its line is an HTML block of that line; `<scheme:` (an autolink) starts no HTML block; other HTML is left to remark.
      if (content.startsWith('<!--') && content.indexOf('-->', 4) >= 0) return { kind: 'comment' };
      return AUTOLINK_START.test(content) ? { kind: 'text' } : { kind: 'unsupported' };
    case 35: // #
      return ATX_HEADING.test(content) ? { kind: 'heading', depth: /^#+/.exec(content)![0].length } : { kind: 'text' };
    case 96: // `
    case 126: {
      // ~
      const fence = FENCE_OPEN.exec(content);
      if (!fence) return { kind: 'text' };
      if (c === 96 && content.indexOf('`', fence[1].length) >= 0) return { kind: 'unsupported' };
      return { kind: 'fence', char: content[0], length: fence[1].length };
    }
    case 61: // =
      return paragraphOpen && SETEXT_UNDERLINE.test(content) ? { kind: 'setext', depth: 1 } : { kind: 'text' };
    case 95: // _
      return THEMATIC_BREAK.test(content) ? { kind: 'thematicBreak' } : { kind: 'text' };
    case 42: // *
    case 43: // +
    case 45: // -
      // Under a paragraph `---` underlines it (a setext heading); `- - -` is a thematic break, which wins over a list item.
      if (c === 45 && paragraphOpen && SETEXT_UNDERLINE.test(content)) return { kind: 'setext', depth: 2 };
      if (THEMATIC_BREAK.test(content)) return { kind: 'thematicBreak' };
      // `-` alone is an empty list item; `--` is text.
      if (c === 45 && SETEXT_UNDERLINE.test(content)) return /^-[ \t]*$/.test(content) ? { kind: 'unsupported' } : { kind: 'text' };
      return item(content, column, 1, content[0], false, 1);
    default:
      if (c >= 48 && c <= 57) {
        const ordered = ORDERED.exec(content);
        if (!ordered) return { kind: 'text' };
        const start = Number(ordered[1]);
        // An ordered list interrupting a paragraph must start at exactly `1` (micromark: one digit, a 1); otherwise the line is the paragraph's.
        if (paragraphOpen && ordered[1] !== '1') return content.length === ordered[0].length ? { kind: 'unsupported' } : { kind: 'text' };
        return item(content, column, ordered[0].length, ordered[2], true, start);
      }
      return { kind: 'text' };
  }
}

/** A list item's first line: its marker (`marker` is its character, or `.`/`)`) takes `markerLength` characters from `column` on. */
function item(content: string, column: number, markerLength: number, marker: string, ordered: boolean, start: number): LineStart {
  const after = whitespaceEnd(content, markerLength, column + markerLength);
  // No space after the marker: not a list item (`-foo`, `**bold**`, `2026.`).
  if (after.offset === markerLength) return content.length === markerLength ? { kind: 'unsupported' } : { kind: 'text' };
  const spaces = after.column - (column + markerLength);
  // An empty item (it may take its content from the next line), or one whose content is indented code: left to remark.
  if (spaces > 4 || after.offset === content.length) return { kind: 'unsupported' };
  return { kind: 'item', marker, ordered, start, width: after.column - column, contentOffset: after.offset };
}

/** Where the spaces and tabs from `offset` (at `column`) end, and at which column: a tab advances to the next multiple of 4. */
function whitespaceEnd(text: string, offset: number, column: number): { offset: number; column: number } {
  for (;;) {
    const c = text.charCodeAt(offset);
    if (c === 32) column++;
    else if (c === 9) column += 4 - (column % 4);
    else return { offset, column };
    offset++;
  }
}

/**
 * A paragraph may start with this content: it does not open a link reference
 * definition (`[label]: url`). A `[` line does not when its label closes on
 * the line without a `:` after it, or holds an unescaped `[`, which no label
 * may; a label running on to the next line is left to remark.
 */
function plainParagraphStart(content: string): boolean {
  if (content.charCodeAt(0) !== 91) return true;
  for (let i = 1; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 91) return true;
    else if (c === 93) return content.charCodeAt(i + 1) !== 58;
  }
  return false;
}

/**
 * The blocks of a section from its lines, or undefined when a line holds a
 * construct the scan does not classify exactly (HTML other than one-line
 * comments,
 * indented code, fences inside containers, link reference definitions,
 * empty list items, tabs split by a container, ...): remark-parse reads
 * those. For the rest the scan follows CommonMark's block algorithm: list
 * items and block quotes as containers matched line by line, paragraphs
 * with lazy continuation lines, ATX and setext headings, thematic breaks, one-line
 * HTML comments, and fenced code at the top level. It equals `remarkBlocks` wherever it answers
 * (test/model/blockScan.test.ts, on every section of the corpus and on
 * generated ones).
 */
export function scanBlocks(text: string, sectionLines: string[]): Block[] | undefined {
  if (text.includes('\r') || text.charCodeAt(0) === 0xfeff) return undefined;
  const top: Block[] = [];
  const stack: Container[] = [];
  /** Whether a paragraph is open in the innermost container (the only place one can be open). */
  let paragraphOpen = false;
  let paragraph: LeafBlock | undefined;
  let fence: { block: CodeBlock; char: string; length: number; content: string[] } | undefined;

  /** Line `line` has content inside the open containers (the outermost `depth` of them). */
  const consumed = (line: number, depth = stack.length) => {
    for (let k = 0; k < depth; k++) {
      const c = stack[k];
      if (c.kind === 'item') {
        c.item.last = line;
        c.list.last = line;
      } else if (c.block) c.block.last = line;
    }
  };

  for (let i = 0; i < sectionLines.length; i++) {
    const text = sectionLines[i];
    if (fence) {
      const close = /^( {0,3})([`~]+)[ \t]*$/.exec(text);
      if (close && close[2][0] === fence.char && close[2].length >= fence.length && !close[2].includes(fence.char === '`' ? '~' : '`')) {
        fence.block.last = i;
        fence.block.value = fence.content.join('\n');
        fence = undefined;
      } else fence.content.push(text);
      continue;
    }

    // Which open containers the line continues, and the column where the innermost one's content starts.
    let offset = 0;
    let column = 0;
    let matched = 0;
    for (; matched < stack.length; matched++) {
      const c = stack[matched];
      const next = whitespaceEnd(text, offset, column);
      if (c.kind === 'item') {
        if (next.offset === text.length) continue;
        if (next.column - column < c.offset) break;
        const target = column + c.offset;
        while (column < target) {
          if (text.charCodeAt(offset) === 9) {
            const next = column + 4 - (column % 4);
            // A tab reaching past the item's indentation is partly the item's: the rest of it indents the content (tab stops are columns).
            if (next > target) {
              column = target;
              break;
            }
            column = next;
          } else column++;
          offset++;
        }
      } else {
        if (next.offset === text.length || next.column - column > 3 || text.charCodeAt(next.offset) !== 62) break;
        offset = next.offset + 1;
        column = next.column + 1;
        const after = text.charCodeAt(offset);
        if (after === 9) return undefined;
        if (after === 32) {
          offset++;
          column++;
        }
      }
    }
    const allMatched = matched === stack.length;
    const lead = whitespaceEnd(text, offset, column);
    if (lead.offset === text.length) {
      // A blank line ends the paragraph, and the quotes it is not inside; a `>` on it is content of that quote and of the containers around it.
      stack.length = matched;
      let quoted = matched;
      while (quoted > 0 && stack[quoted - 1].kind !== 'quote') quoted--;
      consumed(i, quoted);
      paragraphOpen = false;
      paragraph = undefined;
      continue;
    }
    let content = text.slice(lead.offset);
    // A container or block starting on this line interrupts the paragraph: micromark holds that for every container opened on the line.
    const interrupting = paragraphOpen && allMatched;
    let start = lineStart(content, lead.column, lead.column - column, interrupting);
    if (start.kind === 'unsupported') return undefined;

    if (start.kind === 'setext') {
      // The paragraph is a heading: the paragraph's lines and this underline.
      if (stack.length === 0) top[top.length - 1] = { type: 'heading', depth: start.depth, first: paragraph!.first, last: i };
      paragraph = undefined;
      paragraphOpen = false;
      consumed(i);
      continue;
    }
    if (paragraphOpen && (start.kind === 'text' || start.kind === 'indented')) {
      // A continuation line; lazy when some container did not match. The paragraph goes on, in every open container.
      if (!allMatched && start.kind === 'indented' && LIST_MARKER.test(content)) return undefined;
      paragraph!.last = i;
      consumed(i);
      continue;
    }
    if (start.kind === 'indented') return undefined;

    // Not a continuation: the containers the line does not continue end here.
    const closed = stack.length > matched ? stack[matched] : undefined;
    stack.length = matched;
    paragraphOpen = false;
    paragraph = undefined;
    // Containers opened on this line, each holding the rest of it: `> - text`, `- > text`, `- - text`.
    let containerColumn = column;
    let col = lead.column;
    for (let nth = 0; start.kind === 'quote' || start.kind === 'item'; nth++) {
      const inner = stack[stack.length - 1];
      if (start.kind === 'quote') {
        const block: LeafBlock | undefined = stack.length === 0 ? { type: 'other', first: i, last: i } : undefined;
        if (block) top.push(block);
        consumed(i);
        stack.push({ kind: 'quote', block });
        let o = 1;
        col++;
        if (content.charCodeAt(o) === 9) return undefined;
        if (content.charCodeAt(o) === 32) {
          o++;
          col++;
        }
        containerColumn = col;
        const rest = whitespaceEnd(content, o, col);
        content = content.slice(rest.offset);
        col = rest.column;
        // A quote marker with nothing after it: an empty line of the quote.
        if (content === '') break;
        start = lineStart(content, col, col - containerColumn, interrupting);
      } else {
        const newItem: ListItemBlock = { first: i, last: i, lists: [] };
        let list: ListBlock;
        if (nth === 0 && closed?.kind === 'item' && closed.marker === start.marker) {
          list = closed.list;
          list.items.push(newItem);
        } else {
          list = { type: 'list', first: i, last: i, items: [newItem] };
          // A list in a quote is the quote's: the model reads only the lists of items and of the section.
          if (inner === undefined) top.push(list);
          else if (inner.kind === 'item') inner.item.lists.push(list);
        }
        consumed(i);
        stack.push({ kind: 'item', item: newItem, list, offset: col + start.width - containerColumn, marker: start.marker });
        content = content.slice(start.contentOffset);
        col += start.width;
        containerColumn = col;
        start = lineStart(content, col, 0, interrupting);
      }
      // An underline opened no paragraph on its line to underline.
      if (start.kind === 'unsupported' || start.kind === 'indented' || start.kind === 'setext') return undefined;
    }
    if (content === '') continue;
    if (start.kind === 'heading' || start.kind === 'thematicBreak' || start.kind === 'comment') {
      if (stack.length === 0) top.push(start.kind === 'heading' ? { type: 'heading', depth: start.depth, first: i, last: i } : { type: start.kind === 'comment' ? 'other' : 'thematicBreak', first: i, last: i });
      consumed(i);
      continue;
    }
    if (start.kind === 'fence') {
      if (stack.length > 0 || lead.column > 0) return undefined;
      const block: CodeBlock = { type: 'code', first: i, last: i, value: '' };
      top.push(block);
      fence = { block, char: start.char, length: start.length, content: [] };
      continue;
    }
    if (start.kind !== 'text' || !plainParagraphStart(content)) return undefined;
    paragraph = { type: 'paragraph', first: i, last: i };
    paragraphOpen = true;
    if (stack.length === 0) top.push(paragraph);
    consumed(i);
  }
  // A fence left open runs to the end of the document, not of the section: remark decides.
  if (fence) return undefined;
  return top;
}
