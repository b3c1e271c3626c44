import type { Idea, IdeasDocument, Range } from '../model/types';

/**
 * What the workspace index keeps of one ideas file: its term, projects,
 * ideas and mentors, with the heading positions symbols point at. Never the
 * text, so that memory grows with the number of entries, not with the files.
 */
export interface IndexedFile {
  uri: string;
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
}

/** `2025 Term 1`, or undefined when neither path nor heading tells the term. */
export function termLabel(term: IndexedFile['term']): string | undefined {
  return term ? `${term.year} Term ${term.number}` : undefined;
}

/** The term of a file, or its folder and name when the term is not known. */
export function whereLabel(summary: IndexedFile): string {
  return termLabel(summary.term) ?? decodeURIComponent(summary.uri).split('/').slice(-2).join('/');
}

/** A number that grows with the term, for ranking by recency (0 when unknown). */
export function termOrder(term: IndexedFile['term']): number {
  return term ? term.year * 10 + term.number : 0;
}

/** The summary of an open document, from the document model the other features read. */
export function summarizeDocument(doc: IdeasDocument): IndexedFile {
  const summary: IndexedFile = {
    uri: doc.uri,
    projects: doc.projects.map((p) => ({ name: p.name, range: p.headingRange, selectionRange: p.nameRange, ideas: p.ideas.map(summarizeIdea) })),
    orphanIdeas: doc.orphanIdeas.map(summarizeIdea),
  };
  if (doc.term) summary.term = { year: doc.term.year, number: doc.term.number };
  return summary;
}

function summarizeIdea(idea: Idea): IndexedIdea {
  const mentors: IndexedMentor[] = [];
  for (const field of idea.fields) {
    if (field.label !== 'Mentor(s)') continue;
    for (const m of field.mentors) {
      if (m.form === 'unrecognised' && !m.handle && !m.email) continue;
      mentors.push(indexedMentor(m.name, m.handle, m.email));
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
