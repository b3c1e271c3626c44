import { Catalog } from './catalog/catalog';
import { DocumentAnalyzer, type Analysis, type Diagnostic } from './analysis/analyzer';
import { FreshEntries } from './analysis/freshEntries';
import type { TextChange } from './model/sections';
import { allRules } from './rules';
import { defaultSettings, type Settings } from './settings';

interface OpenDocument {
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
 * What the server knows beyond one request: the settings, the catalog and an
 * analyzer per open document, fed with the editor's changes so that an edit
 * costs what it touched, with the analysis of the latest version.
 */
export class Workspace {
  settings: Settings = defaultSettings();
  catalog: Catalog = Catalog.bundled();
  private open = new Map<string, OpenDocument>();

  private entry(uri: string): OpenDocument {
    let entry = this.open.get(uri);
    if (!entry) {
      entry = { analyzer: new DocumentAnalyzer(allRules), fresh: new FreshEntries(), seeded: false, pending: [] };
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

  analysis(uri: string, version: number, document: { getText(): string; readonly length: number }): Analysis {
    const entry = this.entry(uri);
    if (entry.version !== version || !entry.analysis) {
      const pending = entry.pending;
      entry.pending = [];
      let analysis: Analysis | undefined;
      if (entry.seeded) {
        entry.seeded = false;
        analysis = entry.analyzer.analyzeChanges(uri, pending, this.settings, this.catalog);
        // A cheap guard: never analyse a text the editor does not have.
        if (entry.analyzer.textLength() !== document.length) analysis = undefined;
      }
      entry.analysis = analysis ?? entry.analyzer.analyze(uri, document.getText(), this.settings, this.catalog);
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
