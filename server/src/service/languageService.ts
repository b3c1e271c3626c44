import { DocumentAnalyzer, type Analysis } from '../analysis/analyzer';
import type { Diagnostic } from '../analysis/diagnostic';
import { BUNDLED_ORIGIN, Catalog } from '../catalog/catalog';
import { loadWorkspaceCatalog } from '../catalog/workspaceCatalog';
import { GitHubAccess } from '../github/access';
import { PeopleCache, type Person } from '../index/people';
import { summarizeDocument } from '../index/summary';
import { WorkspaceIndex, type BuildProgress } from '../index/workspaceIndex';
import type { TextChange } from '../model/sections';
import { allRules } from '../rules';
import { defaultSettings, type Settings } from '../settings';
import { DocumentAnalyses, type OpenIdeasFile } from './documents';
import type { Logger, OpenDocuments, ServiceHost } from './host';
import { UpstreamChecker } from './upstreamChecker';

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
  /** The open document at `uri` when it is an ideas file, with the analysis of its current version. */
  ideasFile(uri: string): OpenIdeasFile | undefined;
  /** The mentors of the indexed files. */
  people(): Person[];
}

/**
 * The language service: built once from what a host supplies (the open
 * documents, the workspace's files, fetch, a logger, the clock), it holds
 * the settings, the catalog, an analysis per open document, the workspace
 * index and GitHub access, and publishes each document's diagnostics. The
 * LSP server and the CLI both run on it; the feature modules beside this
 * one read it.
 */
export class LanguageService implements Services {
  settings: Settings = defaultSettings();
  catalog: Catalog = Catalog.bundled();
  readonly index: WorkspaceIndex;
  readonly github: GitHubAccess;
  readonly logger: Logger;
  readonly documents: OpenDocuments;
  readonly now: () => number;
  private readonly analyses: DocumentAnalyses;
  private readonly peopleCache = new PeopleCache();
  private readonly upstream: UpstreamChecker;
  private folders: readonly string[] = [];
  /** Publications asked for while held (a catalog being re-read), made once released. */
  private held = 0;
  private deferred = new Set<string>();

  constructor(private readonly host: ServiceHost) {
    this.logger = host.logger;
    this.documents = host.documents;
    this.analyses = new DocumentAnalyses(allRules, () => this);
    this.index = new WorkspaceIndex(host.files, (uri) => {
      const file = this.ideasFile(uri);
      return file ? summarizeDocument(file.analysis.doc) : undefined;
    });
    this.github = new GitHubAccess({
      apiUrl: () => this.settings.github.apiUrl,
      fetch: host.fetch,
      now: host.now,
      environmentToken: host.githubToken,
      ttlMs: host.githubTtlMs,
      timeoutMs: host.githubTimeoutMs,
    });
    this.now = host.now;
    this.upstream = new UpstreamChecker(this);
  }

  ideasFile(uri: string): OpenIdeasFile | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const analysis = this.analyses.analysis(document);
    return analysis.isIdeasFile ? { document, analysis } : undefined;
  }

  people(): Person[] {
    return this.peopleCache.get(this.index.version, () => this.index.files());
  }

  /** New settings: every open document is analysed again with them. Returns whether the `files` globs changed (the index then wants a new build). */
  configure(settings: Settings): boolean {
    this.settings = settings;
    this.analyses.invalidate();
    return this.index.setGlobs(settings.files);
  }

  /** The workspace folders (URIs), where the index and the workspace catalog look. */
  setWorkspaceFolders(folders: readonly string[]): void {
    this.folders = [...folders];
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** Records an editor's changes to an open document, before its new version is analysed. */
  recordChanges(uri: string, changes: TextChange[]): void {
    this.analyses.recordChanges(uri, changes);
  }

  /** An open document changed (or opened): the index takes its summary from the next analysis. */
  documentChanged(uri: string): void {
    this.index.documentChanged(uri);
  }

  documentClosed(uri: string): void {
    this.analyses.close(uri);
    this.index.documentClosed(uri);
  }

  /**
   * Publishes the diagnostics of an open document's current version: the
   * analysis's, and upstream-closed's from what GitHub told so far (a later
   * publication brings what it tells next).
   */
  publish(uri: string): void {
    if (this.held > 0) {
      this.deferred.add(uri);
      return;
    }
    const document = this.documents.get(uri);
    if (!document) return;
    try {
      const analysis = this.analyses.analysis(document);
      const diagnostics: Diagnostic[] = [...analysis.diagnostics];
      if (analysis.isIdeasFile) diagnostics.push(...this.upstream.diagnostics({ document, analysis }));
      this.host.publishDiagnostics(uri, document.version, diagnostics);
    } catch (e) {
      this.logger.error(`Analysis of ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  publishAll(): void {
    for (const document of this.documents.all()) this.publish(document.uri);
  }

  /** Holds publications back (while the catalog is re-read, so that none is made with the old one); the returned function releases them. */
  holdPublications(): () => void {
    this.held++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.held > 0) return;
      const uris = [...this.deferred];
      this.deferred.clear();
      for (const uri of uris) this.publish(uri);
    };
  }

  /**
   * Reads the workspace's project list and quotas again (they win over the
   * bundled catalog) and publishes every open document when the catalog
   * changed. A malformed file keeps the catalog in use: its problem is
   * returned, for the host to tell the user.
   */
  async reloadCatalog(): Promise<string | undefined> {
    let loaded: Catalog | undefined;
    try {
      loaded = await loadWorkspaceCatalog(this.host.files, this.folders);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    if (!loaded && this.catalog.origin === BUNDLED_ORIGIN) return undefined;
    this.catalog = loaded ?? Catalog.bundled();
    this.analyses.invalidate();
    this.publishAll();
    return undefined;
  }

  /** Scans the workspace folders for ideas files anew. */
  buildIndex(progress?: BuildProgress): Promise<void> {
    return this.index.build(this.folders, progress);
  }

  /** A file of the workspace was created, changed or deleted. */
  fileChanged(uri: string, deleted: boolean): void {
    if (deleted) this.index.fileDeleted(uri);
    else void this.index.fileChanged(uri);
  }

  /** The editor's GitHub token, undefined when signed out. */
  setEditorToken(token: string | undefined): void {
    this.github.setEditorToken(token);
  }

  /**
   * The analysis of a text no editor has open (the CLI's files), with the
   * settings and catalog in use. `force` checks it whatever its name.
   */
  analyzeText(uri: string, text: string, force = false): Analysis {
    return new DocumentAnalyzer(allRules).analyze(uri, text, this.settings, this.catalog, force);
  }

  /** The codes of the rules the analysis runs, in catalog order. */
  get ruleCodes(): string[] {
    return allRules.map((r) => r.code);
  }
}
