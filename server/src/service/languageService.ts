import { DocumentAnalyzer, runAsyncRules, type Analysis, type AsyncDiagnostics } from '../analysis/analyzer';
import type { Diagnostic } from '../analysis/diagnostic';
import { BUNDLED_ORIGIN, Catalog } from '../catalog/catalog';
import { loadWorkspaceCatalog } from '../catalog/workspaceCatalog';
import { GitHubAccess } from '../github/access';
import { PeopleCache, type Person } from '../index/people';
import { WorkspaceIndex, type BuildProgress } from '../index/workspaceIndex';
import { summarizeOpen } from '../kinds/indexSummary';
import type { FileSystem } from '../fileSystem';
import type { TextChange } from '../model/sections';
import { allRules } from '../rules';
import { defaultSettings, type Settings } from '../settings';
import { DocumentAnalyses, type OpenIdeasFile } from './documents';
import type { Logger, OpenDocuments, ServiceHost } from './host';
import { LiveTermChecks } from './liveTermChecks';
import { ProposalIssues } from './proposalIssues';
import { VerdictChecker } from './proposalVerdict';
import type { DiagnosticSource, Services } from './services';

/**
 * The language service: built once from what a host supplies (the open
 * documents, the workspace's files, fetch, a logger, the clock), it holds
 * the settings, the catalog, an analysis per open document, the workspace
 * index and GitHub access, and publishes each document's diagnostics. The
 * LSP server and the CLI both run on it; the feature modules beside this
 * one read it.
 */
/** The index scans a file only once the editor has sent nothing for this long: opening a file and typing come first. */
const EDITOR_QUIET_MS = 150;

export class LanguageService implements Services {
  settings: Settings = defaultSettings();
  catalog: Catalog = Catalog.bundled();
  readonly index: WorkspaceIndex;
  readonly github: GitHubAccess;
  readonly logger: Logger;
  readonly files: FileSystem;
  readonly documents: OpenDocuments;
  private readonly analyses: DocumentAnalyses;
  private readonly peopleCache = new PeopleCache();
  private readonly sources: DiagnosticSource[];
  readonly verdicts: VerdictChecker;
  readonly proposalIssues: ProposalIssues;
  readonly now: () => number;
  /** Each open document's publications so far: a late answer of an asynchronous rule is published only if no publication came after. */
  private publications = new Map<string, number>();
  private folders: readonly string[] = [];
  /** When a document last opened or changed (or the editor became ready): the index scans a file only once the editor has been quiet for EDITOR_QUIET_MS. */
  private lastEdit = 0;
  /** Analyses the texts no editor has open (the CLI's files): what it keeps of one text (sections, ideas) serves the next. */
  private textAnalyzer?: DocumentAnalyzer;
  /** Publications asked for while held (a catalog being re-read), made once released. */
  private held = 0;
  private deferred = new Set<string>();

  constructor(private readonly host: ServiceHost) {
    this.logger = host.logger;
    this.files = host.files;
    this.documents = host.documents;
    this.analyses = new DocumentAnalyses(allRules, () => this);
    this.index = new WorkspaceIndex(
      host.files,
      (uri) => {
        const file = this.ideasFile(uri);
        return file ? summarizeOpen(file.analysis.doc, file.analysis.kind) : undefined;
      },
      () => this.editorQuiet(),
    );
    this.github = new GitHubAccess({
      apiUrl: () => this.settings.github.apiUrl,
      fetch: host.fetch,
      now: host.now,
      environmentToken: host.githubToken,
      ttlMs: host.githubTtlMs,
      timeoutMs: host.githubTimeoutMs,
    });
    this.now = host.now;
    this.verdicts = new VerdictChecker(this, host.verdictRecheckMs);
    this.sources = [new LiveTermChecks(this), this.verdicts];
    this.proposalIssues = new ProposalIssues(this, (issue) => this.verdicts.saved(issue));
    // What was learnt with the old token is forgotten: the asynchronous rules ask again.
    this.github.onTokenChange(() => {
      if (allRules.some((r) => r.scope === 'async' && r.enabled(this.settings))) this.publishAll();
    });
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
    this.lastEdit = this.now();
    this.index.documentChanged(uri);
  }

  /** The editor is ready and about to open its documents: their first diagnostics come before any scan of the index. */
  editorStarting(): void {
    this.lastEdit = this.now();
  }

  private async editorQuiet(): Promise<void> {
    for (let wait = this.lastEdit + EDITOR_QUIET_MS - this.now(); wait > 0; wait = this.lastEdit + EDITOR_QUIET_MS - this.now()) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** An open document was saved: its entries are no longer being written, and it is published again. */
  documentSaved(uri: string): void {
    this.analyses.saved(uri);
    this.publish(uri);
  }

  documentClosed(uri: string): void {
    this.analyses.close(uri);
    this.verdicts.closed(uri);
    this.publications.delete(uri);
    this.index.documentClosed(uri);
  }

  /**
   * Publishes the diagnostics of an open document's current version: the
   * analysis's with what the asynchronous rules can tell at once, without
   * waiting for them; when they have asked and found otherwise, a second
   * publication of the same version follows.
   */
  publish(uri: string): void {
    if (this.held > 0) {
      this.deferred.add(uri);
      return;
    }
    const document = this.documents.get(uri);
    if (!document) return;
    const publication = (this.publications.get(uri) ?? 0) + 1;
    this.publications.set(uri, publication);
    try {
      const { version } = document;
      const analysis = this.analyses.analysis(document);
      const fromSources = this.sourceDiagnostics({ document, analysis });
      // A source's finding with the code and line of one of the file's own replaces it (live term checks count more than the file).
      const replaced = new Set(fromSources.map((d) => `${d.code}:${d.range.start.line}`));
      const base = fromSources.length ? [...analysis.diagnostics.filter((d) => !replaced.has(`${d.code}:${d.range.start.line}`)), ...fromSources] : analysis.diagnostics;
      const later = this.runAsyncRules(analysis);
      this.host.publishDiagnostics(uri, version, this.analyses.published(uri, later ? [...base, ...later.known] : base));
      void later?.check().then((found) => {
        if (this.publications.get(uri) !== publication || sameDiagnostics(found, later.known)) return;
        this.host.publishDiagnostics(uri, version, this.analyses.published(uri, [...base, ...found]));
      });
    } catch (e) {
      this.logger.error(`Analysis of ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  private sourceDiagnostics(file: OpenIdeasFile): Diagnostic[] {
    const found: Diagnostic[] = [];
    for (const source of this.sources) {
      try {
        found.push(...source.diagnostics(file));
      } catch (e) {
        this.logger.error(`${source.name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return found;
  }

  /** What the editor shows of a file beside its analysis's diagnostics: the background sources' findings and what the asynchronous rules can tell at once (without asking anyone). */
  backgroundDiagnostics(file: OpenIdeasFile): Diagnostic[] {
    return [...this.sourceDiagnostics(file), ...(this.runAsyncRules(file.analysis)?.known ?? [])];
  }

  /** The asynchronous rules (upstream-closed) over an analysis, when one is on; `note` hears what could not be checked. */
  runAsyncRules(analysis: Analysis, note?: (message: string) => void): AsyncDiagnostics | undefined {
    return runAsyncRules(allRules, analysis, this.settings, this.catalog, { github: this.github, error: (m) => this.logger.error(m), note });
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
    this.textAnalyzer ??= new DocumentAnalyzer(allRules);
    return this.textAnalyzer.analyze(uri, text, this.settings, this.catalog, force);
  }

  /** The codes of the rules, in catalog order; the asynchronous ones only when asked for. */
  ruleCodes({ asynchronous }: { asynchronous: boolean }): string[] {
    // A code may have a rule per kind of document: named once.
    return [...new Set(allRules.filter((r) => asynchronous || r.scope !== 'async').map((r) => r.code))];
  }
}

function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
