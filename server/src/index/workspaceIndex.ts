import { opendir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { summarizeFile } from '../kinds/indexSummary';
import type { FileSummary } from './summary';

/** Bounds on what the index holds, whatever the workspace: files beyond these are left out. */
export const MAX_INDEXED_FILES = 5000;
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const READS_IN_FLIGHT = 8;

/** Told how far a build got: once the files are found (0 of n), then after each file read. */
export type BuildProgress = (done: number, total: number) => void;

/**
 * Every ideas file of the workspace folders, as summaries (projects, ideas,
 * mentors, term). Files on disk are scanned in the background and kept
 * current from file events; an open document's summary (from its model)
 * replaces its disk copy while it is open.
 */
export class WorkspaceIndex {
  private disk = new Map<string, FileSummary>();
  private open = new Map<string, FileSummary | undefined>();
  private globs: string[] = [];
  private matches: (path: string) => boolean = () => false;
  private generation = 0;
  /** Grows with every change, for caches built over `files()`. */
  version = 0;
  /** Settles when the current build is done. */
  ready: Promise<void> = Promise.resolve();
  building = false;

  /**
   * `openSummary` gives the summary of an open ideas document from its
   * current model, or undefined; `editorQuiet` settles when the editor's
   * traffic leaves time to scan a file (a scan is synchronous: keystrokes
   * would wait for it).
   */
  constructor(
    private readonly openSummary: (uri: string) => FileSummary | undefined,
    private readonly editorQuiet: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** The globs (the `files` setting) that make a file an ideas file. */
  setGlobs(globs: string[]): boolean {
    if (globs.join('\u0000') === this.globs.join('\u0000')) return false;
    this.globs = [...globs];
    this.matches = globs.length ? picomatch(globs, { dot: true, nocase: process.platform === 'win32' }) : () => false;
    return true;
  }

  get fileGlobs(): readonly string[] {
    return this.globs;
  }

  isIndexable(path: string): boolean {
    const parts = path.split('/');
    return !parts.some((p) => SKIPPED_DIRECTORIES.has(p)) && this.matches(path);
  }

  /** Every indexed file, the open documents' current versions winning over the disk. */
  files(): FileSummary[] {
    const out: FileSummary[] = [];
    const openKeys = new Set([...this.open.keys()].map(fileKey));
    for (const [uri, summary] of this.disk) if (!openKeys.has(uri)) out.push(summary);
    for (const [uri, cached] of this.open) {
      let summary = cached;
      if (summary === undefined) {
        summary = this.openSummary(uri);
        if (summary) this.open.set(uri, summary);
      }
      if (summary) out.push(summary);
    }
    return out;
  }

  /** An open document changed (or opened): its summary is taken from the model when next needed. */
  documentChanged(uri: string): void {
    this.open.set(uri, undefined);
    this.version++;
  }

  documentClosed(uri: string): void {
    if (this.open.delete(uri)) this.version++;
  }

  private settleExpected?: () => void;

  /** A build is about to start (once the settings are known): until it ends, `building` is true and `ready` waits for it. */
  expectBuild(): void {
    if (this.building) return;
    this.building = true;
    this.ready = new Promise((resolve) => (this.settleExpected = resolve));
  }

  /** Scans the folders anew; a build started later cancels this one. */
  build(folders: string[], progress: BuildProgress = () => undefined): Promise<void> {
    const generation = ++this.generation;
    this.building = true;
    const run = this.scan(folders, () => generation !== this.generation, progress).finally(() => {
      if (generation !== this.generation) return;
      this.building = false;
      this.settleExpected?.();
      this.settleExpected = undefined;
    });
    this.ready = run;
    return run;
  }

  private async scan(folders: string[], cancelled: () => boolean, progress: BuildProgress): Promise<void> {
    const paths: string[] = [];
    for (const folder of folders) {
      await this.walk(folder, paths, cancelled);
      if (cancelled()) return;
    }
    progress(0, paths.length);
    const found = new Set<string>();
    let next = 0;
    let done = 0;
    // A few reads in flight hide the file system's latency; scanning stays one file at a time.
    const worker = async () => {
      while (next < paths.length && !cancelled()) {
        const summary = await readSummary(paths[next++], this.editorQuiet);
        if (cancelled()) return;
        // Each file is visible as soon as it is read: a large workspace fills in progressively.
        if (summary) {
          found.add(summary.uri);
          this.disk.set(summary.uri, summary);
          this.version++;
        }
        progress(++done, paths.length);
      }
    };
    await Promise.all(Array.from({ length: READS_IN_FLIGHT }, worker));
    if (cancelled()) return;
    for (const uri of [...this.disk.keys()]) if (!found.has(uri)) this.disk.delete(uri);
    this.version++;
  }

  private async walk(dir: string, out: string[], cancelled: () => boolean): Promise<void> {
    const pending = [dir];
    while (pending.length > 0 && out.length < MAX_INDEXED_FILES && !cancelled()) {
      const current = pending.pop()!;
      let handle;
      try {
        handle = await opendir(current);
      } catch {
        continue;
      }
      try {
        for await (const entry of handle) {
          // Symbolic links are not followed: no cycles, no files outside the folder.
          const path = join(current, entry.name).replace(/\\/g, '/');
          if (entry.isDirectory()) {
            if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path);
          } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md') && this.isIndexable(path)) {
            out.push(path);
            if (out.length >= MAX_INDEXED_FILES) break;
          }
        }
      } catch {
        // a folder that vanished or cannot be read is skipped
      }
    }
  }

  /** A file was created or changed on disk. */
  async fileChanged(path: string): Promise<void> {
    if (!this.isIndexable(path)) return;
    const generation = this.generation;
    const summary = await readSummary(path, this.editorQuiet);
    if (generation !== this.generation) return;
    const uri = pathToFileURL(path).href;
    if (summary) this.disk.set(uri, summary);
    else this.disk.delete(uri);
    this.version++;
  }

  fileDeleted(path: string): void {
    const uri = pathToFileURL(path).href;
    if (this.disk.delete(uri)) this.version++;
    // A deleted folder: every file below it goes.
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    for (const key of [...this.disk.keys()]) {
      if (key.startsWith(prefix)) {
        this.disk.delete(key);
        this.version++;
      }
    }
  }
}

async function readSummary(path: string, editorQuiet: () => Promise<void>): Promise<FileSummary | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
    const text = await readFile(path, 'utf8');
    await editorQuiet();
    return summarizeFile(pathToFileURL(path).href, text);
  } catch {
    return undefined;
  }
}

/** One spelling of a file URI (editors and Node percent-encode paths differently); other URIs as they are. */
function fileKey(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}
