import { allIdeas, type Field, type Range } from '../model/types';
import type { DocumentRule, Problem, TextEdit } from './rule';

/** Headings of the template (2023 onward, and the 2020-2022 `##### Title`), compared ignoring case and spacing. */
const PROJECT_PLACEHOLDERS = new Set(['cncf project name']);
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

/** `text` is one of `placeholders` ignoring case and spacing (cheap for the many headings that end otherwise). */
function isPlaceholder(text: string, ending: RegExp, placeholders: Set<string>): boolean {
  return ending.test(text) && placeholders.has(normalise(text));
}

const ENDS_WITH_NAME = /name\s*$/i;
const ENDS_WITH_TITLE = /title\s*$/i;

/**
 * Template text left in an entry: the template's project or idea heading, or
 * its mentor line. The template itself sits in a fenced block, which the
 * model never reads as entries, so it is never flagged.
 */
export const placeholder: DocumentRule = {
  code: 'placeholder',
  defaultSeverity: 'error',
  description: 'Template text left in an entry: `CNCF Project Name`, `Mentorship project Title`, or the template mentor line.',
  scope: 'document',
  check({ doc }) {
    const problems: Problem[] = [];
    for (const project of doc.projects) {
      if (!isPlaceholder(project.name, ENDS_WITH_NAME, PROJECT_PLACEHOLDERS)) continue;
      problems.push({
        range: project.headingRange,
        message: `Project heading "${project.name}" is the template's placeholder: write the CNCF project's name as the CNCF project list spells it`,
      });
    }
    for (const idea of allIdeas(doc)) {
      if (isPlaceholder(idea.title, ENDS_WITH_TITLE, TITLE_PLACEHOLDERS)) {
        problems.push({
          range: idea.headingRange,
          message: `Idea heading "${idea.title}" is the template's placeholder: write the mentorship project's title`,
        });
      }
      for (const field of idea.fields) {
        if (field.label !== 'Mentor(s)') continue;
        for (const line of placeholderLines(field)) {
          const inline = line.range.start.line === field.lineRange.start.line;
          problems.push({
            range: line.range,
            message: `Mentor line "${line.text}" is the template's placeholder: replace it with a real mentor as \`Name (@handle, email)\`, or remove it`,
            fix: {
              title: inline ? 'Remove the placeholder mentor' : 'Remove the placeholder mentor line',
              edits: [inline ? { range: line.range, newText: '' } : removeLine(line.range, doc.lineCount)],
              preferred: true,
            },
          });
        }
      }
    }
    return problems;
  },
};

/** The template's mentor lines among a field's, looked for once per field (unchanged sections keep their field objects). */
function placeholderLines(field: Field): readonly Field['mentorLines'][number][] {
  let lines = placeholders.get(field);
  if (!lines) {
    lines = field.mentorLines.filter((line) => MENTOR_PLACEHOLDER.test(line.text));
    placeholders.set(field, lines);
  }
  return lines;
}

const placeholders = new WeakMap<Field, Field['mentorLines']>();

/** Deletes the line of `range` with its line break; the last line of the file is emptied instead. */
function removeLine(range: Range, lineCount: number): TextEdit {
  const line = range.start.line;
  const end = line + 1 < lineCount ? { line: line + 1, character: 0 } : range.end;
  return { range: { start: { line, character: 0 }, end }, newText: '' };
}
