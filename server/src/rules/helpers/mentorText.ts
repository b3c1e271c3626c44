import type { Field, Idea, Mentor } from '../../model/types';

/** Shortens a value quoted in a message. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return '`' + (t.length > max ? t.slice(0, max - 1) + '…' : t) + '`';
}

/** How a message names a mentor: the name, else the handle, else the e-mail. */
export function mentorLabel(m: Mentor): string {
  return quote(m.name || (m.handle !== undefined ? '@' + m.handle : (m.email ?? '')));
}

/** The Mentor(s) fields of an idea, and fields of other labels naming mentors (`Co-Mentor:`) that hold some. */
export function mentorFields(idea: Idea): Field[] {
  return idea.fields.filter((f) => f.label === 'Mentor(s)' || (f.label === undefined && f.mentors.length > 0));
}

/** How many mentors a proposal of the idea files: every mentor field's, one line each. */
export function filedMentorCount(fields: Field[]): number {
  return fields.reduce((n, f) => n + f.mentors.length, 0);
}
