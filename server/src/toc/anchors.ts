import type { Nodes } from 'mdast';
import { parseMarkdown } from '../model/remark';
import type { HeadingInfo } from '../model/types';

/**
 * GitHub's heading anchors, as its renderer makes them (html-pipeline's
 * TableOfContentsFilter): the heading's text content, lower-cased; every
 * character dropped that is not a word character (Unicode's `\w`: letters
 * and other alphabetic characters, marks, decimal digits, connector
 * punctuation such as `_`, joiners), `-` or the space; each space then turned
 * into `-`. Emoji, symbols and other punctuation go, so `A & B` gives `a--b`.
 * The second heading with the same anchor gets `-1`, the third `-2`, ...
 */

const NOT_KEPT = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}\- ]/gu;

const slugCache = new Map<string, string>();

export function githubSlug(text: string): string {
  let slug = slugCache.get(text);
  if (slug === undefined) {
    slug = text.toLowerCase().replace(NOT_KEPT, '').replace(/ /g, '-');
    // Headings change rarely; the table is checked on every keystroke.
    if (slugCache.size > 10_000) slugCache.clear();
    slugCache.set(text, slug);
  }
  return slug;
}

/** Hands out anchors in document order, counting repeats per anchor as GitHub does. */
export class Slugger {
  private seen = new Map<string, number>();

  slug(text: string): string {
    const base = githubSlug(text);
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    return count > 0 ? `${base}-${count}` : base;
  }
}

/**
 * Only links (`](`), HTML and autolinks (`<`), escapes, code spans (which
 * may drop a space at each end), entities and `_` emphasis change
 * characters the anchor keeps; a `_` between two letters or
 * digits can neither open nor close emphasis (CommonMark), and `&` starts
 * nothing without a `name;` after it. Headings without these are their own
 * plain text, and remark is not needed for them.
 */
const MAY_CHANGE_KEPT = /\]\(|[<\\`]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);|(?:^|[\s\p{P}\p{S}])_|_(?:$|[\s\p{P}\p{S}])/iu;

const plainCache = new Map<string, string>();

/** The text GitHub renders for a heading written as `text`: links to their text, code and emphasis to their content, HTML and images dropped, entities and escapes decoded. */
export function headingPlainText(text: string): string {
  if (!MAY_CHANGE_KEPT.test(text)) return text;
  let plain = plainCache.get(text);
  if (plain === undefined) {
    plain = remarkPlainText(text);
    if (plainCache.size > 5000) plainCache.clear();
    plainCache.set(text, plain);
  }
  return plain;
}

/** The heading's rendered text as remark reads it (what `headingPlainText` gives wherever it matters). */
export function remarkPlainText(text: string): string {
  return parseMarkdown('# ' + text).children.map(collect).join('').trim();
}

function collect(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return '';
  if ('children' in node) return (node.children as Nodes[]).map(collect).join('');
  return '';
}

/** The anchor of every heading of a document, by the heading's line. */
export function headingAnchors(headings: readonly HeadingInfo[]): Map<number, string> {
  const slugger = new Slugger();
  const anchors = new Map<number, string>();
  for (const h of headings) anchors.set(h.line, slugger.slug(headingPlainText(h.text)));
  return anchors;
}
