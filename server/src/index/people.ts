import type { Range } from '../model/types';
import { fileOrder, type IndexedFile } from './summary';

/** One idea a person mentored, as the index found it. */
export interface MentorEntry {
  uri: string;
  term?: IndexedFile['term'];
  project?: string;
  title: string;
  /** The idea's heading line. */
  range: Range;
}

/** A mentor as the workspace knows them: the latest way they were written, and every entry they mentored. */
export interface Person {
  name: string;
  handle?: string;
  email?: string;
  /** The LF Username, from a proposal document. */
  lfid?: string;
  entries: MentorEntry[];
  /** `termOrder` of the latest term they mentored in. */
  lastTerm: number;
}

/**
 * The people of the indexed files, one per GitHub handle (or e-mail, or
 * name when neither was written): the same person written with and without
 * a handle is merged through the e-mail.
 */
export function collectPeople(files: IndexedFile[]): Person[] {
  const byKey = new Map<string, Person>();
  const people: Person[] = [];
  // Oldest first, so that the latest spelling of a name or address wins.
  const ordered = [...files].sort((a, b) => fileOrder(a) - fileOrder(b) || a.uri.localeCompare(b.uri));
  for (const file of ordered) {
    const ideas = [...file.orphanIdeas.map((idea) => ({ idea, project: undefined as string | undefined })), ...file.projects.flatMap((p) => p.ideas.map((idea) => ({ idea, project: p.name })))];
    for (const { idea, project } of ideas) {
      for (const m of idea.mentors) {
        if (isTemplateMentor(m)) continue;
        const keys = [m.handle && 'h:' + m.handle.toLowerCase(), m.email && 'e:' + m.email.toLowerCase(), !m.handle && !m.email && m.name && 'n:' + m.name.toLowerCase()].filter((k): k is string => !!k);
        if (keys.length === 0) continue;
        let person = keys.map((k) => byKey.get(k)).find((p) => p !== undefined);
        if (!person) {
          person = { name: m.name, entries: [], lastTerm: 0 };
          people.push(person);
        }
        if (m.name) person.name = m.name;
        if (m.handle) person.handle = m.handle;
        if (m.email) person.email = m.email;
        if (m.lfid) person.lfid = m.lfid;
        for (const k of keys) byKey.set(k, person);
        const entry: MentorEntry = { uri: file.uri, title: idea.title, range: idea.range };
        if (project !== undefined) entry.project = project;
        if (file.term) entry.term = file.term;
        // The same idea listed twice (a duplicate line) counts once.
        if (!person.entries.some((e) => e.uri === entry.uri && e.range.start.line === entry.range.start.line)) person.entries.push(entry);
        person.lastTerm = Math.max(person.lastTerm, fileOrder(file));
      }
    }
  }
  return people;
}

/** The template's mentor, `Mentor Name (@mentor_github, mentor@email.addy)`, left in an entry being written: no one. */
function isTemplateMentor(m: { name?: string; handle?: string; email?: string }): boolean {
  return m.handle?.toLowerCase() === 'mentor_github' || m.email?.toLowerCase() === 'mentor@email.addy' || /^(?:2nd\s+)?mentor\s+name$/i.test(m.name?.trim() ?? '');
}

/** `collectPeople` of the index, recomputed only when the index changed. */
export class PeopleCache {
  private version = -1;
  private people: Person[] = [];

  get(version: number, files: () => IndexedFile[]): Person[] {
    if (version !== this.version) {
      this.people = collectPeople(files());
      this.version = version;
    }
    return this.people;
  }
}
