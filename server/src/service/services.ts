import type { Diagnostic } from '../analysis/diagnostic';
import type { Catalog } from '../catalog/catalog';
import type { FileSystem } from '../fileSystem';
import type { GitHubAccess } from '../github/access';
import type { Person } from '../index/people';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { Settings } from '../settings';
import type { OpenIdeasFile } from './documents';
import type { Logger, OpenDocuments } from './host';

/**
 * What the features read: the settings, the catalog, the open documents'
 * analyses, the workspace index and GitHub. Each feature module takes the
 * part it needs (a `Pick` of this) as an argument.
 */
export interface Services {
  readonly settings: Settings;
  readonly catalog: Catalog;
  readonly index: WorkspaceIndex;
  readonly github: GitHubAccess;
  readonly logger: Logger;
  /** The workspace's files, and its folders (URIs). */
  readonly files: FileSystem;
  readonly workspaceFolders: readonly string[];
  /** The open document at `uri` when it is an ideas file, with the analysis of its current version. */
  ideasFile(uri: string): OpenIdeasFile | undefined;
  /** The mentors of the indexed files. */
  people(): Person[];
  readonly documents: OpenDocuments;
  /** Milliseconds since the epoch. */
  now(): number;
  /** Publishes an open document's diagnostics again (a background source learnt something). */
  publish(uri: string): void;
  publishAll(): void;
}

/**
 * Findings that need more than the document and come in the background
 * (the term's open proposals on GitHub, CNCF's verdict on a proposal issue),
 * added to each publication of any open document, each source picking its
 * documents; a finding with the code and line of one of the file's own
 * replaces it. A source publishes again when it learns more.
 */
export interface DiagnosticSource {
  /** What the log calls it when it fails. */
  readonly name: string;
  diagnostics(file: OpenIdeasFile): Diagnostic[];
}
