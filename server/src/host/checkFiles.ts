import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../analysis/diagnostic';
import type { DocumentKind } from '../kinds/kind';
import type { IdeasDocument } from '../model/types';
import { LanguageService } from '../service/languageService';
import type { Settings } from '../settings';
import { pathUri, readTextFile } from './files';
import { nodePlatform } from './node';

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
  /** The model, when asked for (`--online` reads it): then every file is checked on this thread. */
  doc?: IdeasDocument;
}

/** Below this many files a worker costs more to start than it saves. */
const FILES_PER_WORKER = 8;
/** Files a thread takes at once: neighbours in a directory listing are often versions of one file. */
const FILES_PER_TAKE = 4;
const MAX_WORKERS = 3;

/**
 * Checks one file with the service's analysis. The service may have
 * checked other files before: what its analyzer keeps from them (sections
 * and ideas of the same text) is reused, with the results of a fresh one
 * (the incremental property), so files that share most of their text (the
 * versions of one file) cost what differs.
 */
function checkFile(file: FileToCheck, service: LanguageService): CheckedFile {
  const analysis = service.analyzeText(pathUri(file.path), readTextFile(file.path), file.explicit);
  return { path: file.path, isIdeasFile: analysis.isIdeasFile, kind: analysis.kind ?? 'lfx', diagnostics: analysis.diagnostics, doc: analysis.doc };
}

interface WorkerInput {
  files: FileToCheck[];
  settings: Settings;
  /** Where the catalog is read from (the working directory's URI). */
  folders: string[];
  /** The next file to take, shared by every thread. */
  next: SharedArrayBuffer;
}

type Outcome = { index: number; file: Omit<CheckedFile, 'doc'> } | { index: number; error: string };

/** Takes files from the shared counter until none is left; a file that cannot be read is an outcome too. */
function takeFiles(input: WorkerInput, service: LanguageService, keepDocs: boolean): { outcomes: Outcome[]; docs: Map<number, IdeasDocument> } {
  const next = new Int32Array(input.next);
  const outcomes: Outcome[] = [];
  const docs = new Map<number, IdeasDocument>();
  for (let from = Atomics.add(next, 0, FILES_PER_TAKE); from < input.files.length; from = Atomics.add(next, 0, FILES_PER_TAKE)) {
    for (let index = from; index < Math.min(from + FILES_PER_TAKE, input.files.length); index++) {
      try {
        const { doc, ...file } = checkFile(input.files[index], service);
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
 * Checks the files in order of the list with `service` (configured, its
 * catalog read): with `models`, all on this thread, keeping each file's
 * model; else on this thread and, for more than a few files and given a
 * `workerScript`, on worker threads running it (the CLI's entry, which calls
 * `runCheckWorker` off the main thread), each with a service of its own on
 * the same settings and catalog: each takes the next unchecked file until
 * none is left. Throws the first file's read error in list order, as
 * checking one after the other would.
 */
export async function checkFiles(files: FileToCheck[], service: LanguageService, use: { workerScript?: string } | { models: true }): Promise<CheckedFile[]> {
  const input: WorkerInput = { files, settings: service.settings, folders: [...service.workspaceFolders], next: new SharedArrayBuffer(4) };
  const workerScript = 'workerScript' in use ? use.workerScript : undefined;
  const count = workerScript ? Math.min(MAX_WORKERS, availableParallelism() - 1, Math.floor(files.length / FILES_PER_WORKER)) : 0;
  const workers = Array.from({ length: Math.max(0, count) }, () => {
    const worker = new Worker(workerScript!, { workerData: input });
    return new Promise<Outcome[]>((done, fail) => {
      worker.once('message', (outcomes: Outcome[]) => done(outcomes));
      worker.once('error', fail);
      worker.once('exit', (code) => fail(new Error(`a check worker exited with code ${code}`)));
    });
  });
  const own = takeFiles(input, service, 'models' in use);
  const outcomes = [...own.outcomes, ...(await Promise.all(workers)).flat()].sort((a, b) => a.index - b.index);
  return outcomes.map((o) => {
    if ('error' in o) throw new Error(o.error);
    return { ...o.file, doc: own.docs.get(o.index) };
  });
}

/** True on a check worker's thread. */
export function isCheckWorker(): boolean {
  return !isMainThread;
}

/** A check worker's body: a service on the main thread's settings, its catalog read as the main thread read it. */
export async function runCheckWorker(): Promise<void> {
  const input = workerData as WorkerInput;
  const log = (m: string) => void process.stderr.write(m + '\n');
  const service = new LanguageService({ ...nodePlatform(), documents: { get: () => undefined, all: () => [] }, logger: { error: log, warn: log }, publishDiagnostics: () => undefined });
  service.configure(input.settings);
  service.setWorkspaceFolders(input.folders);
  await service.reloadCatalog();
  parentPort!.postMessage(takeFiles(input, service, false).outcomes);
}
