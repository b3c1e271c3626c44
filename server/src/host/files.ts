import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import type { DirectoryEntry, FileSystem } from '../fileSystem';

/** The file URI of a path on this machine (relative to the working directory). */
export function pathUri(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

/** The path of a file URI, undefined for another scheme or a URI Node cannot read. */
function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The disk, as the service reads the workspace: file URIs only. */
export const nodeFileSystem: FileSystem = {
  async readDirectory(uri: string): Promise<DirectoryEntry[]> {
    const dir = uriToPath(uri);
    if (dir === undefined) return [];
    const entries: DirectoryEntry[] = [];
    try {
      for await (const entry of await opendir(dir)) {
        const path = join(dir, entry.name);
        entries.push({ name: entry.name, uri: pathToFileURL(path).href, type: entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other' });
      }
    } catch {
      // a folder that vanished or cannot be read: what was read so far
    }
    return entries;
  },

  async readFile(uri: string, maxBytes?: number): Promise<string | undefined> {
    const path = uriToPath(uri);
    if (path === undefined) return undefined;
    try {
      if (maxBytes !== undefined) {
        const info = await stat(path);
        if (!info.isFile() || info.size > maxBytes) return undefined;
      }
      return await readFile(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
      throw new Error(code ?? String(e));
    }
  },
};

/** The text of a file named on the command line; throws a message naming it and saying why not. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String(e);
    throw new Error(`cannot read ${path}: ${why}`);
  }
}

export function fileExists(path: string): boolean {
  return existsSync(path);
}

export function writeTextFile(path: string, text: string): void {
  writeFileSync(path, text);
}

/** `dir/12.proposal.md` with `.pulled.json` -> `dir/.12.proposal.md.pulled.json`: a hidden file beside it. */
export function hiddenSibling(file: string, suffix: string): string {
  return join(dirname(file), `.${basename(file)}${suffix}`);
}

/** The SHA-256 of a text, in hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The command line's paths as files: a file as given (`explicit`), a
 * directory as every Markdown file below it, a glob as the files it matches
 * (`explicit`: named by the user, checked whatever they hold).
 */
export function expandPaths(paths: string[]): { path: string; explicit: boolean }[] {
  const files: { path: string; explicit: boolean }[] = [];
  for (const p of paths) {
    if (/[*?[\]{}]/.test(p)) {
      const base = p.split('/').findIndex((part) => /[*?[\]{}]/.test(part));
      const root = p.split('/').slice(0, base).join('/') || '.';
      const match = picomatch(p, { dot: true });
      for (const f of walk(root)) if (match(f) || match(f.replace(/^\.\//, ''))) files.push({ path: f, explicit: true });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new Error(`cannot read ${p}: no such file or directory`);
    }
    if (!isDir) files.push({ path: p, explicit: true });
    else for (const f of walk(p)) if (f.toLowerCase().endsWith('.md')) files.push({ path: f, explicit: false });
  }
  return files;
}

function* walk(dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new Error(`cannot read directory ${dir}`);
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name === '.git') continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile()) yield full;
  }
}
