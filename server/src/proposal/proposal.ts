import type { Catalog } from '../catalog/catalog';
import { IdeaLines } from '../rules/helpers/ideaLines';
import { mentorFields } from '../rules/helpers/mentorText';
import { allIdeas, type CanonicalLabel, type Field, type Idea, type IdeasDocument, type Project, type Range } from '../model/types';
import type { TermToken } from '../analysis/term';
import { FORM_FIELDS, FORM_TEMPLATE, FORM_TITLE, PROPOSAL_REPOSITORY, parseTermOption, termOption } from './form';
import { canonicalProjectName, programName } from '../analysis/lfxTitle';
import type { MissingLfid, Proposal, ProposalFields } from '../protocol';

/** Longer URLs are cut or refused by browsers and by GitHub; the body is copied instead. */
export const MAX_URL_LENGTH = 8000;

export interface ProposalOptions {
  catalog: Catalog;
  /** The term of the file or setting (resolveTerm). */
  term: TermToken;
  /** A term chosen by the user, which wins: `2026 Term 3` or a form option. */
  termChoice?: string;
  /** LFIDs by GitHub handle (with or without `@`, any case). */
  lfids?: Record<string, string>;
  /** The form's Term options, when not the bundled form's (the workspace's copy of the form). */
  termOptions?: readonly string[];
  /** Fields the proposal leaves out rather than carry into the Program Description (a GSoC idea's size: an LFX program is full-time). */
  leaveOut?: (field: Field) => boolean;
}

/** The proposal of every idea of the document, or of the idea holding `line`. */
export function proposalsFor(doc: IdeasDocument, options: ProposalOptions, line?: number): Proposal[] {
  const ideas = allIdeas(doc).filter((idea) => line === undefined || (idea.range.start.line <= line && line <= idea.range.end.line));
  const projectOf = new Map<Idea, Project>();
  for (const p of doc.projects) for (const idea of p.ideas) projectOf.set(idea, p);
  return ideas.map((idea) => buildProposal(idea, projectOf.get(idea), options));
}

/** The form's values for an idea, and what it carries that has no box of its own: the proposal model every feature reads. */
export interface ProposalModel {
  fields: ProposalFields;
  /** Mentors whose LFID was not given (their line ends in an empty LFID). */
  missingLfids: MissingLfid[];
  /** Fields the form has no box for, carried into the Program Description as `## <Label>` sections. */
  carried: Field[];
  /** Lines of the entry outside any field, carried into the Program Description after the Description. */
  looseText: Range[];
  /** The Program Description would include the Expected Outcome. */
  withOutcome: boolean;
  termKnown: boolean;
}

const LFX_LINK = /^https?:\/\/mentorship\.lfx\.linuxfoundation\.org\//i;
const MENTOR_NOTES = 'Mentor notes';

/** A part of a Mentors line: a `|` in it would split the line into more parts, so it is filed as `/` (mentor-format says so). */
export function mentorPart(text: string): string {
  return text.replace(/\s*\|\s*/g, ' / ');
}

/** Lines of a Mentor(s) field that name no mentor but say something (`X and Y also available to help`): carried as notes, not dropped. */
function unfiledMentorLines(field: Field): string[] {
  return field.mentorLines
    .filter((ml) => !field.mentors.some((m) => m.range.start.line <= ml.range.start.line && ml.range.start.line <= m.range.end.line))
    .map((ml) => ml.text.trim())
    .filter((t) => /\p{L}+\s+\p{L}+/u.test(t) && !/:$/.test(t));
}

const SEPARATOR_LINE = /^\s*(?:(?:[-*_]\s*){3,}|<!--.*-->)\s*$/;

/**
 * The form fields of an entry as `propose` files them. Values keep the
 * entry's Markdown (line breaks, nested lists, relative indentation); fields
 * the form has no box for and text between fields go into the Program
 * Description, so its length is the one CNCF measures; mentors of a
 * `Co-Mentor:` field join the Mentors.
 */
/** What the proposal files as its Program Description, and what went into it besides the Description (the part of `proposalModel` description-too-long reads). */
export function programDescription(idea: Idea, leaveOut?: (field: Field) => boolean): Pick<ProposalModel, 'carried' | 'looseText' | 'withOutcome'> & { text: string } {
  const lines = IdeaLines.of(idea);
  const lineAt = (line: number) => lines.text(line);
  const value = (label: CanonicalLabel) => fieldMarkdown(idea, label, lineAt);
  const mentorLists = mentorFields(idea);
  const carried = idea.fields.filter((f) => f.label === undefined && f.value && !mentorLists.includes(f) && !leaveOut?.(f));
  const looseText = looseLines(idea, lineAt);
  const parts = [value('Description')];
  for (const r of looseText) {
    const block: string[] = [];
    for (let l = r.start.line; l <= r.end.line; l++) block.push(lineAt(l).trimEnd());
    parts.push(block.join('\n').trim());
  }
  const outcome = value('Expected Outcome');
  const withOutcome = !!outcome && !idea.outcomeInDescription;
  if (withOutcome) parts.push(`## Expected outcomes\n\n${outcome}`);
  for (const f of carried) parts.push(`## ${f.rawLabel}\n\n${markdownValue(f, lineAt)}`);
  const mentorNotes = mentorLists.flatMap(unfiledMentorLines);
  if (mentorNotes.length) parts.push(`## ${MENTOR_NOTES}\n\n${mentorNotes.join('\n')}`);
  return { text: formSafe(parts.filter(Boolean).join('\n\n').trim()), carried, looseText, withOutcome };
}

/** The Markdown value of the idea's first `label` field with a value, or ''. */
function fieldMarkdown(idea: Idea, label: CanonicalLabel, lineAt: (line: number) => string): string {
  const f = idea.fields.find((x) => x.label === label && x.value);
  return f ? markdownValue(f, lineAt) : '';
}

export function proposalModel(idea: Idea, project: Project | undefined, options: ProposalOptions): ProposalModel {
  const lines = IdeaLines.of(idea);
  const lineAt = (line: number) => lines.text(line);
  const chosen = options.termChoice ? parseTermOption(options.termChoice, options.termOptions) : undefined;
  const term = chosen ?? (options.term.known ? termOption(options.term.year, options.term.number, options.termOptions) : '');
  const value = (label: CanonicalLabel) => fieldMarkdown(idea, label, lineAt);
  const description = programDescription(idea, options.leaveOut);
  const mentorLists = mentorFields(idea);

  const skills = commaList(value('Recommended Skills'));
  const lfids = new Map(Object.entries(options.lfids ?? {}).filter(([, lfid]) => typeof lfid === 'string').map(([handle, lfid]) => [handle.replace(/^@/, '').toLowerCase(), lfid.trim()]));
  const mentors = mentorLists.flatMap((f) => f.mentors);
  const missingLfids: ProposalModel['missingLfids'] = [];
  const mentorLines = mentors.map((m) => {
    const lfid = (m.handle && lfids.get(m.handle.toLowerCase())) || '';
    if (!lfid) missingLfids.push(m.handle ? { name: m.name, handle: m.handle } : { name: m.name });
    return [mentorPart(m.name), m.handle ? '@' + m.handle : '', mentorPart(m.email ?? ''), lfid].join(' | ').trimEnd();
  });
  const upstream = idea.fields.find((f) => f.label === 'Upstream Issue' && f.value);
  const upstreamLink = upstream?.links.find((l) => !LFX_LINK.test(l.url))?.url;

  return {
    fields: {
      cncf_project: canonicalProjectName(project, options.catalog, idea),
      term,
      program_name: programName(idea),
      program_description: description.text,
      technologies: commaList(value('Technologies')) || skills,
      skills,
      mentors: mentorLines.join('\n'),
      upstream_issue_url: upstreamLink ?? (upstream && upstream.links.length === 0 ? upstream.value.split('\n')[0].trim() : ''),
    },
    missingLfids,
    carried: description.carried,
    looseText: description.looseText,
    withOutcome: description.withOutcome,
    termKnown: term !== '',
  };
}

export function buildProposal(idea: Idea, project: Project | undefined, options: ProposalOptions): Proposal {
  const { fields, missingLfids, termKnown } = proposalModel(idea, project, options);
  const title = FORM_TITLE.replace('<project>', fields.cncf_project).replace('<program name>', fields.program_name).replace(/\s+/g, ' ').trim();
  const url = proposalUrl(title, fields);
  return {
    idea: idea.title,
    line: idea.headingRange.start.line,
    title,
    fields,
    url,
    body: proposalBody(fields),
    tooLong: url.length > MAX_URL_LENGTH,
    missingLfids,
    termKnown,
  };
}

/**
 * A value as the issue body can hold it: CNCF reads the body's fields by
 * splitting at lines that start with `### `, so such a line of the entry (a
 * level-3 heading in a Description) gets one space in front, which Markdown
 * renders the same.
 */
function formSafe(value: string): string {
  return value.replace(/^###(?= |$)/gm, ' ###');
}

/**
 * A field's value as Markdown: the text after the label, then its
 * continuation lines with blockquote markers and their common indentation
 * removed, so nested lists stay nested and line breaks stay.
 */
function markdownValue(field: Field, lineAt: (line: number) => string): string {
  const first = field.range.start.line;
  const start = field.valueRange?.start;
  const inline = start && start.line === first ? lineAt(first).slice(start.character).replace(/\*\*$/, '').trim() : '';
  const rest: string[] = [];
  for (let l = first + 1; l <= field.range.end.line; l++) rest.push(lineAt(l).replace(/^[ \t]*(?:>[ \t]?)+/, '').trimEnd());
  const indents = rest.filter((t) => t.trim()).map((t) => /^[ \t]*/.exec(t)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return [inline, ...rest.map((t) => t.slice(common))].join('\n').replace(/^\n+|\s+$/g, '');
}

/** Runs of the entry's lines (after its heading and `CNCF - ...` line) that no field holds: blank lines, rules and HTML comments aside. */
function looseLines(idea: Idea, lineAt: (line: number) => string): Range[] {
  const first = idea.headingRange.start.line;
  const inField = new Uint8Array(Math.max(0, idea.range.end.line - first + 1));
  for (const f of idea.fields) inField.fill(1, Math.max(0, f.range.start.line - first), Math.max(0, f.range.end.line - first + 1));
  const held = (l: number) => inField[l - first] === 1;
  const runs: Range[] = [];
  let run: Range | undefined;
  for (let l = idea.headingRange.start.line + 1; l <= idea.range.end.line; l++) {
    const text = lineAt(l);
    const loose = !held(l) && l !== idea.lfxTitle?.range.start.line && text.trim() !== '' && !SEPARATOR_LINE.test(text);
    if (loose && run && run.end.line === l - 1) run.end = { line: l, character: text.length };
    else if (loose) runs.push((run = { start: { line: l, character: 0 }, end: { line: l, character: text.length } }));
  }
  return runs;
}

/** A value written as lines or list items, as the form's comma-separated list. */
function commaList(value: string): string {
  const items = value
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim().replace(/\s*[.,;]+$/, ''))
    .filter(Boolean);
  return items.join(', ');
}

/** `https://github.com/cncf/mentoring/issues/new?template=...&<field id>=<value>...`; empty fields are left out. */
export function proposalUrl(title: string, fields: ProposalFields): string {
  const params = [`template=${encodeURIComponent(FORM_TEMPLATE)}`, `title=${encodeURIComponent(title)}`];
  for (const [id, value] of Object.entries(fields)) if (value) params.push(`${id}=${encodeURIComponent(value)}`);
  return `${PROPOSAL_REPOSITORY}/issues/new?${params.join('&')}`;
}

/**
 * The issue body GitHub writes from a submitted form: `### <label>`, a blank
 * line, the value (`_No response_` when empty) for each field in form order;
 * checkboxes as `- [ ] <option>` lines, none checked.
 */
export function proposalBody(fields: ProposalFields): string {
  const values = fields as unknown as Record<string, string>;
  return FORM_FIELDS.map((f) => {
    const value = f.type === 'checkboxes' ? (f.options ?? []).map((o) => `- [ ] ${o}`).join('\n') : values[f.id] || '_No response_';
    return `### ${f.label}\n\n${value}`;
  }).join('\n\n');
}
