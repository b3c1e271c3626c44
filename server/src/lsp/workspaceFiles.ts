import type { Connection } from 'vscode-languageserver';
import type { FileSystem } from '../fileSystem';
import {
  FIND_FILES_REQUEST,
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  type FindFilesParams,
  type ReadDirectoryParams,
  type ReadFileParams,
  type WorkspaceDirectoryEntry,
} from '../protocol';
import type { Platform } from '../service/host';

/** The scheme of a URI, lower case (`file`, `vscode-vfs`). */
function schemeOf(uri: string): string {
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(uri)?.[1].toLowerCase() ?? '';
}

/**
 * The workspace's files as the client reads them, over the requests of
 * protocol.ts (VS Code's `workspace.fs` and `workspace.findFiles`).
 */
function clientFileSystem(connection: Connection): FileSystem {
  return {
    async readDirectory(uri) {
      try {
        const entries = await connection.sendRequest<WorkspaceDirectoryEntry[]>(READ_DIRECTORY_REQUEST, { uri } satisfies ReadDirectoryParams);
        return Array.isArray(entries) ? entries.filter(isEntry) : [];
      } catch {
        return [];
      }
    },
    async readFile(uri, maxBytes) {
      let text: string | null;
      try {
        text = await connection.sendRequest<string | null>(READ_FILE_REQUEST, { uri, maxBytes } satisfies ReadFileParams);
      } catch (e) {
        throw new Error(e instanceof Error ? e.message : String(e));
      }
      return typeof text === 'string' ? text : undefined;
    },
    async findFiles(folder, globs, maxResults) {
      try {
        const uris = await connection.sendRequest<string[]>(FIND_FILES_REQUEST, { folder, globs: [...globs], maxResults } satisfies FindFilesParams);
        return Array.isArray(uris) ? uris.filter((u) => typeof u === 'string') : undefined;
      } catch {
        // The client cannot search: the folder is walked.
        return undefined;
      }
    },
  };
}

function isEntry(e: unknown): e is WorkspaceDirectoryEntry {
  const entry = e as WorkspaceDirectoryEntry;
  return typeof entry?.name === 'string' && typeof entry.uri === 'string' && ['file', 'directory', 'other'].includes(entry.type);
}

/**
 * The files the service reads: the platform's for the URI schemes it reads
 * itself (Node: `file`), the client's for the others once the client has
 * said, at initialize, that it answers the workspace file requests; nothing
 * otherwise. `clientOffers` is read on every call, the answer coming with
 * the initialize request.
 */
export function workspaceFiles(connection: Connection, platform: Platform, clientOffers: () => boolean): FileSystem & { reads(uri: string): boolean } {
  const client = clientFileSystem(connection);
  const local = (uri: string) => platform.fileSchemes === undefined || platform.fileSchemes.includes(schemeOf(uri));
  const pick = (uri: string): FileSystem | undefined => (local(uri) ? platform.files : clientOffers() ? client : undefined);
  return {
    reads: (uri) => pick(uri) !== undefined,
    readDirectory: async (uri) => (await pick(uri)?.readDirectory(uri)) ?? [],
    readFile: async (uri, maxBytes) => pick(uri)?.readFile(uri, maxBytes),
    findFiles: async (folder, globs, maxResults) => pick(folder)?.findFiles?.(folder, globs, maxResults),
  };
}
