import { allIdeas, type Field, type Range } from '../model/types';
import type { DocumentRule, Problem } from './rule';
import type { TextEdit } from '../model/types';
import { isPlaceholderMentorLine, isPlaceholderProjectName, isPlaceholderTitle, mentorLinePart, PROJECT_NAME_PART, TITLE_PART } from './helpers/entryParts';

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
      if (!isPlaceholderProjectName(project.name)) continue;
      problems.push({
        range: project.headingRange,
        part: PROJECT_NAME_PART,
        message: `Project heading "${project.name}" is the template's placeholder: write the CNCF project's name as the CNCF project list spells it`,
      });
    }
    for (const idea of allIdeas(doc)) {
      if (isPlaceholderTitle(idea.title)) {
        problems.push({
          range: idea.headingRange,
          part: TITLE_PART,
          message: `Idea heading "${idea.title}" is the template's placeholder: write the mentorship project's title`,
        });
      }
      for (const field of idea.fields) {
        if (field.label !== 'Mentor(s)') continue;
        for (const line of placeholderLines(field)) {
          const inline = line.range.start.line === field.lineRange.start.line;
          problems.push({
            range: line.range,
            part: mentorLinePart(idea, line.range.start.line),
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
    lines = field.mentorLines.filter((line) => isPlaceholderMentorLine(line.text));
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
