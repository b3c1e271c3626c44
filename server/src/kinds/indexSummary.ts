import { uriPath } from '../uri';
import { scanIdeasFile } from '../index/scan';
import { summarizeDocument, type IndexedFile } from '../index/summary';
import type { IdeasDocument } from '../model/types';
import { kindFromPath } from './detect';
import type { DocumentKind } from './kind';
import { gsocYear } from './profiles';
import { proposalDocument } from './proposal/document';

/** The form's headings at the start of a line, as CNCF's workflow tells a proposal body (without reading the whole Markdown). */
const PROPOSAL_HEADINGS = [/^### +CNCF Project[ \t]*\r?$/m, /^### +Term[ \t]*\r?$/m, /^### +Program Description[ \t]*\r?$/m, /^### +Mentors[ \t]*\r?$/m];

/**
 * The index's summary of a file on disk, of any kind: a proposal document is
 * read into the model (it is small), an ideas file or GSoC list is scanned
 * without parsing its Markdown (index/scan.ts); the kind comes from the path,
 * else the proposal form's headings.
 */
export function summarizeFile(uri: string, text: string): IndexedFile {
  const kind = kindFromPath(uriPath(uri)) ?? (PROPOSAL_HEADINGS.every((h) => h.test(text)) ? 'proposal' : undefined);
  if (kind === 'proposal') return summarizeDocument(proposalDocument(uri, text), 'proposal');
  const summary = scanIdeasFile(uri, text);
  if (kind === 'gsoc') {
    summary.kind = 'gsoc';
    summary.year = gsocYear({ uri, headings: [] }).year;
  }
  return summary;
}

/** The summary of an open document, from its analysis. */
export function summarizeOpen(doc: IdeasDocument, kind: DocumentKind | undefined): IndexedFile {
  return summarizeDocument(doc, kind, kind === 'gsoc' ? gsocYear(doc).year : undefined);
}
