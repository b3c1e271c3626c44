import type { Mentor, Range } from '../model/types';
import { IdeaLines } from './helpers/ideaLines';
import { mentorFields, mentorLabel } from './helpers/mentorText';
import type { IdeaRule, Problem } from './rule';
import { mentorLinePart } from './helpers/entryParts';

/** The same GitHub handle or e-mail twice in one idea (compared case-insensitively); the fix removes the later line. */
export const mentorDuplicate: IdeaRule = {
  code: 'mentor-duplicate',
  defaultSeverity: 'error',
  description: 'The same mentor handle or e-mail appears twice in one idea.',
  scope: 'idea',
  check(idea) {
    const lines = IdeaLines.of(idea);
    const seenHandles = new Map<string, Mentor>();
    const seenEmails = new Map<string, Mentor>();
    const problems: Problem[] = [];
    for (const field of mentorFields(idea)) {
      for (const m of field.mentors) {
        const handle = m.handle ? m.handle.toLowerCase() : undefined;
        const email = m.email ? m.email.toLowerCase() : undefined;
        const byHandle = handle !== undefined ? seenHandles.get(handle) : undefined;
        const earlier = byHandle ?? (email !== undefined ? seenEmails.get(email) : undefined);
        if (handle !== undefined && !seenHandles.has(handle)) seenHandles.set(handle, m);
        if (email !== undefined && !seenEmails.has(email)) seenEmails.set(email, m);
        if (!earlier) continue;
        const what = byHandle ? `handle \`@${m.handle}\`` : `e-mail \`${m.email}\``;
        const problem: Problem = {
          range: m.range,
          part: mentorLinePart(idea, m.range.start.line),
          message: `Mentor ${mentorLabel(m)} repeats the ${what} of ${mentorLabel(earlier)} (${linesAbove(m.range.start.line - earlier.range.start.line)}): remove the repeated mentor`,
        };
        const remove = removal(m, lines);
        if (remove) problem.fix = { title: 'Remove the repeated mentor line', edits: [{ range: remove, newText: '' }], preferred: true };
        problems.push(problem);
      }
    }
    return problems;
  },
};

/** The whole line(s) of a mentor written alone on its own line(s), line break included; none for a line it shares. */
function removal(m: Mentor, lines: IdeaLines): Range | undefined {
  const { start, end } = m.range;
  const before = lines.text(start.line).slice(0, start.character);
  if (m.sharesLine || !/^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?$/.test(before)) return undefined;
  if (lines.hasLineAfter(end.line)) return { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } };
  if (start.line === 0) return { start: { line: 0, character: 0 }, end: { line: end.line, character: lines.text(end.line).length } };
  const previous = start.line - 1;
  return { start: { line: previous, character: lines.text(previous).length }, end: { line: end.line, character: lines.text(end.line).length } };
}

/** Where the earlier mentor stands, relative to this one: results are cached per idea, which may move. */
function linesAbove(n: number): string {
  return n === 0 ? 'on the same line' : `${n} line${n === 1 ? '' : 's'} above`;
}
