import type { Catalog } from '../catalog/catalog';
import { allIdeas, type CanonicalLabel, type Idea, type IdeasDocument, type Project } from '../model/types';
import type { TermToken } from '../rules/rule';
import { FORM_FIELDS, FORM_TEMPLATE, FORM_TITLE, PROPOSAL_REPOSITORY, parseTermOption, termOption } from './form';
import { canonicalProjectName, programName } from '../analysis/lfxTitle';

/** Longer URLs are cut or refused by browsers and by GitHub; the body is copied instead. */
export const MAX_URL_LENGTH = 8000;

/** The form fields an entry fills in, by the form's field ids. */
export interface ProposalFields {
  cncf_project: string;
  term: string;
  program_name: string;
  program_description: string;
  technologies: string;
  skills: string;
  mentors: string;
  upstream_issue_url: string;
}

export interface Proposal {
  /** The idea's heading text and line (0-based). */
  idea: string;
  line: number;
  /** The issue title, as the form's title template reads with the entry's values. */
  title: string;
  fields: ProposalFields;
  /** The prefilled `issues/new?template=...` URL. */
  url: string;
  /** The issue body the form would produce from these fields. */
  body: string;
  /** The URL is over MAX_URL_LENGTH: use the body. */
  tooLong: boolean;
  /** Mentors whose LFID was not given (their line ends in an empty LFID). */
  missingLfids: { name: string; handle?: string }[];
  /** False when the term came from neither the file, the setting, nor the caller: `fields.term` is empty. */
  termKnown: boolean;
}

export interface ProposalOptions {
  catalog: Catalog;
  /** The term of the file or setting (resolveTerm). */
  term: TermToken;
  /** A term chosen by the user, which wins: `2026 Term 3` or a form option. */
  termChoice?: string;
  /** LFIDs by GitHub handle (with or without `@`, any case). */
  lfids?: Record<string, string>;
}

/** The proposal of every idea of the document, or of the idea holding `line`. */
export function proposalsFor(doc: IdeasDocument, options: ProposalOptions, line?: number): Proposal[] {
  const ideas = allIdeas(doc).filter((idea) => line === undefined || (idea.range.start.line <= line && line <= idea.range.end.line));
  const projectOf = new Map<Idea, Project>();
  for (const p of doc.projects) for (const idea of p.ideas) projectOf.set(idea, p);
  return ideas.map((idea) => buildProposal(idea, projectOf.get(idea), options));
}

export function buildProposal(idea: Idea, project: Project | undefined, options: ProposalOptions): Proposal {
  const value = (label: CanonicalLabel) => idea.fields.find((f) => f.label === label && f.value)?.value ?? '';
  const chosen = options.termChoice ? parseTermOption(options.termChoice) : undefined;
  const term = chosen ?? (options.term.known ? termOption(options.term.year, options.term.number) : '');

  let description = value('Description');
  const outcome = value('Expected Outcome');
  if (outcome && !idea.outcomeInDescription) description = `${description}\n\n## Expected outcomes\n\n${outcome}`.trim();

  const skills = commaList(value('Recommended Skills'));
  const lfids = new Map(Object.entries(options.lfids ?? {}).filter(([, lfid]) => typeof lfid === 'string').map(([handle, lfid]) => [handle.replace(/^@/, '').toLowerCase(), lfid.trim()]));
  const mentors = idea.fields.find((f) => f.label === 'Mentor(s)')?.mentors ?? [];
  const missingLfids: Proposal['missingLfids'] = [];
  const mentorLines = mentors.map((m) => {
    const lfid = (m.handle && lfids.get(m.handle.toLowerCase())) || '';
    if (!lfid) missingLfids.push(m.handle ? { name: m.name, handle: m.handle } : { name: m.name });
    return [m.name, m.handle ? '@' + m.handle : '', m.email ?? '', lfid].join(' | ').trimEnd();
  });
  const upstream = idea.fields.find((f) => f.label === 'Upstream Issue');

  const fields: ProposalFields = {
    cncf_project: canonicalProjectName(project, options.catalog),
    term,
    program_name: programName(idea),
    program_description: description,
    technologies: commaList(value('Technologies')) || skills,
    skills,
    mentors: mentorLines.join('\n'),
    upstream_issue_url: upstream?.links[0]?.url ?? upstream?.value.split('\n')[0].trim() ?? '',
  };
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
    termKnown: term !== '',
  };
}

/** A value written as lines or list items, as the form's comma-separated list. */
function commaList(value: string): string {
  const items = value
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim())
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
