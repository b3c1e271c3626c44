import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { catalogOf } from '../catalog/workspaceFiles';
import type { Catalog } from '../catalog/catalog';
import type { DocumentKind } from '../kinds/kind';
import type { IdeasDocument } from '../model/types';
import { allRules } from '../rules';
import type { Settings } from '../settings';
import { DocumentAnalyzer, type Diagnostic } from './analyzer';

/** A file `check` reads: named on the command line (checked whatever it holds), or found in a directory (checked if it is an ideas file). */
export interface FileToCheck {
  path: string;
  explicit: boolean;
}

export interface CheckedFile {
  path: string;
  isIdeasFile: boolean;
  kind: DocumentKind;
  diagnostics: Diagnostic[];
  /** The model (sequential checks only: `--online` reads it). */
  doc?: IdeasDocument;
}

/** Below this many files a worker costs more to start than it saves. */
const FILES_PER_WORKER = 8;
/** Files a thread takes at once: neighbours in a directory listing are often versions of one file. */
const FILES_PER_TAKE = 4;
const MAX_WORKERS = 3;

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String(e);
    throw new Error(`cannot read ${path}: ${why}`);
  }
}

/**
 * Checks one file. `analyzer` may have checked other files before: what it
 * keeps from them (sections and ideas of the same text) is reused, with the
 * results of a fresh analyzer (the incremental property), so files that
 * share most of their text (the versions of one file) cost what differs.
 */
export function checkFile(file: FileToCheck, settings: Settings, catalog: Catalog, analyzer = new DocumentAnalyzer(allRules)): CheckedFile {
  const text = readText(file.path);
  const uri = pathToFileURL(resolve(file.path)).href;
  const analysis = analyzer.analyze(uri, text, settings, catalog, file.explicit);
  return { path: file.path, isIdeasFile: analysis.isIdeasFile, kind: analysis.kind ?? 'lfx', diagnostics: analysis.diagnostics, doc: analysis.doc };
}

interface WorkerInput {
  files: FileToCheck[];
  settings: Settings;
  /** The next file to take, shared by every thread. */
  next: SharedArrayBuffer;
}

type Outcome = { index: number; file: Omit<CheckedFile, 'doc'> } | { index: number; error: string };

/** Takes files from the shared counter until none is left, with one analyzer; a file that cannot be read is an outcome too. */
function takeFiles(input: WorkerInput, catalog: Catalog, keepDocs: boolean): { outcomes: Outcome[]; docs: Map<number, IdeasDocument> } {
  const next = new Int32Array(input.next);
  const outcomes: Outcome[] = [];
  const docs = new Map<number, IdeasDocument>();
  const analyzer = new DocumentAnalyzer(allRules);
  for (let from = Atomics.add(next, 0, FILES_PER_TAKE); from < input.files.length; from = Atomics.add(next, 0, FILES_PER_TAKE)) {
    for (let index = from; index < Math.min(from + FILES_PER_TAKE, input.files.length); index++) {
      try {
        const { doc, ...file } = checkFile(input.files[index], input.settings, catalog, analyzer);
        outcomes.push({ index, file });
        if (keepDocs && doc) docs.set(index, doc);
      } catch (e) {
        outcomes.push({ index, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  return { outcomes, docs };
}

/**
 * Checks the files in order of the list, on this thread and, for more than
 * a few files, on worker threads running `workerScript` (the CLI's entry,
 * which calls `runCheckWorker` off the main thread): each takes the next
 * unchecked file until none is left. Throws the first file's read error in
 * list order, as checking one after the other would.
 */
export async function checkFiles(files: FileToCheck[], settings: Settings, catalog: Catalog, workerScript?: string): Promise<CheckedFile[]> {
  const input: WorkerInput = { files, settings, next: new SharedArrayBuffer(4) };
  const count = workerScript ? Math.min(MAX_WORKERS, availableParallelism() - 1, Math.floor(files.length / FILES_PER_WORKER)) : 0;
  const workers = Array.from({ length: Math.max(0, count) }, () => {
    const worker = new Worker(workerScript!, { workerData: input });
    return new Promise<Outcome[]>((done, fail) => {
      worker.once('message', (outcomes: Outcome[]) => done(outcomes));
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`a check worker exited with code ${code}`)));
    });
  });
  const own = takeFiles(input, catalog, true);
  const outcomes = [...own.outcomes, ...(await Promise.all(workers)).flat()].sort((a, b) => a.index - b.index);
  return outcomes.map((o) => {
    if ('error' in o) throw new Error(o.error);
    return { ...o.file, doc: own.docs.get(o.index) };
  });
}

/** A check worker's body: the catalog is read as the main thread read it (the working directory is the process's). */
export function runCheckWorker(): void {
  const input = workerData as WorkerInput;
  parentPort!.postMessage(takeFiles(input, catalogOf([process.cwd()]), false).outcomes);
}
