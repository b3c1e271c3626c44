import { acceptedProgram } from '../analysis/accepted';
import type { Diagnostic } from '../analysis/diagnostic';
import type { GitHubClient } from '../github/client';
import { answerLost, createIssue, currentLogin, githubFailure, issuesPath, listOpenIssues, repositoryName, type Issue, type Repository } from '../github/proposalIssues';
import { allIdeas, type IdeasDocument } from '../model/types';
import { FORM_LABELS } from './form';
import type { Proposal, ProposalProblem } from '../protocol';

/**
 * The errors that keep a proposal from passing CNCF's validation: the error
 * diagnostics of its entry, a mentor without LFID, an unknown term.
 */
export function proposalProblems(proposal: Proposal, doc: IdeasDocument, diagnostics: Diagnostic[]): ProposalProblem[] {
  const idea = allIdeas(doc).find((i) => i.headingRange.start.line === proposal.line);
  const end = idea?.range.end.line ?? proposal.line;
  const accepted = idea && acceptedProgram(doc.uri, idea);
  const problems = diagnostics
    .filter((d) => d.severity === 1 && d.range.start.line >= proposal.line && d.range.start.line <= end)
    .map((d) => ({ code: String(d.code), line: d.range.start.line + 1, message: d.message }));
  for (const m of proposal.missingLfids) problems.push({ code: 'lfid-missing', line: proposal.line + 1, message: `No LFID for ${m.handle ? '@' + m.handle : m.name}: the form needs one per mentor (--lfid @handle=LFID)` });
  if (accepted) problems.push({ code: 'accepted', line: proposal.line + 1, message: `"${proposal.idea}" is already an accepted LFX program (${accepted}): there is nothing to propose` });
  if (!proposal.termKnown) problems.push({ code: 'term-unknown', line: proposal.line + 1, message: 'The term is not known from the path or a "# Term" heading: pass --term "YYYY Term N"' });
  return problems;
}

/** The request that files a proposal: what `--dry-run` prints. */
export interface IssueRequest {
  method: 'POST';
  /** The full URL of GitHub's create-issue endpoint. */
  url: string;
  repository: string;
  body: { title: string; body: string; labels: string[] };
}

export function issueRequest(client: GitHubClient, repo: Repository, proposal: Pick<Proposal, 'title' | 'body'>): IssueRequest {
  return {
    method: 'POST',
    url: client.apiBase() + issuesPath(repo),
    repository: repositoryName(repo),
    body: { title: proposal.title, body: proposal.body, labels: [...FORM_LABELS] },
  };
}

export type FilingOutcome =
  /** `recovered`: GitHub's answer was lost, and the issue was then found filed. */
  | { status: 'created'; issue: Issue; recovered?: boolean }
  /** An open issue of the same author and title was there already: nothing was filed. */
  | { status: 'exists'; issue: Issue }
  | { status: 'failed'; message: string };

/**
 * Files the issue at most once: the author's open issues are looked up
 * first (one with the same title is the proposal already filed, by an
 * earlier attempt whose answer was lost), then the issue is created; when
 * GitHub's answer to that does not arrive, the author's issues are looked up
 * again rather than creating it again.
 */
export async function fileIssue(client: GitHubClient, repo: Repository, request: IssueRequest['body']): Promise<FilingOutcome> {
  const timeout = client.timeoutMs;
  const user = await currentLogin(client, { write: true });
  // An API without /user (a stand-in for GitHub) cannot say who files: then any open issue of that title counts as filed.
  if (!user.ok && user.reason !== 'not-found') return { status: 'failed', message: githubFailure('Filing needs a GitHub account (reading the signed-in user failed)', user, timeout) };
  const author = user.ok ? user.data : undefined;
  const findFiled = async () => {
    const open = await listOpenIssues(client, repo, author ? { creator: author } : {});
    return open.ok ? { ok: true as const, issue: open.data.find((i) => i.title.trim() === request.title.trim() && (!author || i.author.toLowerCase() === author.toLowerCase())) } : open;
  };
  const before = await findFiled();
  if (!before.ok) return { status: 'failed', message: githubFailure(`Not filed: looking for an issue "${request.title}" already open in ${repositoryName(repo)} failed`, before, timeout) };
  if (before.issue) return { status: 'exists', issue: before.issue };
  const created = await createIssue(client, repo, request);
  if (created.ok) return { status: 'created', issue: created.data };
  const failed = githubFailure(`Filing in ${repositoryName(repo)}`, created, timeout);
  if (!answerLost(created)) return { status: 'failed', message: `${failed} Nothing was filed.` };
  const after = await findFiled();
  if (after.ok && after.issue) return { status: 'created', issue: after.issue, recovered: true };
  if (after.ok) return { status: 'failed', message: `${failed} No such issue is open now, so it was not filed; filing again is safe (an issue already filed is found, not filed twice).` };
  return { status: 'failed', message: `${failed} Whether GitHub filed it is not known (${githubFailure('looking it up', after, timeout)}); filing again is safe: an issue already filed is found, not filed twice.` };
}
