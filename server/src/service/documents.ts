import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Catalog } from '../catalog/catalog';
import { DocumentAnalyzer, type Analysis } from '../analysis/analyzer';
import type { Diagnostic } from '../analysis/diagnostic';
import { FreshEntries } from '../analysis/freshEntries';
import type { TextChange } from '../model/sections';
import type { Rule } from '../rules/rule';
import type { Settings } from '../settings';
import type { OpenDocument } from './host';

/** An open ideas file: its text, and the analysis of its current version. */
export interface OpenIdeasFile {
  document: TextDocument;
  analysis: Analysis;
}

interface OpenEntry {
  analyzer: DocumentAnalyzer;
  /** The entries being written since the document was opened or saved. */
  fresh: FreshEntries;
  /** False until the analyzer has seen the whole text once. */
  seeded: boolean;
  /** Changes received since the last analysis, in order. */
  pending: TextChange[];
  version?: number;
  analysis?: Analysis;
}

/**
 * An analyzer per open document, fed with the editor's changes so that an
 * edit costs what it touched, and the analysis of each document's latest
 * version, made with the service's current settings and catalog.
 */
export class DocumentAnalyses {
  private open = new Map<string, OpenEntry>();

  constructor(
    private readonly rules: readonly Rule[],
    private readonly context: () => { settings: Settings; catalog: Catalog },
  ) {}

  private entry(uri: string): OpenEntry {
    let entry = this.open.get(uri);
    if (!entry) {
      entry = { analyzer: new DocumentAnalyzer(this.rules), fresh: new FreshEntries(), seeded: false, pending: [] };
      this.open.set(uri, entry);
    }
    return entry;
  }

  /** Records an editor's changes to an open document (before its new version is analysed). */
  recordChanges(uri: string, changes: TextChange[]): void {
    const entry = this.entry(uri);
    if (entry.seeded) entry.pending.push(...changes);
    for (const change of changes) entry.fresh.recordChange(change);
  }

  /** The analysis of the document's current version. */
  analysis(document: OpenDocument): Analysis {
    const { uri, version } = document;
    const entry = this.entry(uri);
    if (entry.version !== version || !entry.analysis) {
      const { settings, catalog } = this.context();
      const pending = entry.pending;
      entry.pending = [];
      let analysis: Analysis | undefined;
      if (entry.seeded) {
        entry.seeded = false;
        analysis = entry.analyzer.analyzeChanges(uri, pending, settings, catalog);
        // A cheap guard: never analyse a text the editor does not have.
        if (entry.analyzer.textLength() !== (document.length ?? document.getText().length)) analysis = undefined;
      }
      entry.analysis = analysis ?? entry.analyzer.analyze(uri, document.getText(), settings, catalog);
      entry.fresh.observe(entry.analysis.doc);
      entry.seeded = true;
      entry.version = version;
    }
    return entry.analysis;
  }

  /** Forgets cached analyses (settings or catalog changed) but keeps the parse caches. */
  invalidate(): void {
    for (const entry of this.open.values()) entry.version = undefined;
  }

  /**
   * The diagnostics of an open document as the editor shows them: those
   * about template parts not yet written in an entry being written are hints
   * (analysis/freshEntries.ts). Other readers of the analysis (code actions,
   * Propose, the CLI) keep the rules' severities.
   */
  published(uri: string, diagnostics: Diagnostic[]): Diagnostic[] {
    return this.open.get(uri)?.fresh.adjust(diagnostics) ?? diagnostics;
  }

  /** The document was saved: its entries are no longer being written. */
  saved(uri: string): void {
    this.open.get(uri)?.fresh.save();
  }

  close(uri: string): void {
    this.open.delete(uri);
  }
}
