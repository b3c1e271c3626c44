import type { Hover } from 'vscode-languageserver';
import { entriesMarkdown } from '../authoring/mentorRanking';
import type { Person } from '../index/people';
import type { Mentor } from '../model/types';
import { allIdeas } from '../model/types';
import type { HoverProvider } from './hover';
import { peopleOf } from './workspaceIndex';

/** Entries listed before summing up the rest. */
const MAX_ENTRIES = 15;

function within(m: Mentor, line: number, character: number): boolean {
  const { start, end } = m.range;
  if (line < start.line || line > end.line) return false;
  if (line === start.line && character < start.character) return false;
  return !(line === end.line && character > end.character);
}

function personOf(people: Person[], m: Mentor): Person | undefined {
  const handle = m.handle?.toLowerCase();
  const email = m.email?.toLowerCase();
  return (
    (handle && people.find((p) => p.handle?.toLowerCase() === handle)) ||
    (email && people.find((p) => p.email?.toLowerCase() === email)) ||
    (!handle && !email ? people.find((p) => p.name.toLowerCase() === m.name.toLowerCase()) : undefined) ||
    undefined
  );
}

/** The mentor in bold, then the handle and e-mail the index knows, each named once: `**Jo Doe** · @jo-doe · jo@example.org`. */
function heading(mentor: Mentor, person?: Person): string {
  const name = mentor.name || person?.name;
  const handle = person?.handle ?? mentor.handle;
  const email = person?.email ?? mentor.email;
  const [first, ...rest] = [name, handle && '@' + handle, email].filter((part): part is string => !!part);
  return [`**${first}**`, ...rest].join(' · ');
}

/** On a mentor line: the ideas this mentor has in the indexed files (term, project, title). */
export const mentorHover: HoverProvider = (file, position, ctx): Hover | undefined => {
  for (const idea of allIdeas(file.analysis.doc)) {
    if (position.line < idea.range.start.line || position.line > idea.range.end.line) continue;
    for (const field of idea.fields) {
      if (field.label !== 'Mentor(s)') continue;
      const mentor = field.mentors.find((m) => within(m, position.line, position.character));
      if (!mentor || (!mentor.handle && !mentor.email)) continue;
      const person = personOf(peopleOf(ctx), mentor);
      const value = person
        ? `${heading(mentor, person)}\n\n${person.entries.length} idea${person.entries.length === 1 ? '' : 's'} in the indexed files:\n\n${entriesMarkdown(person, MAX_ENTRIES)}`
        : `${heading(mentor)}\n\nNo entries in the indexed files yet.`;
      return { contents: { kind: 'markdown', value }, range: mentor.range };
    }
  }
  return undefined;
};
