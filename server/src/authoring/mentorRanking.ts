import type { Catalog } from '../catalog/catalog';
import { plainName, resolveProject, squash } from '../catalog/match';
import type { MentorEntry, Person } from '../index/people';
import { termLabel, termOrder } from '../index/summary';
import type { Idea } from '../model/types';
import { escapeSnippet } from './snippets';

/** One key per project however it is written: `WasmEdge` and `WasmEdge Runtime` are the same. */
export function projectKey(catalog: Catalog, name: string): string {
  return squash(resolveProject(catalog, name)?.name ?? plainName(name));
}

/** The handles and e-mails (lower case) of the mentors an idea already lists. */
export function mentorsOf(idea: Idea): Set<string> {
  const keys = new Set<string>();
  for (const f of idea.fields) {
    if (f.label !== 'Mentor(s)') continue;
    for (const m of f.mentors) {
      if (m.handle) keys.add('h:' + m.handle.toLowerCase());
      if (m.email) keys.add('e:' + m.email.toLowerCase());
    }
  }
  return keys;
}

export function isListed(person: Person, listed: Set<string>): boolean {
  return (!!person.handle && listed.has('h:' + person.handle.toLowerCase())) || (!!person.email && listed.has('e:' + person.email.toLowerCase()));
}

export interface MentorQuery {
  /** What was typed: matched against name, handle and e-mail. */
  text: string;
  /** `projectKey` of the idea's project: its mentors come first. */
  project?: string;
  /** Those whose name is this (typed before `(@`) come first of all. */
  name?: string;
}

/**
 * Mentors for a query, best first: the name already typed, then those who
 * mentored the same project, then by how many ideas they mentored, then by
 * how recently.
 */
export function rankMentors(people: Person[], catalog: Catalog, query: MentorQuery): Person[] {
  const text = query.text.toLowerCase();
  const name = query.name?.toLowerCase();
  const keyed = people
    .filter((p) => !text || [p.name, p.handle, p.email].some((s) => s !== undefined && matches(s.toLowerCase(), text)))
    .map((p) => ({
      person: p,
      named: !!name && p.name.toLowerCase().startsWith(name) ? 1 : 0,
      same: query.project !== undefined && projectKeysOf(p, catalog).has(query.project) ? 1 : 0,
    }));
  keyed.sort(
    (a, b) =>
      b.named - a.named ||
      b.same - a.same ||
      b.person.entries.length - a.person.entries.length ||
      b.person.lastTerm - a.person.lastTerm ||
      a.person.name.localeCompare(b.person.name),
  );
  return keyed.map((k) => k.person);
}

const projectKeys = new WeakMap<Person, { catalog: Catalog; keys: Set<string> }>();

/** The `projectKey`s of the projects a person mentored, computed once per person and catalog. */
function projectKeysOf(person: Person, catalog: Catalog): Set<string> {
  let cached = projectKeys.get(person);
  if (!cached || cached.catalog !== catalog) {
    cached = { catalog, keys: new Set(person.entries.flatMap((e) => (e.project !== undefined ? [projectKey(catalog, e.project)] : []))) };
    projectKeys.set(person, cached);
  }
  return cached.keys;
}

/** A word of `value` starts with `text`, or `value` holds it. */
function matches(value: string, text: string): boolean {
  return value.includes(text) || value.split(/[\s@.\-_]+/).some((w) => w.startsWith(text));
}

/** The mentor line `Name (@handle, email)`, as a snippet with a tab stop for what the index does not know. */
export function mentorSnippet(person: Person): string {
  const handle = person.handle ? '@' + escapeSnippet(person.handle) : '@${1:handle}';
  const email = person.email ? escapeSnippet(person.email) : `\${${person.handle ? 1 : 2}:email}`;
  return `${escapeSnippet(person.name)} (${handle}, ${email})`;
}

/** What the index does not know of a person's mentor line (`no e-mail known`), or undefined when the line is complete. */
export function mentorGaps(person: Person): string | undefined {
  const missing = [person.handle ? undefined : 'handle', person.email ? undefined : 'e-mail'].filter(Boolean);
  return missing.length ? `no ${missing.join(' or ')} known` : undefined;
}

export function mentorLabel(person: Person): string {
  const inner = [person.handle ? '@' + person.handle : undefined, person.email].filter(Boolean).join(', ');
  return inner ? `${person.name} (${inner})` : person.name;
}

/** `3 ideas, latest 2025 Term 1`. */
export function mentorSummary(person: Person): string {
  const n = person.entries.length;
  const latest = termLabel(person.entries.reduce<MentorEntry | undefined>((best, e) => (!best || termOrder(e.term) > termOrder(best.term) ? e : best), undefined)?.term);
  return `${n} idea${n === 1 ? '' : 's'}${latest ? `, latest ${latest}` : ''}`;
}

/** A person's entries as a Markdown list, latest term first; `limit` lines at most. */
export function entriesMarkdown(person: Person, limit: number): string {
  const entries = [...person.entries].sort((a, b) => termOrder(b.term) - termOrder(a.term) || a.title.localeCompare(b.title));
  const lines = entries.slice(0, limit).map((e) => `- ${termLabel(e.term) ?? 'term unknown'} · ${e.project ?? 'no project'} · ${e.title}`);
  if (entries.length > limit) lines.push(`- and ${entries.length - limit} more`);
  return lines.join('\n');
}
