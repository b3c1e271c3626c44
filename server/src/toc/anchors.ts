import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Nodes, Root } from 'mdast';
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

const processor = unified().use(remarkParse);
const plainCache = new Map<string, string>();

/** The text GitHub renders for a heading written as `text`: links to their text, code and emphasis to their content, HTML and images dropped, entities and escapes decoded. */
export function headingPlainText(text: string): string {
  // Only links, HTML, entities, escapes and `_` emphasis change characters the anchor keeps.
  if (!/[[<&\\_]/.test(text)) return text;
  let plain = plainCache.get(text);
  if (plain === undefined) {
    const tree = processor.parse('# ' + text) as Root;
    plain = tree.children.map(collect).join('').trim();
    if (plainCache.size > 5000) plainCache.clear();
    plainCache.set(text, plain);
  }
  return plain;
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
