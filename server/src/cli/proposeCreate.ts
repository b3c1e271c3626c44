import { fileIssue, issueRequest } from '../proposal/filing';
import type { Proposal, ProposalProblem } from '../protocol';
import type { LanguageService } from '../service/languageService';
import { repositoryOf, type CliContext } from './usage';

export interface CreateRun {
  path: string;
  proposal: Proposal;
  problems: ProposalProblem[];
  /** The service of the propose run, with the settings of `--config`. */
  service: LanguageService;
  dryRun: boolean;
  format: string;
}

/**
 * `propose --create`: refuses a proposal CNCF's validator would reject
 * (listing why, exit 1); with `--dry-run` prints the request and sends
 * nothing; otherwise files the issue with GITHUB_TOKEN, once (filing.ts),
 * and prints its URL. Exit 2 when GitHub could not be asked or refused.
 */
export async function runCreate(run: CreateRun, context: CliContext): Promise<number> {
  const { io } = context;
  const { proposal, service } = run;
  if (run.problems.length > 0) {
    io.err(`mentorship-ideas: not filed: "${proposal.idea}" has ${run.problems.length} problem${run.problems.length === 1 ? '' : 's'} CNCF's validation would reject:\n`);
    for (const p of run.problems) io.err(`  ${run.path}:${p.line}: ${p.message} [${p.code}]\n`);
    return 1;
  }
  const repo = repositoryOf(service.settings);
  const access = service.github;
  const request = issueRequest(access.client, repo, proposal);
  if (run.dryRun) {
    if (run.format === 'json') io.out(JSON.stringify({ request }, null, 2) + '\n');
    else io.out(`${request.method} ${request.url}\n${JSON.stringify(request.body, null, 2)}\n`);
    return 0;
  }
  if (!access.client.hasToken()) {
    io.err('mentorship-ideas: propose --create needs GITHUB_TOKEN (a token allowed to open issues: the public_repo scope); --dry-run shows the request without it\n');
    return 2;
  }
  try {
    const outcome = await fileIssue(access.client, repo, request.body);
    if (outcome.status === 'failed') {
      io.err(`mentorship-ideas: ${outcome.message}\n`);
      return 2;
    }
    const { issue } = outcome;
    if (run.format === 'json') io.out(JSON.stringify({ status: outcome.status, number: issue.number, url: issue.url, title: issue.title, repository: request.repository }) + '\n');
    else io.out(issue.url + '\n');
    if (outcome.status === 'exists') io.err(`mentorship-ideas: already filed: #${issue.number} "${issue.title}" is open in ${request.repository} (by @${issue.author}); not filed again\n`);
    else if (outcome.recovered) io.err(`mentorship-ideas: GitHub's answer was lost, but #${issue.number} was found filed; not filed again\n`);
    return 0;
  } catch (e) {
    io.err(`mentorship-ideas: filing failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}
