import { matchFieldLine, TEMPLATE_ORDER } from '../model/labels';
import { formatMentor } from '../model/mentors';
import { parseSection } from '../model/parseSection';
import { splitLines } from '../model/sections';
import { allIdeas, type Field, type Idea, type IdeasDocument, type Mentor, type Range } from '../model/types';
import type { TextEdit } from '../model/types';

/**
 * The formatter of entries (the `####` ideas and their fields). Per entry it
 * writes canonical labels for aliases (`- Upstream Issue (URL):` becomes
 * `- Upstream Issue:`), plain `- ` bullets at the start of the line for field
 * lines, fields in template order, mentors as `Name (@handle, email)` one per
 * line, one blank line between the heading, what stands under it and the
 * field list, and one blank line after the entry. Field values are copied as
 * written, so the words of a Description or an Expected Outcome never change.
 *
 * It is conservative: an entry with something it cannot re-emit exactly
 * (a sub-heading inside it, two fields with the same label, a field that
 * continues after a bullet of another width, text between fields that belongs
 * to none, an HTML block that a moved field could end up inside) is left as it
 * is, and every rewritten entry is parsed again and must give the same fields
 * with the same values and the same mentors, or it is left as it is too.
 */
export function formatEntries(doc: IdeasDocument, text: string, range?: Range, labelName: LabelName = defaultLabelName): TextEdit[] {
  const lines = splitLines(text);
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const edits: TextEdit[] = [];
  for (const idea of allIdeas(doc)) {
    if (range && (idea.range.end.line < range.start.line || idea.range.start.line > range.end.line)) continue;
    const start = idea.headingRange.start.line;
    const last = idea.range.end.line;
    let next = last + 1;
    while (next < lines.length && isBlank(lines[next])) next++;
    // One blank line before the next heading; at the end of the file the blank lines after the entry stay as they are.
    const followed = next < lines.length;
    const end = followed ? next : last + 1;
    const key = lines.slice(start, last + 1).join('\n') + (followed ? '\u0000' : '') + (labelName === defaultLabelName ? '' : '\u0001');
    let newLines = formatted.get(key);
    if (newLines === undefined) {
      newLines = formatEntry(idea, lines, followed, labelName);
      if (formatted.size > 5000) formatted.clear();
      formatted.set(key, newLines);
    }
    if (!newLines || (newLines.length === end - start && newLines.every((l, i) => l === lines[start + i]))) continue;
    // An entry on the last line of a file without a final line break ends at that line's end, inside the document.
    const atEnd = end >= lines.length;
    edits.push({
      range: { start: { line: start, character: 0 }, end: atEnd ? { line: lines.length - 1, character: lines[lines.length - 1].length } : { line: end, character: 0 } },
      newText: atEnd ? newLines.join(eol) : newLines.map((l) => l + eol).join(''),
    });
  }
  return edits;
}

/** The label a field is written with: its canonical label (a GSoC list writes some of its own, `Upstream Issue (URL)`). */
export type LabelName = (field: Field) => string;
const defaultLabelName: LabelName = (field) => field.label ?? field.rawLabel;

/** Entries already formatted, by their text: on a save only the entries edited since cost anything. */
const formatted = new Map<string, string[] | null>();

const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

/** The entry's new lines, from its heading to the line before the next heading (a blank line when `followed`); null to leave it as it is. */
function formatEntry(idea: Idea, lines: string[], followed: boolean, labelName: LabelName): string[] | null {
  const fields = idea.fields;
  if (fields.length === 0 || idea.source.length > 1) return null;
  const start = idea.headingRange.start.line;
  const last = idea.range.end.line;

  const labels = fields.map((f) => f.label);
  if (labels.some((l, i) => l !== undefined && labels.indexOf(l) !== i)) return null;
  const firstFieldLine = fields[0].range.start.line;
  const lastFieldLine = Math.max(...fields.map((f) => f.range.end.line));
  for (let l = firstFieldLine; l <= lastFieldLine; l++) {
    if (!isBlank(lines[l]) && !fields.some((f) => f.range.start.line <= l && l <= f.range.end.line)) return null;
  }

  const emitted: { field: Field; lines: string[] }[] = [];
  for (const field of fields) {
    const out = emitField(field, lines, labelName);
    if (!out) return null;
    emitted.push({ field, lines: out });
  }
  const ordered = labels.every((l) => l !== undefined)
    ? [...emitted].sort((a, b) => TEMPLATE_ORDER.indexOf(a.field.label!) - TEMPLATE_ORDER.indexOf(b.field.label!))
    : emitted;
  const moved = ordered.some((e, i) => e !== emitted[i]);
  // A field ending in an HTML block could take the next line in if fields moved around it.
  if (moved && fields.some((f) => /^\s*</.test(lines[f.range.end.line]))) return null;

  // Fields follow each other without blank lines, but a field of several paragraphs (the exported
  // README's quoted Description) or ending in HTML (which a blank line closes) is a block of its own.
  const block = (e: { field: Field; lines: string[] }) => e.lines.slice(1).some(isBlank) || /^\s*</.test(e.lines[e.lines.length - 1]);
  const fieldLines: string[] = [];
  ordered.forEach((e, i) => {
    if (i > 0 && (block(e) || block(ordered[i - 1]))) fieldLines.push('');
    fieldLines.push(...e.lines);
  });

  const under = lines.slice(start + 1, firstFieldLine);
  // Blank lines inside a fenced block are its content.
  const before = under.some((l) => /^\s*(```|~~~)/.test(l)) ? trimBlankLines(under) : collapseBlankLines(under);
  const after = lines.slice(lastFieldLine + 1, last + 1);
  const newLines = [lines[start], '', ...(before.length ? [...before, ''] : []), ...fieldLines, ...after];
  const unchanged = newLines.length === last + 1 - start && newLines.every((l, i) => l === lines[start + i]);
  if (!unchanged && !sameEntry(idea, newLines)) return null;
  if (followed) newLines.push('');
  return newLines;
}

/** Lines with leading and trailing blank lines dropped and runs of blank lines made one. */
function collapseBlankLines(block: string[]): string[] {
  return trimBlankLines(block.filter((line, i) => !isBlank(line) || !isBlank(block[i + 1])));
}

function trimBlankLines(block: string[]): string[] {
  let from = 0;
  let to = block.length;
  while (from < to && isBlank(block[from])) from++;
  while (to > from && isBlank(block[to - 1])) to--;
  return block.slice(from, to);
}

/** Columns a bullet prefix takes, tabs to the next multiple of 4. */
function columns(prefix: string): number {
  let col = 0;
  for (const c of prefix) col = c === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}

/** A field as `- Label: value` with its continuation lines as written; undefined when that could change what the continuation belongs to. */
function emitField(field: Field, lines: string[], labelName: LabelName): string[] | undefined {
  const first = lines[field.range.start.line];
  const match = matchFieldLine(first, { requireKnown: false });
  if (!match) return undefined;
  const continuation = lines.slice(field.range.start.line + 1, field.range.end.line + 1);
  const continues = continuation.some((l) => !isBlank(l));
  const bullet = /^[ \t]*[-*+][ \t]+/.exec(first);
  // `- ` is two columns: continuation lines keep their meaning only under a bullet of the same width.
  if (continues && (!bullet || columns(bullet[0]) !== 2)) return undefined;
  const label = labelName(field);
  if (field.label === 'Mentor(s)') {
    const mentors = emitMentors(field, lines);
    if (mentors) return mentors;
  }
  const value = first.slice(match.valueStart);
  return [`- ${label}:${value ? ' ' + value : ''}`, ...continuation];
}

/** Words a rewrite of mentor lines may drop: link and label syntax, and separators between mentors. */
const DROPPABLE = new Set(['https', 'http', 'www', 'github', 'com', 'mailto', 'email', 'e', 'mail', 'gh', 'handle', 'and']);

const words = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).map((w) => w.toLowerCase());

/**
 * The Mentor(s) field as `- Mentor(s):` and one `  - Name (@handle, email)`
 * line per mentor, when every line of it is a recognised mentor with a name
 * and a handle and the rewrite keeps every word (names, handles, e-mails,
 * notes); undefined otherwise.
 */
function emitMentors(field: Field, lines: string[]): string[] | undefined {
  const mentors = field.mentors;
  if (mentors.length === 0 || mentors.some((m) => m.form === 'unrecognised' || !m.name || !m.handle)) return undefined;
  const first = field.range.start.line;
  const covered = (l: number) => mentors.some((m) => m.range.start.line <= l && l <= m.range.end.line);
  const inline = (field.valueRange?.start.line ?? -1) === first;
  if (inline && !covered(first)) return undefined;
  for (let l = first + 1; l <= field.range.end.line; l++) if (!isBlank(lines[l]) && !covered(l)) return undefined;
  const out = mentors.map((m) => '  - ' + formatMentor(m));
  const written = [inline ? lines[first].slice(field.valueRange!.start.character) : '', ...lines.slice(first + 1, field.range.end.line + 1)].join('\n');
  if (!keepsWords(written, out.join('\n'), mentors)) return undefined;
  return ['- Mentor(s):', ...out];
}

/** The rewrite has only words of the original, and drops none but link syntax, labels, separators and repeats of a handle or e-mail. */
function keepsWords(written: string, rewritten: string, mentors: Mentor[]): boolean {
  const left = new Map<string, number>();
  for (const w of words(written)) left.set(w, (left.get(w) ?? 0) + 1);
  for (const w of words(rewritten)) {
    const n = left.get(w) ?? 0;
    if (n === 0) return false;
    left.set(w, n - 1);
  }
  const repeatable = new Set(mentors.flatMap((m) => words(`${m.handle ?? ''} ${m.email ?? ''}`)));
  return [...left].every(([w, n]) => n === 0 || DROPPABLE.has(w) || repeatable.has(w));
}

/** The rewritten entry parses to the same fields, values and mentors as the original. */
function sameEntry(idea: Idea, newLines: string[]): boolean {
  const model = parseSection(newLines.join('\n'));
  if (model.fields.length !== idea.fields.length || !!model.lfxTitle !== !!idea.lfxTitle) return false;
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  const mentorKey = (m: Mentor) => [m.name, m.handle, m.email, m.note].map((x) => squash(x ?? '')).join('|');
  const key = (f: Field) => `${f.label ?? f.rawLabel}\u0000${f.label === 'Mentor(s)' ? f.mentors.map(mentorKey).join('\u0001') : squash(f.value)}`;
  const was = idea.fields.map(key).sort();
  const is = model.fields.map(key).sort();
  return was.every((k, i) => k === is[i]);
}
