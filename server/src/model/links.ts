import type { Link } from './types';

/**
 * URLs in a line of Markdown source, each with the span it is written in:
 * `[text](url)`, `<url>` or a bare `http(s)://` URL. Offsets are in the line.
 */
export function findLinks(lineText: string, line: number): Link[] {
  // Every form holds `http(s)://`; most lines hold none.
  if (!lineText.includes('://')) return [];
  const links: Link[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);
  const add = (url: string, start: number, end: number) => {
    if (overlaps(start, end)) return;
    taken.push([start, end]);
    links.push({ url, range: { start: { line, character: start }, end: { line, character: end } } });
  };
  for (const m of lineText.matchAll(/\[[^\]\n]*\]\(\s*<?(https?:\/\/[^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/gi)) {
    add(m[1], m.index!, m.index! + m[0].length);
  }
  for (const m of lineText.matchAll(/<(https?:\/\/[^\s>]+)>/gi)) add(m[1], m.index!, m.index! + m[0].length);
  for (const m of lineText.matchAll(/https?:\/\/[^\s<>()[\]"'`]+/gi)) {
    const url = m[0].replace(/[.,;:!?*_]+$/, '');
    add(url, m.index!, m.index! + url.length);
  }
  return links.sort((a, b) => a.range.start.character - b.range.start.character);
}

/**
 * Normalises an upstream URL the way CNCF's automation compares them: drop the
 * scheme, a leading `www.`, the fragment and a trailing `/`; lower-case host
 * and path; keep the query as written.
 */
export function normaliseUrl(url: string): string {
  let key = normalised.get(url);
  if (key === undefined) {
    let rest = url.trim().replace(/^https?:\/\//i, '').replace(/#.*$/, '');
    const q = rest.indexOf('?');
    let query = '';
    if (q >= 0) {
      query = rest.slice(q);
      rest = rest.slice(0, q);
    }
    rest = rest.replace(/^www\./i, '').replace(/\/+$/, '').toLowerCase();
    key = rest + query;
    if (normalised.size >= NORMALISED_KEPT) normalised.clear();
    normalised.set(url, key);
  }
  return key;
}

/** URLs normalised before: every keystroke compares every upstream URL of the file again. */
const normalised = new Map<string, string>();
const NORMALISED_KEPT = 4096;
