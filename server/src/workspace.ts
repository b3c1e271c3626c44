import { Catalog } from './catalog/catalog';
import { DocumentAnalyzer, type Analysis } from './analysis/analyzer';
import { allRules } from './rules';
import { defaultSettings, type Settings } from './settings';

/**
 * What the server knows beyond one request: the settings, the catalog and an
 * analyzer per open document, with the analysis of its latest version.
 */
export class Workspace {
  settings: Settings = defaultSettings();
  catalog: Catalog = Catalog.bundled();
  private analyzers = new Map<string, { analyzer: DocumentAnalyzer; version?: number; analysis?: Analysis }>();

  analysis(uri: string, version: number, text: () => string): Analysis {
    let entry = this.analyzers.get(uri);
    if (!entry) {
      entry = { analyzer: new DocumentAnalyzer(allRules) };
      this.analyzers.set(uri, entry);
    }
    if (entry.version !== version || !entry.analysis) {
      entry.analysis = entry.analyzer.analyze(uri, text(), this.settings, this.catalog);
      entry.version = version;
    }
    return entry.analysis;
  }

  /** Forgets cached analyses (settings or catalog changed) but keeps the parse caches. */
  invalidate(): void {
    for (const entry of this.analyzers.values()) entry.version = undefined;
  }

  close(uri: string): void {
    this.analyzers.delete(uri);
  }
}
