import { FileSystemError, FileType, RelativePattern, Uri, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FIND_FILES_REQUEST,
  READ_DIRECTORY_REQUEST,
  READ_FILE_REQUEST,
  type FindFilesParams,
  type ReadDirectoryParams,
  type ReadFileParams,
  type WorkspaceDirectoryEntry,
} from '../../server/src/protocol';

/** A file that is not there, or not a file: the server reads it as no file. */
function isMissing(e: unknown): boolean {
  return e instanceof FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileIsADirectory' || e.code === 'FileNotADirectory');
}

function entryType(type: FileType): WorkspaceDirectoryEntry['type'] {
  // A symbolic link is never followed, as on disk.
  if (type & FileType.SymbolicLink) return 'other';
  if (type & FileType.Directory) return 'directory';
  return type & FileType.File ? 'file' : 'other';
}

/**
 * Answers the server's workspace file requests (protocol.ts) with VS Code's
 * file system: github.dev's virtual one, where a browser worker has no disk,
 * and any other the editor has (the desktop server reads file URIs itself).
 */
export function answerWorkspaceFileRequests(client: BaseLanguageClient): Disposable[] {
  return [
    client.onRequest(READ_DIRECTORY_REQUEST, async ({ uri }: ReadDirectoryParams): Promise<WorkspaceDirectoryEntry[]> => {
      try {
        const folder = Uri.parse(uri);
        const entries = await workspace.fs.readDirectory(folder);
        return entries.map(([name, type]) => ({ name, uri: Uri.joinPath(folder, name).toString(), type: entryType(type) }));
      } catch {
        return [];
      }
    }),
    client.onRequest(READ_FILE_REQUEST, async ({ uri, maxBytes }: ReadFileParams): Promise<string | null> => {
      const file = Uri.parse(uri);
      try {
        const info = await workspace.fs.stat(file);
        if (!(info.type & FileType.File) || (maxBytes !== undefined && info.size > maxBytes)) return null;
        return new TextDecoder().decode(await workspace.fs.readFile(file));
      } catch (e) {
        if (isMissing(e)) return null;
        throw new Error(e instanceof Error ? e.message : String(e));
      }
    }),
    client.onRequest(FIND_FILES_REQUEST, async ({ folder, globs, maxResults }: FindFilesParams): Promise<string[]> => {
      const base = Uri.parse(folder);
      const found = new Set<string>();
      for (const glob of globs) {
        if (found.size >= maxResults) break;
        // The editor's file excludes apply (files.exclude), as in its own search.
        for (const uri of await workspace.findFiles(new RelativePattern(base, glob), undefined, maxResults - found.size)) found.add(uri.toString());
      }
      return [...found];
    }),
  ];
}
