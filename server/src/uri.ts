import picomatch from 'picomatch';

/**
 * Document and folder URIs, and the paths the `files` globs match, without
 * Node: the service runs where there is no `node:url` (a browser worker).
 */

/** A Windows path: a drive letter, or a UNC share. */
const WINDOWS_PATH = /^(?:[A-Za-z]:|\/\/)/;

/** The path of a URI, decoded, with `/` separators (`C:/x` for a Windows drive); the URI itself when it cannot be read. */
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
    const url = new URL(uri);
    const path = decodeURIComponent(url.pathname);
    if (url.protocol !== 'file:') return path;
    if (/^\/[A-Za-z]:/.test(path)) return path.slice(1);
    return url.host && url.host !== 'localhost' ? `//${url.host}${path}` : path;
  } catch {
    return uri;
  }
}

/** A file URI for a path (`/x/y` or `C:\x\y`), each segment percent-encoded. */
export function fileUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') ? slashed : '/' + slashed;
  return 'file://' + absolute.split('/').map(encodeURIComponent).join('/');
}

/** `base` (a folder URI) followed by `relative` (`/`-separated, already URI-safe). */
export function joinUri(base: string, relative: string): string {
  return base.replace(/\/+$/, '') + '/' + relative;
}

const matchers = new Map<string, (path: string) => boolean>();

/**
 * Whether a path matches one of `globs` (the `files` setting). Windows paths
 * match whatever their case, as the file system finds them.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let matcher = matchers.get(key);
  if (!matcher) {
    if (globs.length === 0) matcher = () => false;
    else {
      const exact = picomatch([...globs], { dot: true });
      const anyCase = picomatch([...globs], { dot: true, nocase: true });
      matcher = (path) => (WINDOWS_PATH.test(path) ? anyCase(path) : exact(path));
    }
    matchers.set(key, matcher);
  }
  return matcher;
}
