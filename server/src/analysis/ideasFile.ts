import picomatch from 'picomatch';
import { fileURLToPath } from 'node:url';
import { allIdeas, type IdeasDocument } from '../model/types';

const matchers = new Map<string, (path: string) => boolean>();

function matcher(globs: string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let m = matchers.get(key);
  if (!m) {
    m = globs.length ? picomatch(globs, { dot: true, nocase: process.platform === 'win32' }) : () => false;
    matchers.set(key, m);
  }
  return m;
}

/** The file-system path of a document URI, or the URI's path for other schemes. */
export function uriPath(uri: string): string {
  let path = paths.get(uri);
  if (path === undefined) {
    path = pathOf(uri);
    if (paths.size >= PATHS_KEPT) paths.clear();
    paths.set(uri, path);
  }
  return path;
}

/** Paths of URIs seen before: every analysis asks for its document's, several times. */
const paths = new Map<string, string>();
const PATHS_KEPT = 1024;

function pathOf(uri: string): string {
  try {
    if (uri.startsWith('file:')) return fileURLToPath(uri).replace(/\\/g, '/');
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/**
 * An ideas file: its path matches the `files` globs, or its text has a
 * level-4 heading followed by template field lines (interface.md).
 */
export function isIdeasFile(uri: string, doc: IdeasDocument, globs: string[]): boolean {
  if (matcher(globs)(uriPath(uri))) return true;
  return allIdeas(doc).some((idea) => idea.level === 4 && idea.fields.some((f) => f.label !== undefined));
}
