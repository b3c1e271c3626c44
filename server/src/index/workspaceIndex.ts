import type { FileSystem } from '../fileSystem';
import { summarizeFile } from '../kinds/indexSummary';
import { globMatcher, uriPath } from '../uri';
import type { IndexedFile } from './summary';

/** Bounds on what the index holds, whatever the workspace: files beyond these are left out. */
export const MAX_INDEXED_FILES = 5000;
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);
const READS_IN_FLIGHT = 8;
const MD_FILE = /\.md$/i;

/** Told how far a build got: once the files are found (0 of n), then after each file read. */
export type BuildProgress = (done: number, total: number) => void;

/**
 * Every ideas file of the workspace folders, as summaries (projects, ideas,
 * mentors, term). Files on disk are scanned in the background and kept
 * current from file events; an open document's summary (from its model)
 * replaces its disk copy while it is open.
 */
export class WorkspaceIndex {
  /** The files read from disk, by path (one key however a URI of the file is spelt). */
  private disk = new Map<string, IndexedFile>();
  private open = new Map<string, IndexedFile | undefined>();
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
    private readonly fileSystem: FileSystem,
    private readonly openSummary: (uri: string) => IndexedFile | undefined,
    private readonly editorQuiet: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** The globs (the `files` setting) that make a file an ideas file. */
  setGlobs(globs: string[]): boolean {
    if (globs.join('\u0000') === this.globs.join('\u0000')) return false;
    this.globs = [...globs];
    this.matches = globMatcher(this.globs);
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
  files(): IndexedFile[] {
    const out: IndexedFile[] = [];
    const openPaths = new Set([...this.open.keys()].map(uriPath));
    for (const [path, summary] of this.disk) if (!openPaths.has(path)) out.push(summary);
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

  /** Waits for the build under way, at most `ms` (requests answer with what is there after that). */
  async settled(ms: number): Promise<void> {
    if (!this.building) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.ready, new Promise((r) => (timer = setTimeout(r, ms)))]);
    clearTimeout(timer);
  }

  /** Scans the folders (URIs) anew; a build started later cancels this one. */
  build(folders: readonly string[], progress: BuildProgress = () => undefined): Promise<void> {
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

  private async scan(folders: readonly string[], cancelled: () => boolean, progress: BuildProgress): Promise<void> {
    const uris: string[] = [];
    for (const folder of folders) {
      await this.walk(folder, uris, cancelled);
      if (cancelled()) return;
    }
    progress(0, uris.length);
    const found = new Set<string>();
    let next = 0;
    let done = 0;
    // A few reads in flight hide the file system's latency; scanning stays one file at a time.
    const worker = async () => {
      while (next < uris.length && !cancelled()) {
        const summary = await this.readSummary(uris[next++]);
        if (cancelled()) return;
        // Each file is visible as soon as it is read: a large workspace fills in progressively.
        if (summary) {
          const path = uriPath(summary.uri);
          found.add(path);
          this.disk.set(path, summary);
          this.version++;
        }
        progress(++done, uris.length);
      }
    };
    await Promise.all(Array.from({ length: READS_IN_FLIGHT }, worker));
    if (cancelled()) return;
    for (const path of [...this.disk.keys()]) if (!found.has(path)) this.disk.delete(path);
    this.version++;
  }

  private async walk(folder: string, out: string[], cancelled: () => boolean): Promise<void> {
    // An editor's file system searches faster than it lists folders one by one (github.dev's asks GitHub for each).
    const found = await this.fileSystem.findFiles?.(folder, this.globs, MAX_INDEXED_FILES - out.length);
    if (found) {
      for (const uri of found) {
        const path = uriPath(uri);
        if (out.length < MAX_INDEXED_FILES && MD_FILE.test(path) && this.isIndexable(path)) out.push(uri);
      }
      return;
    }
    const pending = [folder];
    while (pending.length > 0 && out.length < MAX_INDEXED_FILES && !cancelled()) {
      const current = pending.pop()!;
      // A folder that vanished or cannot be read has no entries. Symbolic links are not followed: no cycles, no files outside the folder.
      for (const entry of await this.fileSystem.readDirectory(current)) {
        if (entry.type === 'directory') {
          if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(entry.uri);
        } else if (entry.type === 'file' && MD_FILE.test(entry.name) && this.isIndexable(uriPath(entry.uri))) {
          out.push(entry.uri);
          if (out.length >= MAX_INDEXED_FILES) break;
        }
      }
    }
  }

  /** A file was created or changed on disk. */
  async fileChanged(uri: string): Promise<void> {
    const path = uriPath(uri);
    if (!this.isIndexable(path)) return;
    const generation = this.generation;
    const summary = await this.readSummary(uri);
    if (generation !== this.generation) return;
    if (summary) this.disk.set(path, summary);
    else this.disk.delete(path);
    this.version++;
  }

  /** A file or a folder was deleted: every file below a folder goes. */
  fileDeleted(uri: string): void {
    const path = uriPath(uri);
    if (this.disk.delete(path)) this.version++;
    const prefix = path.endsWith('/') ? path : path + '/';
    for (const key of [...this.disk.keys()]) {
      if (key.startsWith(prefix)) {
        this.disk.delete(key);
        this.version++;
      }
    }
  }

  private async readSummary(uri: string): Promise<IndexedFile | undefined> {
    try {
      const text = await this.fileSystem.readFile(uri, MAX_FILE_BYTES);
      if (text === undefined) return undefined;
      await this.editorQuiet();
      return summarizeFile(uri, text);
    } catch {
      return undefined;
    }
  }
}
