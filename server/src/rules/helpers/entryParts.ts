import { REQUIRED_LABELS } from '../../model/labels';
import type { Idea, Project } from '../../model/types';
import { mentorFields } from './mentorText';

/**
 * The parts of an entry that problems can be about (Problem.part): the title,
 * the project name, a field by its canonical label, `mentor line N`. While an
 * entry is being written, a problem about a part that never held the user's
 * own text is a hint (analysis/freshEntries.ts).
 */
export const TITLE_PART = 'title';
export const PROJECT_NAME_PART = 'project name';

/** The project heading of the template (2023 onward), compared ignoring case and spacing. */
const PROJECT_PLACEHOLDER = 'cncf project name';
/** Idea headings of the template (2023 onward, and the 2020-2022 `##### Title`). */
const TITLE_PLACEHOLDERS = new Set(['mentorship project title', 'title']);
/**
 * The template's mentor line, `Mentor Name (@mentor_github, mentor@email.addy)`
 * (also `2nd Mentor Name (...)`), or its name alone; `Mentor Name: Jo Doe (...)`
 * is a real mentor with a label in front.
 */
const MENTOR_PLACEHOLDER = /@mentor_github\b|\bmentor@email\.addy\b|^(?:2nd\s+)?mentor\s+name\s*:?\s*$/i;

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

// Headings are compared after a cheap look at their end: every rule pass reads every heading.
export function isPlaceholderProjectName(name: string): boolean {
  return /name\s*$/i.test(name) && normalise(name) === PROJECT_PLACEHOLDER;
}

export function isPlaceholderTitle(title: string): boolean {
  return title.length >= 5 && /title\s*$/i.test(title) && TITLE_PLACEHOLDERS.has(normalise(title));
}

export function isPlaceholderMentorLine(text: string): boolean {
  return MENTOR_PLACEHOLDER.test(text);
}

const HAS_TEXT = /[\p{L}\p{N}]/u;

/** The mentor lines of an idea's mentor fields, in order: the n-th is part `mentor line n`. */
function mentorLines(idea: Idea): { text: string; line: number }[] {
  return mentorFields(idea).flatMap((f) => f.mentorLines.map((l) => ({ text: l.text, line: l.range.start.line })));
}

/** The part of the mentor line on line `line` (0-based) of the idea. */
export function mentorLinePart(idea: Idea, line: number): string | undefined {
  const index = mentorLines(idea).findIndex((l) => l.line === line);
  return index < 0 ? undefined : `mentor line ${index + 1}`;
}

/** The parts of an idea that hold the user's own text now: a title, a field with a value, a mentor line, that are not the template's. */
export function writtenParts(idea: Idea): string[] {
  const parts: string[] = [];
  if (HAS_TEXT.test(idea.title) && !isPlaceholderTitle(idea.title)) parts.push(TITLE_PART);
  const lines = mentorLines(idea);
  lines.forEach((l, i) => {
    if (HAS_TEXT.test(l.text) && !isPlaceholderMentorLine(l.text)) parts.push(`mentor line ${i + 1}`);
  });
  for (const label of REQUIRED_LABELS) {
    const fields = idea.fields.filter((f) => f.label === label);
    const written =
      label === 'Mentor(s)'
        ? fields.some((f) => f.mentorLines.some((l) => HAS_TEXT.test(l.text) && !isPlaceholderMentorLine(l.text)))
        : fields.some((f) => HAS_TEXT.test(f.value));
    if (written) parts.push(label);
  }
  return parts;
}

export function projectNameWritten(project: Project): boolean {
  return HAS_TEXT.test(project.name) && !isPlaceholderProjectName(project.name);
}
