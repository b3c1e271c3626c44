import type { Catalog } from '../catalog/catalog';
import type { Issue } from '../github/proposalIssues';
import { normaliseUrl } from '../model/links';
import { parseTermOption, TERM_OPTIONS } from './form';
import type { ListedProposal, ListProposalsResult } from '../protocol';

/**
 * The open proposals of a term as CNCF's workflow sees them
 * (`lfx-proposal-validate.yml`): the repository's open issues labelled
 * `lfx mentorship` and `Proposal`, read with its issue-form parser, counted
 * per CNCF project against `quotas.yml`, an Upstream Issue URL shared by
 * proposals of one project and term marked as a duplicate.
 */

/** The labels the workflow lists proposals by (GitHub's `labels=` is an AND). */
export const PROPOSAL_LABELS = ['lfx mentorship', 'Proposal'];

/**
 * CNCF's `parseIssueForm` (lib/parse.js): the body split at lines starting
 * `### `, each section's first line its label, the rest trimmed its value,
 * `_No response_` read as empty; the bot's LFX URL block is left out.
 */
export function issueFormFields(body: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const stripped = body.replace(/\s*<!-- lfx-url:start -->[\s\S]*?<!-- lfx-url:end -->/, '');
  for (const section of stripped.split(/^### +/m).slice(1)) {
    const nl = section.indexOf('\n');
    if (nl === -1) continue;
    const label = section.slice(0, nl).trim();
    let value = section.slice(nl + 1).trim();
    if (value === '_No response_') value = '';
    fields[label] = value;
  }
  return fields;
}

/** CNCF's `normalizeUpstreamUrl`: blank stays blank. */
function upstreamKey(url: string): string {
  return url.trim() ? normaliseUrl(url) : '';
}

/** A term's open proposals per project, as listProposals answers them and `proposals list` prints them. */
export type TermListing = Pick<ListProposalsResult, 'term' | 'projects'>;

export interface ListingOptions {
  /** The term (`2026 Term 3` or a form option); the newest term among the proposals (or the form's) when absent. */
  term?: string;
  /** Only this project (any case). */
  project?: string;
  /** The viewer's login: their proposals (author or mentor) come first. */
  me?: string;
  /** Only the viewer's proposals (the counts stay the project's). */
  mine?: boolean;
}

/** A proposal issue's form fields as the workflow reads them. */
export interface ProposalIssue {
  issue: Issue;
  project: string;
  /** The form's term option it names, if any. */
  term: string | undefined;
  programName: string;
  upstream: string;
  /** `upstream` as duplicates are told apart (upstreamKey). */
  upstreamKey: string;
  /** GitHub handles of the Mentors field (without `@`, lower-cased). */
  mentors: string[];
}

export function readProposalIssue(issue: Issue): ProposalIssue {
  const f = issueFormFields(issue.body);
  const mentors = (f['Mentors'] ?? '')
    .split(/\r?\n/)
    .map((l) => l.split('|')[1]?.trim().replace(/^@/, '').toLowerCase())
    .filter((h): h is string => !!h);
  const upstream = (f['Upstream Issue URL'] ?? '').trim();
  return {
    issue,
    project: (f['CNCF Project'] ?? '').trim(),
    term: parseTermOption(f['Term'] ?? ''),
    programName: (f['Program Name'] ?? '').trim(),
    upstream,
    upstreamKey: upstreamKey(upstream),
    mentors,
  };
}

function termOrder(option: string): number {
  const m = /(20\d\d) Term (\d)/.exec(option);
  return m ? Number(m[1]) * 10 + Number(m[2]) : 0;
}

/** The newest of the terms given, else the form's newest option. */
export function defaultTerm(terms: (string | undefined)[]): string {
  const known = terms.filter((t): t is string => !!t);
  const pool = known.length ? known : [...TERM_OPTIONS];
  return pool.sort((a, b) => termOrder(b) - termOrder(a))[0] ?? '';
}

/** The quota of a project as the workflow finds it: by its exact catalog name, else its written name. */
export function quotaOf(catalog: Catalog, project: string): number {
  return catalog.quotaFor(catalog.exact(project), project);
}

/** Whether a proposal belongs to the viewer: they filed it or are one of its mentors. */
function isMine(p: ProposalIssue, me: string | undefined): boolean {
  if (!me) return false;
  const m = me.toLowerCase();
  return p.issue.author.toLowerCase() === m || p.mentors.includes(m);
}

/** Groups open proposal issues by project for one term. */
export function termListing(issues: Issue[], catalog: Catalog, options: ListingOptions = {}): TermListing {
  const all = issues.filter((i) => i.state === 'open' && !i.isPullRequest).map(readProposalIssue);
  const term = (options.term ? parseTermOption(options.term) : undefined) ?? defaultTerm(all.map((p) => p.term));
  const token = /20\d\d Term \d/.exec(term)?.[0];
  const inTerm = all.filter((p) => p.term !== undefined && /20\d\d Term \d/.exec(p.term)?.[0] === token);
  const byProject = new Map<string, ProposalIssue[]>();
  for (const p of inTerm) {
    const list = byProject.get(p.project) ?? [];
    list.push(p);
    byProject.set(p.project, list);
  }
  const projects: (TermListing['projects'][number] & { mine: boolean })[] = [];
  for (const [project, list] of byProject) {
    if (options.project && project.toLowerCase() !== options.project.trim().toLowerCase()) continue;
    const proposals: ListedProposal[] = list.map((p) => {
      const duplicates = p.upstreamKey ? list.filter((o) => o !== p && o.upstreamKey === p.upstreamKey).map((o) => o.issue.number).sort((a, b) => a - b) : [];
      return { number: p.issue.number, title: p.issue.title, url: p.issue.url, author: p.issue.author, labels: p.issue.labels, upstream: p.upstream, duplicates, mine: isMine(p, options.me) };
    });
    proposals.sort((a, b) => Number(b.mine) - Number(a.mine) || a.number - b.number);
    const shown = options.mine ? proposals.filter((p) => p.mine) : proposals;
    if (options.mine && shown.length === 0) continue;
    projects.push({ project, open: list.length, quota: quotaOf(catalog, project), proposals: shown, mine: proposals.some((p) => p.mine) });
  }
  projects.sort((a, b) => Number(b.mine) - Number(a.mine) || a.project.localeCompare(b.project, 'en', { sensitivity: 'base' }));
  return { term, projects: projects.map(({ mine: _, ...p }) => p) };
}

/** The JSON of `proposals list`: the shape the CLI promises (`mine` is the view's, not part of it). */
export function listingJson(listing: TermListing): unknown {
  return {
    term: listing.term,
    projects: listing.projects.map((p) => ({
      project: p.project,
      open: p.open,
      quota: p.quota,
      proposals: p.proposals.map(({ number, title, url, author, labels, upstream, duplicates }) => ({ number, title, url, author, labels, upstream, duplicates })),
    })),
  };
}

/**
 * The open proposals the workflow would count with one of its own (project
 * and term as the proposal files them), exactly as it selects them: bodies
 * holding `### CNCF Project\n\n<project>` and `### Term\n\n<term>`.
 */
export function sameProjectTerm(issues: Issue[], project: string, term: string): Issue[] {
  return issues.filter((i) => i.state === 'open' && !i.isPullRequest && i.body.includes(`### CNCF Project\n\n${project}`) && i.body.includes(`### Term\n\n${term}`));
}
