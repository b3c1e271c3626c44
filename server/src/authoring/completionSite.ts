import { allIdeas, type Field, type Idea, type IdeasDocument, type Position, type Project, type Range } from '../model/types';
import { MENTOR_PLACEHOLDERS } from './snippets';

/** Where a completion was asked for, as far as authoring is concerned. */
export type CompletionSite =
  /** On a `###` project heading: `query` is the name typed so far, `range` the whole name. */
  | { kind: 'project-name'; query: string; range: Range }
  /** After `- ` on a top-level line of an idea, before any colon. */
  | { kind: 'field-label'; idea: Idea; query: string; range: Range }
  /**
   * In a Mentor(s) list; `range` is the mentor's whole text on the line (what
   * was typed, the rest of the name and its parenthesis after the cursor, a
   * template placeholder); `bullet` is what must precede the mentor when the
   * line has no list marker yet.
   */
  | { kind: 'mentor'; idea: Idea; field: Field; project?: Project; query: string; range: Range; bullet: string }
  /** After `@` on a mentor line; `name` is the name written before it, if any. */
  | { kind: 'handle'; idea: Idea; project?: Project; query: string; range: Range; name: string }
  /** An empty line of the ideas part outside any idea: room for a new idea (under a project) or project. */
  | { kind: 'entry'; project?: Project; range: Range };

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function inside(line: number, r: Range): boolean {
  return line >= r.start.line && line <= r.end.line;
}

/** The idea whose section holds `line`: from its heading to the next heading at its level or above. */
export function ideaAt(doc: IdeasDocument, line: number): { idea: Idea; project?: Project } | undefined {
  let found: Idea | undefined;
  for (const idea of allIdeas(doc)) {
    if (idea.headingRange.start.line <= line) found = idea;
    else break;
  }
  if (!found) return undefined;
  const end = doc.headings.find((h) => h.line > found!.headingRange.start.line && h.level <= found!.level);
  if (end && end.line <= line) return undefined;
  return { idea: found, project: doc.projects.find((p) => p.ideas.includes(found!)) };
}

/** The project whose section holds `line`: from its heading to the next heading at its level or above. */
export function projectAt(doc: IdeasDocument, line: number): Project | undefined {
  let found: Project | undefined;
  for (const p of doc.projects) {
    if (p.headingRange.start.line < line) found = p;
    else break;
  }
  if (!found) return undefined;
  const end = doc.headings.find((h) => h.line > found!.headingRange.start.line && h.level <= found!.level);
  return end && end.line <= line ? undefined : found;
}

/**
 * What kind of completion the position asks for, from the document model and
 * the text of its line; undefined for ordinary text, where authoring offers nothing.
 */
export function completionSite(doc: IdeasDocument, lineText: string, position: Position): CompletionSite | undefined {
  const { line } = position;
  const character = Math.min(position.character, lineText.length);
  const before = lineText.slice(0, character);
  if (doc.fences.some((f) => inside(line, f))) return undefined;

  const heading = /^(#{1,6})[ \t]+/.exec(before);
  if (heading) {
    if (heading[1].length !== doc.projectLevel) return undefined;
    const start = heading[0].length;
    return { kind: 'project-name', query: before.slice(start).trim(), range: range(line, start, lineText.replace(/[ \t]+$/, '').length) };
  }

  const owner = ideaAt(doc, line);
  if (owner) {
    const mentorSite = mentorCompletion(owner.idea, owner.project, lineText, line, character);
    if (mentorSite) return mentorSite;
    const label = /^ ?[-*+][ \t]+((?:\*\*)?[A-Za-z][A-Za-z ()']*)?$/.exec(before);
    if (label && line > owner.idea.headingRange.start.line) {
      const start = before.length - (label[1]?.length ?? 0);
      return { kind: 'field-label', idea: owner.idea, query: (label[1] ?? '').replace(/^\*\*/, ''), range: range(line, start, character) };
    }
  }

  if (/^\s*[A-Za-z]*\s*$/.test(lineText) && inIdeasPart(doc, line) && !allIdeas(doc).some((i) => inside(line, i.range))) {
    return { kind: 'entry', project: projectAt(doc, line), range: range(line, 0, lineText.length) };
  }
  return undefined;
}

/**
 * After the heading that opens the ideas part (`## Proposed Project ideas`,
 * `## Projects`...), including the empty lines right under it, which the
 * model counts as that heading's section.
 */
export function inIdeasPart(doc: IdeasDocument, line: number): boolean {
  if (line >= doc.ideasStartLine) return true;
  let opener: IdeasDocument['headings'][number] | undefined;
  for (const h of doc.headings) {
    if (h.line > line) break;
    if (h.level <= 2) opener = h;
  }
  return opener !== undefined && /\bprojects?\b/i.test(opener.text);
}

function mentorCompletion(idea: Idea, project: Project | undefined, lineText: string, line: number, character: number): CompletionSite | undefined {
  // The line after the list counts while the idea goes on (a new mentor before `- Upstream Issue:`).
  const field = idea.fields.find((f) => f.label === 'Mentor(s)' && line >= f.range.start.line && line <= Math.min(f.range.end.line + 1, idea.range.end.line));
  if (!field) return undefined;
  const onLabelLine = line === field.range.start.line;
  let textStart: number;
  let bullet = '';
  if (onLabelLine) {
    const colon = lineText.indexOf(':', field.labelRange.end.character);
    if (colon < 0 || character <= colon) return undefined;
    textStart = colon + 1 + (/^[ \t]*/.exec(lineText.slice(colon + 1))?.[0].length ?? 0);
    if (character < textStart) textStart = character;
  } else {
    const item = /^([ \t]*)([-*+])([ \t]+|$)/.exec(lineText);
    if (item) {
      // A bullet at the left margin starts a new field, not a mentor.
      if (item[1].replace(/\t/g, '    ').length < 2) return undefined;
      textStart = item[0].length;
    } else if (lineText.trim() === '') {
      textStart = 0;
      bullet = '  - ';
    } else if (line <= field.range.end.line) {
      textStart = /^[ \t]*/.exec(lineText)![0].length;
    } else return undefined;
    if (character < textStart) return undefined;
  }
  const typed = lineText.slice(textStart, character);
  const handle = /@([A-Za-z0-9-]*)$/.exec(typed);
  if (handle) {
    const name = typed.slice(0, handle.index).replace(/[(\s]+$/, '').trim();
    return { kind: 'handle', idea, project, query: handle[1], range: range(line, character - handle[1].length, character), name };
  }
  // Inside a mentor already written (after its parenthesis) there is nothing to complete.
  if (/[()]/.test(typed)) return undefined;
  // The template's name placeholder, selected at a snippet's tab stop, asks for any mentor.
  const query = MENTOR_PLACEHOLDERS.includes(typed.trim()) ? '' : typed.trim();
  return { kind: 'mentor', idea, field, project, query, range: range(line, textStart, mentorEnd(lineText, character)), bullet };
}

/**
 * Where the mentor being completed ends: after the rest of its name and its
 * parenthesis (`Mentor Name (@mentor_github, mentor@email.addy)`: a chosen
 * mentor replaces all of it), before anything written after that (` - primary`).
 */
function mentorEnd(lineText: string, character: number): number {
  const rest = lineText.slice(character);
  const mentor = /^[^()]*\([^()]*\)/.exec(rest);
  if (mentor) return character + mentor[0].length;
  return /[()]/.test(rest) ? character : character + rest.replace(/[ \t]+$/, '').length;
}
