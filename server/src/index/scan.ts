import { DocumentModelBuilder } from '../model/document';
import { canonicalLabel, matchFieldLine } from '../model/labels';
import { parseMentorLines, type MentorSourceLine } from '../model/mentors';
import { splitLines, splitSections } from '../model/sections';
import type { Idea, Range } from '../model/types';
import { indexedMentor, type IndexedFile, type IndexedIdea, type IndexedMentor } from './summary';

/**
 * Skeletons are made of few distinct sections (`#### x` and a field line):
 * one builder for all keeps their parses, so most files parse nothing.
 */
const skeletonBuilder = new DocumentModelBuilder();

/**
 * The summary of an ideas file on disk, without parsing its Markdown: the
 * index reads every ideas file of the workspace, and parsing them all would
 * take seconds. The text is cut into the model's sections; a line scan finds
 * each section's heading, field lines (with the model's label matcher) and
 * mentor lines (with its mentor parser). A skeleton of the headings alone,
 * each with a field line when its section has fields, then goes through the
 * document model, which gives the headings the roles it gives them in the
 * full text (project, idea, group...) and reads the term. A test checks that
 * the result equals the summary of the full model on real files.
 */
export function scanIdeasFile(uri: string, text: string): IndexedFile {
  const sections = splitSections(text).map((section, i) => placed(section, i === 0));
  const skeleton: string[] = [];
  const bySkeletonLine = new Map<number, ScannedSection>();
  for (const section of sections) {
    if (!section.heading) continue;
    bySkeletonLine.set(skeleton.length, section);
    skeleton.push(section.headingLine, '');
    // Roles depend on whether a section has fields, and template ones: one line says it.
    if (section.fields !== 'none') skeleton.push(section.fields === 'template' ? '- Description: x' : '- Other: x', '');
  }
  const doc = skeletonBuilder.build(uri, skeleton.join('\n'));
  const idea = (i: Idea): IndexedIdea | undefined => {
    const s = bySkeletonLine.get(i.headingRange.start.line);
    return s?.heading && { title: s.heading.text, range: s.heading.range, selectionRange: s.heading.textRange, mentors: s.mentors };
  };
  const summary: IndexedFile = { uri, projects: [], orphanIdeas: doc.orphanIdeas.map(idea).filter((i) => i !== undefined) };
  for (const p of doc.projects) {
    const s = bySkeletonLine.get(p.headingRange.start.line);
    if (!s?.heading) continue;
    summary.projects.push({ name: s.heading.text, range: s.heading.range, selectionRange: s.heading.textRange, ideas: p.ideas.map(idea).filter((i) => i !== undefined) });
  }
  if (doc.term) summary.term = { year: doc.term.year, number: doc.term.number };
  return summary;
}

interface ScannedSection {
  heading?: { level: number; text: string; range: Range; textRange: Range };
  /** The heading as the skeleton writes it: ATX, and only the text of levels 1-2, the only text roles read. */
  headingLine: string;
  /** Whether the section has field lines, and template ones among them. */
  fields: 'none' | 'other' | 'template';
  mentors: IndexedMentor[];
}

const ATX = /^([ \t]*#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;

function width(whitespace: string): number {
  let w = 0;
  for (const c of whitespace) w = c === '\t' ? w + 4 - (w % 4) : w + 1;
  return w;
}

/**
 * Scanned sections by a hash of their text (not the text: the index keeps no
 * file text alive). The same sections recur across files: a term README
 * repeats the entries of its proposal file, and versions of one file share
 * most of theirs.
 */
const scannedSections = new Map<string, ScannedSection>();
const MAX_SCANNED_SECTIONS = 20_000;

/** The section scanned (or found scanned before), its heading moved to where the section starts. */
function placed(section: { startLine: number; text: string }, documentStart: boolean): ScannedSection {
  const key = (documentStart ? 'S' : '') + textHash(section.text);
  let scanned = scannedSections.get(key);
  if (!scanned) {
    scanned = scanSection(section.text, documentStart);
    if (scannedSections.size >= MAX_SCANNED_SECTIONS) scannedSections.clear();
    scannedSections.set(key, scanned);
  }
  const h = scanned.heading;
  if (!h || section.startLine === 0) return scanned;
  const line = section.startLine;
  const move = (r: Range): Range => ({ start: { line: r.start.line + line, character: r.start.character }, end: { line: r.end.line + line, character: r.end.character } });
  return { ...scanned, heading: { ...h, range: move(h.range), textRange: move(h.textRange) } };
}

/** Two 32-bit hashes (FNV-1a and djb2) and the length: collisions are out of reach for a workspace. */
function textHash(text: string): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ c, 0x01000193);
    djb = (Math.imul(djb, 33) + c) | 0;
  }
  return `${(fnv >>> 0).toString(36)}.${(djb >>> 0).toString(36)}.${text.length}`;
}

/** A section's heading, fields and mentors; positions relative to its first line. */
function scanSection(sectionText: string, documentStart: boolean): ScannedSection {
  const lines = splitLines(sectionText);
  const out: ScannedSection = { headingLine: '', fields: 'none', mentors: [] };
  let first = 0;
  const raw = lines[0].replace(/^\uFEFF/, '');
  const bom = lines[0].length - raw.length;
  const atx = /^ {0,3}#{1,6}(?:[ \t]|$)/.test(raw) ? ATX.exec(raw) : null;
  const setext = !atx && documentStart && raw.trim() !== '' && !LIST_MARKER.test(raw) && lines.length > 1 && SETEXT_UNDERLINE.test(lines[1]);
  if (atx || setext) {
    const text = (atx ? atx[2] ?? '' : raw).trim();
    const textStart = bom + (text ? raw.indexOf(text, atx ? atx[1].length : 0) : raw.length);
    const level = atx ? atx[1].trim().length : /=/.test(lines[1]) ? 1 : 2;
    out.heading = { level, text, range: range(0, 0, lines[0].length), textRange: range(0, textStart, textStart + text.length) };
    // Only the text of top-level headings matters to roles (`## Proposed Project ideas`, `# Term 01 - 2026`).
    out.headingLine = '#'.repeat(level) + (level <= 2 ? ' ' + text : text ? ' x' : '');
    first = setext ? 2 : 1;
  }

  let fence: string | undefined;
  let previousBlank = true;
  let listContent: number | undefined;
  // A list right under a label written as a paragraph with no value (`Mentor(s):`) is that field's value: only template labels start fields in it.
  let listOwned = false;
  let current: { listItem: boolean; emptyValue: boolean; extended: boolean } | undefined;
  /** In a paragraph that began with a field line. */
  let fieldParagraph = false;
  let mentorLines: MentorSourceLine[] | undefined;
  const closeMentors = () => {
    if (mentorLines) out.mentors.push(...readMentors(mentorLines));
    mentorLines = undefined;
  };
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== undefined) {
      const t = line.trim();
      if (t.length >= fence.length && [...t].every((c) => c === fence![0])) fence = undefined;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen && !(fenceOpen[1][0] === '`' && line.slice(fenceOpen[0].length).includes('`'))) {
      fence = fenceOpen[1];
      fieldParagraph = false;
      previousBlank = false;
      if (current) current.extended = true;
      continue;
    }
    if (line.trim() === '') {
      previousBlank = true;
      fieldParagraph = false;
      continue;
    }
    if (THEMATIC_BREAK.test(line) || (!previousBlank && SETEXT_UNDERLINE.test(line))) {
      closeMentors();
      current = undefined;
      listContent = undefined;
      fieldParagraph = false;
      previousBlank = true;
      continue;
    }
    const marker = LIST_MARKER.exec(line);
    const indent = width(/^[ \t]*/.exec(line)![0]);
    let match: ReturnType<typeof matchFieldLine>;
    if (marker && indent <= 3 && (listContent === undefined || indent < listContent)) {
      if (listContent === undefined) listOwned = !!current && !current.listItem && current.emptyValue && !current.extended;
      listContent = indent + marker[2].length + Math.max(1, Math.min(width(marker[3]), 4));
      match = /^[-*+]$/.test(marker[2]) ? matchFieldLine(line, { requireKnown: listOwned }) : undefined;
      fieldParagraph = false;
    } else if (!marker && indent === 0 && previousBlank) {
      listContent = undefined;
      match = matchFieldLine(line, { requireKnown: true });
      fieldParagraph = match !== undefined;
    } else if (!marker && fieldParagraph && !previousBlank) {
      // `Label: value` lines without bullets run together into one paragraph: each template label in it starts a field.
      match = matchFieldLine(line, { requireKnown: true });
      if (match && !canonicalLabel(match.rawLabel)) match = undefined;
    }
    previousBlank = false;
    if (match) {
      closeMentors();
      const label = canonicalLabel(match.rawLabel);
      if (label) out.fields = 'template';
      else if (out.fields === 'none') out.fields = 'other';
      const inline = line.slice(match.valueStart).replace(/\*\*$/, '').trim();
      current = { listItem: match.bullet, emptyValue: !inline, extended: false };
      if (label === 'Mentor(s)') {
        mentorLines = [];
        if (inline) mentorLines.push({ text: inline, line: i, offset: match.valueStart + line.slice(match.valueStart).indexOf(inline) });
      }
      continue;
    }
    if (current) current.extended = true;
    if (mentorLines) {
      const stripped = line.replace(/^[ \t]*(?:>[ \t]?)*/, '');
      if (stripped.trim() === '') continue;
      const bullet = /^([-*+]|\d+[.)])[ \t]+/.exec(stripped);
      const text = (bullet ? stripped.slice(bullet[0].length) : stripped).trimEnd();
      mentorLines.push({ text, line: i, offset: line.length - stripped.length + (bullet ? bullet[0].length : 0) });
    }
  }
  closeMentors();
  return out;
}

/** The mentors of a Mentor(s) field, as the model reads them; lines that name no one are left out, as in the model's summary. */
function readMentors(lines: MentorSourceLine[]): IndexedMentor[] {
  return parseMentorLines(lines)
    .filter((m) => m.form !== 'unrecognised' || m.handle || m.email)
    .map((m) => indexedMentor(m.name, m.handle, m.email));
}

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
