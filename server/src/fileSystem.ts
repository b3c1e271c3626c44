import type { WorkspaceDirectoryEntry } from './protocol';
import { uriPath } from './uri';

/**
 * The workspace's files, by URI, as a host reads them (a disk, an editor's
 * file system): what the workspace index and the workspace catalog read.
 */
export interface FileSystem {
  /** The entries of a folder; none when it cannot be read. */
  readDirectory(uri: string): Promise<DirectoryEntry[]>;
  /**
   * The text of a file; undefined when there is none (no such file, a
   * folder) or it is larger than `maxBytes`. Throws, saying why, when the
   * file is there but cannot be read.
   */
  readFile(uri: string, maxBytes?: number): Promise<string | undefined>;
  /**
   * The files below `folder` matching one of `globs` (relative to it), at
   * most `maxResults`, when this file system can search (an editor's
   * `findFiles`); undefined when it cannot, and the folder is walked.
   */
  findFiles?(folder: string, globs: readonly string[], maxResults: number): Promise<string[] | undefined>;
}

/** A workspace file's text, undefined when there is none; throws, naming the file, when it is there but cannot be read. */
export async function readWorkspaceFile(files: FileSystem, uri: string): Promise<string | undefined> {
  try {
    return await files.readFile(uri);
  } catch (e) {
    throw new Error(`cannot read ${uriPath(uri)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** One entry of a folder: what the client answers for one (protocol.ts). */
export type DirectoryEntry = WorkspaceDirectoryEntry;
