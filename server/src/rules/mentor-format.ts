import { formatMentor, isTemplateMentor } from '../model/mentors';
import type { Field, Mentor, MentorForm, Range } from '../model/types';
import { mentorPart } from '../proposal/proposal';
import { IdeaLines } from './helpers/ideaLines';
import { mentorFields, mentorLabel, quote } from './helpers/mentorText';
import type { IdeaRule, Problem } from './rule';

const REASONS: Partial<Record<MentorForm, string>> = {
  'no-parentheses': 'has its handle or e-mail outside the parentheses',
  'no-at': 'writes the GitHub handle without @',
  'handle-link': 'writes the GitHub handle as a link',
  'full-width': 'uses full-width punctuation',
  labelled: 'labels the e-mail and handle',
  'multi-line': 'spreads one mentor over several lines',
};

/** Whether a rewrite of the text would drop something: a link to a page other than a GitHub profile, an HTML comment. */
function rewriteLoses(text: string): boolean {
  return text.includes('<!--') || [...text.matchAll(/https?:\/\/[^\s<>()[\]]+/gi)].some((m) => !/^https?:\/\/(?:www\.)?github\.com\/[A-Za-z0-9_.-]+\/?$/i.test(m[0]));
}

/**
 * A mentor line that is not `Name (@handle, email)` but whose parts can be
 * recognised; the fix rewrites it in that form, one mentor per line.
 */
export const mentorFormat: IdeaRule = {
  code: 'mentor-format',
  defaultSeverity: 'warning',
  description: 'A mentor line is not written as `Name (@handle, email)` (one mentor per line).',
  scope: 'idea',
  check(idea) {
    const lines = IdeaLines.of(idea);
    const problems: Problem[] = [];
    for (const field of mentorFields(idea)) {
      for (const m of field.mentors) {
        if (m.name.includes('|')) problems.push({ range: m.nameRange ?? m.range, message: `Mentor name ${quote(m.name)} holds a \`|\`, which the proposal form's Mentors field puts between a mentor's parts: it would be filed as ${quote(mentorPart(m.name))}` });
      }
      for (const group of groupByLine(field.mentors)) {
        const problem = group.length > 1 ? severalOnOneLine(group, field, lines) : oneMentor(group[0], lines);
        if (problem) problems.push(problem);
      }
    }
    return problems;
  },
};

function groupByLine(mentors: Mentor[]): Mentor[][] {
  const groups: Mentor[][] = [];
  for (const m of mentors) {
    const last = groups[groups.length - 1];
    if (last && m.sharesLine && last[0].sharesLine && last[0].range.start.line === m.range.start.line) last.push(m);
    else groups.push([m]);
  }
  return groups;
}

function written(m: Mentor, lines: IdeaLines): string {
  const { start, end } = m.range;
  if (start.line === end.line) return lines.text(start.line).slice(start.character, end.character);
  return lines.text(start.line).slice(start.character) + ' / …';
}

function oneMentor(m: Mentor, lines: IdeaLines): Problem | undefined {
  if (isTemplateMentor(m) || (m.handle === undefined && m.email === undefined)) return undefined;
  const text = written(m, lines);
  if (!m.name) {
    return {
      range: m.range,
      message: `Mentor ${quote(text)} has no name: write it as \`Name (${[m.handle !== undefined ? '@' + m.handle : '@handle', m.email ?? 'email'].join(', ')})\``,
    };
  }
  const reason = REASONS[m.form];
  if (!reason) return undefined;
  const formatted = formatMentor(m);
  const problem: Problem = { range: m.range, message: `Mentor ${quote(text)} ${reason}: write it as \`${formatted}\`` };
  if (!rewriteLoses(multiLineText(m, lines))) {
    problem.fix = { title: `Rewrite as "${formatted}"`, edits: [{ range: m.range, newText: formatted }], preferred: true };
  }
  return problem;
}

function multiLineText(m: Mentor, lines: IdeaLines): string {
  const parts: string[] = [];
  for (let l = m.range.start.line; l <= m.range.end.line; l++) parts.push(lines.text(l));
  return parts.join('\n');
}

/** A note naming the mentors of a line that have no name, which the proposal form's Mentors field rejects. */
function nameless(group: Mentor[]): string {
  const unnamed = group.filter((m) => !m.name && !isTemplateMentor(m));
  if (unnamed.length === 0) return '';
  return `; ${unnamed.map(mentorLabel).join(', ')} ${unnamed.length === 1 ? 'has' : 'have'} no name, which the proposal form rejects`;
}

function severalOnOneLine(group: Mentor[], field: Field, lines: IdeaLines): Problem {
  const line = group[0].range.start.line;
  const text = lines.text(line);
  const range: Range = { start: group[0].range.start, end: group[group.length - 1].range.end };
  const problem: Problem = {
    range,
    message: `One line holds ${group.length} mentors (${group.map(mentorLabel).join(', ')}): put each on its own line as \`Name (@handle, email)\`${nameless(group)}`,
  };
  if (group.some((m) => !m.name || isTemplateMentor(m)) || rewriteLoses(text)) return problem;
  const formatted = group.map(formatMentor);
  const title = 'Put each mentor on its own line';
  if (line === field.lineRange.start.line) {
    // `- Mentor(s): A, B` becomes `- Mentor(s):` with a nested list item per mentor.
    let from = range.start.character;
    while (from > 0 && /[ \t]/.test(text[from - 1])) from--;
    const indent = childIndent(text);
    const newText = formatted.map((f) => lines.eol + indent + '- ' + f).join('');
    problem.fix = { title, edits: [{ range: { start: { line, character: from }, end: range.end }, newText }], preferred: true };
  } else {
    // Each mentor gets the bullet and indentation the line was written with.
    const prefix = text.slice(0, range.start.character);
    problem.fix = { title, edits: [{ range, newText: formatted.join(lines.eol + prefix) }], preferred: true };
  }
  return problem;
}

/** The indentation of a list nested in the item on `fieldLine`: its content column. */
function childIndent(fieldLine: string): string {
  const item = /^([ \t]*)([-*+]|\d+[.)])([ \t]+)/.exec(fieldLine);
  if (!item) return /^[ \t]*/.exec(fieldLine)![0];
  const markerEnd = visualWidth(item[1]) + item[2].length;
  const content = visualWidth(item[0]);
  // CommonMark: with more than four columns after the marker, the content starts one column after it.
  return ' '.repeat(content - markerEnd > 4 ? markerEnd + 1 : content);
}

/** Columns of `s` from the start of a line, tabs to multiples of 4. */
function visualWidth(s: string): number {
  let column = 0;
  for (const c of s) column = c === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}
