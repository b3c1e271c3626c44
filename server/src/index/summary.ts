import type { DocumentKind } from '../kinds/kind';
import type { Idea, IdeasDocument, Range } from '../model/types';
import { uriPath } from '../uri';

/**
 * What the workspace index keeps of one ideas file: its term, projects,
 * ideas and mentors, with the heading positions symbols point at. Never the
 * text, so that memory grows with the number of entries, not with the files.
 */
export interface IndexedFile {
  uri: string;
  /** The kind of document, when it is not an LFX term file; a GSoC list's year. */
  kind?: DocumentKind;
  year?: number;
  term?: { year: number; number: number };
  projects: IndexedProject[];
  /** Ideas with no project heading above them. */
  orphanIdeas: IndexedIdea[];
}

export interface IndexedProject {
  name: string;
  /** The heading line. */
  range: Range;
  /** The name on the heading line. */
  selectionRange: Range;
  ideas: IndexedIdea[];
}

export interface IndexedIdea {
  title: string;
  range: Range;
  selectionRange: Range;
  mentors: IndexedMentor[];
}

export interface IndexedMentor {
  name: string;
  /** Without the `@`. */
  handle?: string;
  email?: string;
  /** The LF Username, which only proposal documents write. */
  lfid?: string;
}

/** `2025 Term 1`, or undefined when neither path nor heading tells the term. */
export function termLabel(term: IndexedFile['term']): string | undefined {
  return term ? `${term.year} Term ${term.number}` : undefined;
}

/** The term of a file (`GSoC 2025` for a GSoC list, `2026 Term 3 proposal`), or its folder and name when the term is not known. */
export function whereLabel(summary: IndexedFile): string {
  const file = uriPath(summary.uri).split('/').slice(-2).join('/');
  if (summary.kind === 'gsoc') return summary.year ? `GSoC ${summary.year}` : file;
  const term = termLabel(summary.term);
  if (summary.kind === 'proposal') return term ? `${term} proposal` : file;
  return term ?? file;
}

/** A number that grows with the term, for ranking by recency (0 when unknown). */
export function termOrder(term: IndexedFile['term']): number {
  return term ? term.year * 10 + term.number : 0;
}

/** A file's place in time for ranking: its term, or a GSoC list's year (its summer, between Term 1 and Term 2). */
export function fileOrder(summary: IndexedFile): number {
  return summary.term ? termOrder(summary.term) : summary.year ? summary.year * 10 + 1.5 : 0;
}

/** The summary of an open document, from the document model the other features read. */
export function summarizeDocument(doc: IdeasDocument, kind?: DocumentKind, year?: number): IndexedFile {
  // A proposal's mentor lines carry each mentor's LFID, which completion offers again.
  const lfids = new Map<string, string>();
  for (const line of doc.proposal?.mentors ?? []) {
    const [, handle, , lfid] = line.parts;
    if (handle?.text && lfid?.text && /^[^\s@/]+$/.test(lfid.text)) lfids.set(handle.text.replace(/^@/, '').toLowerCase(), lfid.text);
  }
  const summary: IndexedFile = {
    uri: doc.uri,
    projects: doc.projects.map((p) => ({ name: p.name, range: p.headingRange, selectionRange: p.nameRange, ideas: p.ideas.map((i) => summarizeIdea(i, lfids)) })),
    orphanIdeas: doc.orphanIdeas.map((i) => summarizeIdea(i, lfids)),
  };
  if (kind && kind !== 'lfx') summary.kind = kind;
  if (kind === 'gsoc' && year) summary.year = year;
  if (doc.term) summary.term = { year: doc.term.year, number: doc.term.number };
  return summary;
}

function summarizeIdea(idea: Idea, lfids?: Map<string, string>): IndexedIdea {
  const mentors: IndexedMentor[] = [];
  for (const field of idea.fields) {
    if (field.label !== 'Mentor(s)') continue;
    for (const m of field.mentors) {
      if (m.form === 'unrecognised' && !m.handle && !m.email) continue;
      const mentor = indexedMentor(m.name, m.handle, m.email);
      const lfid = m.handle && lfids?.get(m.handle.toLowerCase());
      if (lfid) mentor.lfid = lfid;
      mentors.push(mentor);
    }
  }
  return { title: idea.title, range: idea.headingRange, selectionRange: idea.titleRange, mentors };
}

export function indexedMentor(name: string, handle: string | undefined, email: string | undefined): IndexedMentor {
  const m: IndexedMentor = { name: name.trim() };
  if (handle) m.handle = handle;
  if (email) m.email = email;
  return m;
}
