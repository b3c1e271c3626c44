import type { TextChange } from '../model/sections';
import { allIdeas, type IdeasDocument, type Position } from '../model/types';
import { isPlaceholderProjectName, isPlaceholderTitle, PROJECT_NAME_PART, projectNameWritten, writtenParts } from '../rules/helpers/entryParts';
import type { Diagnostic } from './diagnostic';

const HINT = 4;
/** Entries whose heading went away, kept (this many at most) for an undo or a cut and paste to find them by title. */
const GONE_KEPT = 2000;

interface Entry {
  kind: 'idea' | 'project';
  /** The heading line, moved through every change. */
  line: number;
  /** The last line of the idea, as of the last analysis. */
  endLine: number;
  title: string;
  /** Added since the document was opened or last saved. */
  fresh: boolean;
  /** The parts (rules/helpers/entryParts.ts) that have held the user's own text in this session. */
  written: Set<string>;
  /** The last observation that found this entry's heading. */
  seen: number;
}

/**
 * The entries of one open document that are being written, so that a new
 * entry is not a wall of red while its template is filled in: a problem
 * about a part of a fresh entry that has never held the user's own text
 * (Problem.part) is published as a hint. An entry is fresh from the moment
 * its heading appears until the document is saved; everything the document
 * held when it was opened counts as saved. Entries are known by their heading
 * line, moved through each change as the editor sends it (so typing
 * elsewhere, or in the title, keeps them), and by their title when the line
 * was lost (a cut and paste, an undo, a client sending whole texts).
 */
export class FreshEntries {
  private entries: Entry[] = [];
  /** Entries whose heading went away, by kind and title, oldest first. */
  private gone = new Map<string, Entry[]>();
  private goneCount = 0;
  private observed = false;
  private stamp = 0;

  /** Moves the heading lines through one change, in the order the editor applied them. */
  recordChange(change: TextChange): void {
    if (this.entries.length === 0) return;
    if (!change.range) {
      this.forget(this.entries);
      this.entries = [];
      return;
    }
    const pieces = change.text.split(/\r\n|\r|\n/);
    const lost: Entry[] = [];
    for (const e of this.entries) {
      const line = lineAfter(e.line, change.range, pieces.length - 1, pieces[pieces.length - 1]);
      if (line === undefined) lost.push(e);
      else e.line = line;
    }
    if (lost.length === 0) return;
    this.entries = this.entries.filter((e) => !lost.includes(e));
    this.forget(lost);
  }

  /** Matches the headings of a new analysis to the entries, and records the parts of fresh entries that hold text. */
  observe(doc: IdeasDocument): void {
    const stamp = ++this.stamp;
    let added: Entry[] | undefined;
    const take = (kind: Entry['kind'], line: number, endLine: number, title: string): Entry => {
      let entry = this.entryAt(line);
      if (!entry || entry.kind !== kind || entry.seen === stamp) {
        entry = this.takeGone(kind, title) ?? { kind, line, endLine, title, fresh: this.observed, written: new Set(), seen: 0 };
        (added ??= []).push(entry);
      }
      entry.seen = stamp;
      entry.line = line;
      entry.endLine = endLine;
      entry.title = title;
      return entry;
    };
    for (const project of doc.projects) {
      const entry = take('project', project.headingRange.start.line, project.headingRange.start.line, project.name);
      if (entry.fresh && projectNameWritten(project)) entry.written.add(PROJECT_NAME_PART);
    }
    for (const idea of allIdeas(doc)) {
      const entry = take('idea', idea.headingRange.start.line, idea.range.end.line, idea.title);
      if (entry.fresh) for (const part of writtenParts(idea)) entry.written.add(part);
    }
    this.observed = true;
    const lost = this.entries.filter((e) => e.seen !== stamp);
    if (!added && lost.length === 0) return;
    this.forget(lost);
    this.entries = [...this.entries.filter((e) => e.seen === stamp), ...(added ?? [])].sort((a, b) => a.line - b.line);
  }

  /** The entry whose heading is on `line` (the entries are in line order). */
  private entryAt(line: number): Entry | undefined {
    let lo = 0;
    let hi = this.entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = this.entries[mid].line;
      if (at === line) return this.entries[mid];
      if (at < line) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** The document was saved: every entry has its configured severities from now on. */
  save(): void {
    for (const e of this.entries) e.fresh = false;
    for (const list of this.gone.values()) for (const e of list) e.fresh = false;
  }

  /** The diagnostics as published: those about an unwritten part of a fresh entry at hint severity. */
  adjust(diagnostics: Diagnostic[]): Diagnostic[] {
    const fresh = this.entries.filter((e) => e.fresh);
    if (fresh.length === 0) return diagnostics;
    return diagnostics.map((d) => {
      const part = d.data?.part;
      if (!part || d.severity >= HINT) return d;
      const line = d.range.start.line;
      const entry =
        part === PROJECT_NAME_PART ? fresh.find((e) => e.kind === 'project' && e.line === line) : fresh.find((e) => e.kind === 'idea' && e.line <= line && line <= e.endLine);
      return entry && !entry.written.has(part) ? { ...d, severity: HINT } : d;
    });
  }

  private forget(entries: Entry[]): void {
    for (const e of entries) {
      // The template's title names no entry: a second New idea is not the one deleted before.
      if (!identifies(e)) continue;
      const key = goneKey(e.kind, e.title);
      const list = this.gone.get(key) ?? [];
      list.push(e);
      this.gone.set(key, list);
      this.goneCount++;
    }
    for (const [key, list] of this.gone) {
      if (this.goneCount <= GONE_KEPT) break;
      this.gone.delete(key);
      this.goneCount -= list.length;
    }
  }

  private takeGone(kind: Entry['kind'], title: string): Entry | undefined {
    const key = goneKey(kind, title);
    const list = this.gone.get(key);
    const entry = list?.pop();
    if (!entry) return undefined;
    this.goneCount--;
    if (list!.length === 0) this.gone.delete(key);
    return entry;
  }
}

function goneKey(kind: Entry['kind'], title: string): string {
  return kind + '\u0000' + title;
}

function identifies(e: Entry): boolean {
  return /[\p{L}\p{N}]/u.test(e.title) && !(e.kind === 'idea' ? isPlaceholderTitle(e.title) : isPlaceholderProjectName(e.title));
}

/**
 * Where the start of line `line` is after replacing `range` with a text of
 * `added` line breaks whose last line is `lastLine`; undefined when the
 * change took it (the heading line was deleted, or joined to the text before it).
 */
function lineAfter(line: number, range: { start: Position; end: Position }, added: number, lastLine: string): number | undefined {
  const { start, end } = range;
  if (line < start.line || (line === start.line && (start.character > 0 || (end.line === line && end.character > 0)))) return line;
  if (line > end.line) return line + added - (end.line - start.line);
  // The change ends at the start of the line: the line follows the inserted text, at the start of a line if the text ended with a break.
  const atLineStart = lastLine === '' && (added > 0 || start.character === 0);
  if (line === end.line && end.character === 0 && atLineStart) return start.line + added;
  return undefined;
}
