import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, RegistrationRequest, UnregistrationRequest, type InitializeParams } from 'vscode-languageserver/node';
import { PeopleCache, type Person } from '../index/people';
import { summarizeOpen } from '../kinds/indexSummary';
import { WorkspaceIndex } from '../index/workspaceIndex';
import type { Feature, ServerContext } from '../serverContext';

export const INDEX_PROGRESS_TITLE = 'Indexing mentorship ideas';
/** The id of this feature's own file-watcher registration (others register theirs). */
export const INDEX_WATCHER_ID = 'mentorshipIdeas.workspaceIndex.watcher';
/** How long to wait for the client's settings before indexing with the defaults. */
const SETTINGS_WAIT_MS = 1500;
/** The index scans a file only once the editor has sent nothing for this long: opening a file and typing come first. */
const EDITOR_QUIET_MS = 150;

interface IndexState {
  index: WorkspaceIndex;
  /** When a document last opened or changed (or the client became ready). */
  lastEdit: number;
  people: PeopleCache;
  waitingForSettings: boolean;
  watching: boolean;
  /** Watcher (un)registrations, one after the other. */
  watchQueue: Promise<void>;
}

const states = new WeakMap<ServerContext, IndexState>();

function stateOf(ctx: ServerContext): IndexState {
  let state = states.get(ctx);
  if (!state) {
    const index = new WorkspaceIndex(
      (uri) => {
        const file = ctx.ideasFile(uri);
        return file ? summarizeOpen(file.analysis.doc, file.analysis.kind) : undefined;
      },
      () => editorQuiet(stateOf(ctx)),
    );
    state = { index, lastEdit: 0, people: new PeopleCache(), waitingForSettings: false, watching: false, watchQueue: Promise.resolve() };
    states.set(ctx, state);
  }
  return state;
}

async function editorQuiet(state: IndexState): Promise<void> {
  for (let wait = state.lastEdit + EDITOR_QUIET_MS - Date.now(); wait > 0; wait = state.lastEdit + EDITOR_QUIET_MS - Date.now()) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** The workspace index of this server: every ideas file of the workspace folders, open documents included. */
export function workspaceIndexOf(ctx: ServerContext): WorkspaceIndex {
  return stateOf(ctx).index;
}

/** The mentors of the indexed files. */
export function peopleOf(ctx: ServerContext): Person[] {
  const { index, people } = stateOf(ctx);
  return people.get(index.version, () => index.files());
}

/** Waits for the index build under way, at most `ms` (requests answer with what is there after that). */
export async function indexSettled(ctx: ServerContext, ms: number): Promise<void> {
  const { index } = stateOf(ctx);
  if (!index.building) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([index.ready, new Promise((r) => (timer = setTimeout(r, ms)))]);
  clearTimeout(timer);
}

/** The workspace folders as file-system paths. */
export function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths: string[] = [];
  for (const uri of uris) {
    try {
      if (uri.startsWith('file:')) paths.push(fileURLToPath(uri));
    } catch {
      // not a local folder: nothing to index there
    }
  }
  if (paths.length === 0 && params.rootPath) paths.push(params.rootPath);
  return paths;
}

async function rebuild(ctx: ServerContext): Promise<void> {
  const { index } = stateOf(ctx);
  const folders = workspaceFolderPaths(ctx.initializeParams);
  const progress = await ctx.connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin(INDEX_PROGRESS_TITLE, 0, 'Looking for ideas files', false);
  let lastPercent = -1;
  try {
    await index.build(folders, (done, total) => {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      progress?.report(percent, `${done}/${total} files`);
    });
  } catch (e) {
    ctx.connection.console.error(`Indexing the workspace failed: ${e instanceof Error ? e.stack : String(e)}`);
  } finally {
    progress?.done();
  }
}

/** (Re)registers the watcher of the ideas files for the current globs, after any registration under way. */
function watch(ctx: ServerContext): void {
  const state = stateOf(ctx);
  state.watchQueue = state.watchQueue.then(() => registerWatcher(ctx));
}

async function registerWatcher(ctx: ServerContext): Promise<void> {
  const state = stateOf(ctx);
  if (!ctx.initializeParams.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  const method = DidChangeWatchedFilesNotification.method;
  try {
    if (state.watching) await ctx.connection.sendRequest(UnregistrationRequest.type, { unregisterations: [{ id: INDEX_WATCHER_ID, method }] });
    state.watching = false;
    const watchers = state.index.fileGlobs.map((globPattern) => ({ globPattern }));
    if (watchers.length === 0) return;
    await ctx.connection.sendRequest(RegistrationRequest.type, { registrations: [{ id: INDEX_WATCHER_ID, method, registerOptions: { watchers } }] });
    state.watching = true;
  } catch (e) {
    ctx.connection.console.warn(`Could not watch the ideas files: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri).replace(/\\/g, '/') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the workspace index in the background once the client is ready
 * (with work-done progress), rebuilds it when the `files` setting changes,
 * and keeps it current from file events and open documents.
 */
export const workspaceIndexFeature: Feature = {
  register(ctx) {
    const state = stateOf(ctx);
    const { index } = state;
    ctx.documents.onDidChangeContent((e) => {
      state.lastEdit = Date.now();
      index.documentChanged(e.document.uri);
    });
    ctx.documents.onDidClose((e) => index.documentClosed(e.document.uri));
  },
  initialized(ctx) {
    const state = stateOf(ctx);
    // The editor opens its documents right after `initialized`: their first diagnostics come before any scan.
    state.lastEdit = Date.now();
    state.index.setGlobs(ctx.workspace.settings.files);
    state.index.expectBuild();
    if (ctx.initializeParams.capabilities.workspace?.configuration) {
      // The settings are on their way (workspace/configuration): index once, with them.
      state.waitingForSettings = true;
      setTimeout(() => {
        if (!state.waitingForSettings) return;
        state.waitingForSettings = false;
        void rebuild(ctx);
        watch(ctx);
      }, SETTINGS_WAIT_MS);
      return;
    }
    void rebuild(ctx);
    watch(ctx);
  },
  settingsChanged(ctx) {
    const state = stateOf(ctx);
    const changed = state.index.setGlobs(ctx.workspace.settings.files);
    if (!changed && !state.waitingForSettings) return;
    state.waitingForSettings = false;
    void rebuild(ctx);
    watch(ctx);
  },
  didChangeWatchedFiles(ctx, params) {
    const { index } = stateOf(ctx);
    for (const change of params.changes) {
      const path = pathOf(change.uri);
      if (!path) continue;
      if (change.type === FileChangeType.Deleted) index.fileDeleted(path);
      else void index.fileChanged(path);
    }
  },
};
