import { isPublishedReadme } from '../analysis/accepted';
import { isDisabled } from '../analysis/controlComments';
import { canonicalProjectName, programName } from '../analysis/lfxTitle';
import { resolveTerm } from '../analysis/term';
import type { Catalog } from '../catalog/catalog';
import { githubFailure, listOpenIssues, parseRepository } from '../github/proposalIssues';
import type { Idea, Project } from '../model/types';
import { termOption } from '../proposal/form';
import { PROPOSAL_LABELS, quotaOf, readProposalIssue, sameProjectTerm, type ProposalIssue } from '../proposal/termProposals';
import { distinctUrls, upstreamFields } from '../rules/helpers/upstreamFields';
import { diagnosticOf, type Diagnostic, type Severity } from '../analysis/diagnostic';
import type { Settings } from '../settings';
import type { OpenIdeasFile } from './documents';
import type { DiagnosticSource, Services } from './services';
/** GitHub is asked again after this long when it could not be asked. */
const RETRY_MS = 60_000;

/** The open proposals of one answer of GitHub's, and those of each project and term, read once per answer. */
class OpenProposals {
  private byProjectTerm = new Map<string, ProposalIssue[]>();

  constructor(readonly all: ProposalIssue[]) {}

  /** The issues and when each last changed: equal for two answers that publish the same. */
  versions(): string {
    return JSON.stringify(this.all.map((p) => [p.issue.number, p.issue.updatedAt]));
  }

  /** Those CNCF's workflow counts for the project in the term (sameProjectTerm). */
  of(project: string, term: string): ProposalIssue[] {
    const key = `${project}\u0000${term}`;
    let found = this.byProjectTerm.get(key);
    if (!found) {
      const issues = new Set(sameProjectTerm(this.all.map((p) => p.issue), project, term));
      found = this.all.filter((p) => issues.has(p.issue));
      this.byProjectTerm.set(key, found);
    }
    return found;
  }
}

/** The term's open proposals on GitHub, as far as known. */
interface Known {
  key: string;
  proposals: OpenProposals | undefined;
  at: number;
}

function severity(settings: Settings, code: string): Severity | undefined {
  const s = settings.rules[code] ?? 'warning';
  return s === 'off' ? undefined : s;
}

function numbers(issues: ProposalIssue[]): string {
  return issues
    .map((p) => p.issue.number)
    .sort((a, b) => a - b)
    .map((n) => `#${n}`)
    .join(', ');
}

/**
 * `over-quota` and `upstream-duplicate` counting the term's open proposals
 * on GitHub as CNCF's workflow counts them: the open issues labelled
 * `lfx mentorship` and `Proposal` whose body holds the entry's project and
 * term as the proposal files them (`### CNCF Project\n\n<project>`,
 * `### Term\n\n<term>`); an entry already filed (an open proposal with its
 * program name) is counted once. A finding replaces the file's own on the
 * same line (server.ts), so each project and field gets one diagnostic.
 */
function liveTermDiagnostics(file: OpenIdeasFile, proposals: OpenProposals, settings: Settings, catalog: Catalog): Diagnostic[] {
  const doc = file.analysis.doc;
  const term = resolveTerm(doc, settings);
  if (!term.known) return [];
  const termText = termOption(term.year, term.number);
  const out: Diagnostic[] = [];
  const groups = new Map<string, { projects: Project[]; ideas: Idea[] }>();
  for (const project of doc.projects) {
    if (project.ideas.length === 0) continue;
    const name = canonicalProjectName(project, catalog);
    if (!name) continue;
    const group = groups.get(name) ?? { projects: [], ideas: [] };
    group.projects.push(project);
    group.ideas.push(...project.ideas);
    groups.set(name, group);
  }
  for (const [name, group] of groups) {
    const sameTerm = proposals.of(name, termText);
    const filedHere = new Set(group.ideas.map(programName));
    const others = sameTerm.filter((p) => !filedHere.has(p.programName));
    out.push(...overQuota(file, name, termText, group, others, settings, catalog));
    out.push(...upstreamDuplicates(file, name, termText, group.ideas, sameTerm, settings));
  }
  return out;
}

function overQuota(file: OpenIdeasFile, name: string, term: string, group: { projects: Project[]; ideas: Idea[] }, others: ProposalIssue[], settings: Settings, catalog: Catalog): Diagnostic[] {
  const level = severity(settings, 'over-quota');
  const quota = quotaOf(catalog, name);
  const total = group.ideas.length + others.length;
  if (!level || others.length === 0 || total <= quota) return [];
  const headings = new Set(group.projects.map((p) => p.headingRange.start.line));
  const own = file.analysis.diagnostics.find((d) => d.code === 'over-quota' && headings.has(d.range.start.line));
  let count = others.length;
  const over = group.projects.find((p) => (count += p.ideas.length) > quota) ?? group.projects[0];
  const range = own?.range ?? over.headingRange;
  if (isDisabled(file.analysis.doc, 'over-quota', range.start.line)) return [];
  const here = group.ideas.length;
  return [
    diagnosticOf(
      'over-quota',
      level,
      range,
      `With the open proposals on GitHub (${numbers(others)}), ${name} has ${total} for ${term} (${here} idea${here === 1 ? '' : 's'} here), over its quota of ${quota} per term (quotas.yml, ${catalog.origin}): keep the ${quota} most important, or ask the program admins for an exception`,
    ),
  ];
}

function upstreamDuplicates(file: OpenIdeasFile, name: string, term: string, ideas: Idea[], sameTerm: ProposalIssue[], settings: Settings): Diagnostic[] {
  const level = severity(settings, 'upstream-duplicate');
  if (!level) return [];
  const out: Diagnostic[] = [];
  for (const idea of ideas) {
    const mine = programName(idea);
    for (const field of upstreamFields(idea)) {
      const line = field.lineRange.start.line;
      const shared = distinctUrls(field).flatMap(({ url, key }) => {
        const with_ = sameTerm.filter((p) => p.upstreamKey === key && p.programName !== mine);
        return with_.length ? [{ url, with: with_ }] : [];
      });
      if (shared.length === 0 || isDisabled(file.analysis.doc, 'upstream-duplicate', line)) continue;
      const [first] = shared;
      const own = file.analysis.diagnostics.find((d) => d.code === 'upstream-duplicate' && d.range.start.line === line);
      const onGitHub = `open ${name} proposal${first.with.length === 1 ? '' : 's'} ${numbers(first.with)} for ${term} on GitHub`;
      out.push(
        diagnosticOf(
          'upstream-duplicate',
          level,
          field.lineRange,
          own ? `${own.message} (and of ${onGitHub})` : `Upstream Issue ${first.url} is also the upstream issue of ${onGitHub}: give each proposal its own issue, or agree with its mentors on one proposal`,
        ),
      );
    }
  }
  return out;
}

/**
 * Live term checks (`mentorshipIdeas.github.checkOpenProposals`): knows the
 * term's open proposals and learns them in the background, added to each
 * publication without delaying it; a change publishes the open documents again.
 */
export class LiveTermChecks implements DiagnosticSource {
  readonly name = 'Live term checks';
  private known: Known | undefined;
  private fetching = false;
  private reported = false;

  constructor(private readonly services: Pick<Services, 'settings' | 'catalog' | 'github' | 'logger' | 'now' | 'publishAll'>) {
    services.github.onTokenChange(() => (this.known = undefined));
  }

  private key(settings: Settings): string {
    return `${settings.github.apiUrl}\u0000${settings.github.proposalRepository}`;
  }

  diagnostics(file: OpenIdeasFile): Diagnostic[] {
    const { settings } = this.services;
    if (!settings.github.checkOpenProposals || !file.analysis.isIdeasFile || isPublishedReadme(file.document.uri)) return [];
    const key = this.key(settings);
    const known = this.known?.key === key ? this.known : undefined;
    const age = known ? this.services.now() - known.at : Infinity;
    if (age >= (known?.proposals ? this.services.github.client.ttlMs : RETRY_MS)) this.fetch(settings);
    return known?.proposals ? liveTermDiagnostics(file, known.proposals, settings, this.services.catalog) : [];
  }

  private fetch(settings: Settings): void {
    if (this.fetching) return;
    const repo = parseRepository(settings.github.proposalRepository);
    if (!repo) return;
    this.fetching = true;
    const key = this.key(settings);
    const { client } = this.services.github;
    void listOpenIssues(client, repo, { labels: PROPOSAL_LABELS }, { cached: true })
      .then((result) => {
        const before = this.known?.key === key ? this.known.proposals?.versions() : undefined;
        const proposals = result.ok ? new OpenProposals(result.data.map(readProposalIssue)) : undefined;
        if (!result.ok && !this.reported) {
          this.reported = true;
          this.services.logger.warn(githubFailure('The open proposals were not checked', result, client.timeoutMs));
        }
        if (result.ok) this.reported = false;
        this.known = { key, proposals, at: this.services.now() };
        if (proposals?.versions() !== before) this.services.publishAll();
      })
      .catch((e: unknown) => this.services.logger.error(`Checking the open proposals failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => (this.fetching = false));
  }
}
