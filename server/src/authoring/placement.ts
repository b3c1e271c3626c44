import type { IdeasDocument, Position, Project } from '../model/types';
import { inIdeasPart, projectAt } from './completionSite';
import { escapeSnippet, snippetBody, type HeadingLevels } from './snippets';
import type { Placement } from '../protocol';

function levels(doc: IdeasDocument): HeadingLevels {
  return { projectLevel: doc.projectLevel, ideaLevel: doc.ideaLevel };
}

/** A snippet body whose final tab stop line is folded into the line before (the text after the insertion keeps its own line breaks). */
function entry(body: string): string {
  return body.replace(/\n\$0$/, '$0');
}

function endOfLine(lines: string[], line: number): Position {
  return { line, character: lines[line]?.length ?? 0 };
}

/** The project the cursor is in: its heading line, or its section below. */
function projectUnder(doc: IdeasDocument, line: number): Project | undefined {
  return doc.projects.find((p) => p.headingRange.start.line === line) ?? projectAt(doc, line);
}

/**
 * A new idea for the project under the cursor, after that project's last
 * idea. With no project under the cursor, a new project with its first idea
 * (see `newProjectPlacement`).
 */
export function newIdeaPlacement(doc: IdeasDocument, lines: string[], cursor: Position): Placement {
  const project = projectUnder(doc, cursor.line);
  if (!project) return newProjectPlacement(doc, lines, cursor);
  return { position: endOfLine(lines, project.range.end.line), snippet: '\n\n' + entry(snippetBody('Mentorship idea', levels(doc))), project: project.name };
}

/**
 * A new project with its first idea. Named: a project the file already has
 * gets a new idea instead, and a new one goes where it keeps the projects in
 * alphabetical order (when they are). Otherwise after the project under the
 * cursor, before the first project when the cursor is above the projects in
 * the ideas part, else after the last project (or at the end of the file).
 */
export function newProjectPlacement(doc: IdeasDocument, lines: string[], cursor: Position, name?: string): Placement {
  let body = entry(snippetBody('Mentorship project', levels(doc)));
  if (name) {
    const existing = doc.projects.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (existing) return { position: endOfLine(lines, existing.range.end.line), snippet: '\n\n' + entry(snippetBody('Mentorship idea', levels(doc))), project: existing.name };
    body = body.replace(/\$\{1:[^}]*\}/, escapeSnippet(name));
  }
  const projects = doc.projects;
  const after = (p: Project): Placement => ({ position: endOfLine(lines, p.range.end.line), snippet: '\n\n' + body, ...(name ? { project: name } : {}) });
  const before = (p: Project): Placement => ({ position: { line: p.headingRange.start.line, character: 0 }, snippet: body + '\n\n', ...(name ? { project: name } : {}) });
  if (name && projects.length > 0) {
    const names = projects.map((p) => p.name.toLowerCase());
    const sorted = names.every((n, i) => i === 0 || names[i - 1].localeCompare(n) <= 0);
    if (sorted) {
      const next = projects.find((p) => p.name.toLowerCase().localeCompare(name.toLowerCase()) > 0);
      return next ? before(next) : after(projects[projects.length - 1]);
    }
    return after(projects[projects.length - 1]);
  }
  const current = projectUnder(doc, cursor.line);
  if (current) return after(current);
  if (projects.length > 0 && inIdeasPart(doc, cursor.line) && cursor.line < projects[0].headingRange.start.line) return before(projects[0]);
  if (projects.length > 0) return after(projects[projects.length - 1]);
  let last = lines.length - 1;
  while (last > 0 && lines[last].trim() === '') last--;
  const position = endOfLine(lines, last);
  return { position, snippet: (lines[last].trim() === '' ? '' : '\n\n') + body, ...(name ? { project: name } : {}) };
}
