import { resolveTerm } from '../analysis/term';
import {
  FILE_PROPOSAL_COMMAND,
  LIST_PROPOSALS_REQUEST,
  READ_PROPOSAL_REQUEST,
  SAVE_PROPOSAL_REQUEST,
  SET_GITHUB_WRITE_TOKEN,
  WRITE_ACCESS_REQUEST,
  type FileProposalOptions,
  type FileProposalResult,
  type ListProposalsParams,
  type ListProposalsResult,
  type ProposalIssueData,
  type ProposalIssueParams,
  type ReadProposalResult,
  type SaveProposalParams,
  type SaveProposalResult,
  type SetGitHubTokenParams,
} from '../github/protocol';
import { currentLogin, getIssue, githubFailure, listOpenIssues, parseRepository, repositoryName, type Issue, type Repository } from '../github/proposalIssues';
import { githubFor, type GitHubAccess } from '../github/service';
import { fileIssue, issueRequest, proposalProblems } from '../proposal/filing';
import { baseOf, saveBody } from '../proposal/issueSync';
import { proposalsFor } from '../proposal/proposal';
import { PROPOSAL_LABELS, termListing } from '../proposal/termProposals';
import type { Feature, ServerContext } from '../serverContext';
import { registerCommand, uriArgument } from './commands';
import { formTerms } from './proposeCommands';
import { VerdictChecker } from './proposalVerdict';

function readOptions(value: unknown): FileProposalOptions {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const options: FileProposalOptions = {};
  if (typeof v.term === 'string') options.term = v.term;
  if (v.lfids && typeof v.lfids === 'object') options.lfids = Object.fromEntries(Object.entries(v.lfids).filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (v.file === true) options.file = true;
  if (typeof v.open === 'boolean') options.open = v.open;
  return options;
}

function issueData(issue: Issue): ProposalIssueData {
  return { number: issue.number, title: issue.title, url: issue.url, body: issue.body, updatedAt: issue.updatedAt, labels: issue.labels };
}

/**
 * `mentorshipIdeas.fileProposalIssue [uri, line, options]`: the proposal of
 * the idea at `line`, what CNCF would reject in it, and, with `file: true`
 * and nothing to reject, the issue filed once (proposal/filing.ts).
 */
async function fileProposal(args: unknown[], ctx: ServerContext, access: GitHubAccess): Promise<FileProposalResult> {
  const settings = ctx.workspace.settings;
  const repository = settings.github.proposalRepository;
  const termOptions = formTerms(ctx).options;
  const empty: FileProposalResult = { idea: '', repository, title: '', body: '', problems: [], missingLfids: [], termKnown: false, termOptions };
  const uri = uriArgument(args);
  const file = uri ? ctx.ideasFile(uri) : undefined;
  const line = typeof args[1] === 'number' && Number.isInteger(args[1]) ? args[1] : undefined;
  if (!file || line === undefined) return empty;
  const options = readOptions(args[2]);
  const { doc, diagnostics } = file.analysis;
  const [proposal] = proposalsFor(doc, { catalog: ctx.workspace.catalog, term: resolveTerm(doc, settings), termChoice: options.term, lfids: options.lfids }, line);
  if (!proposal) return empty;
  const repo = parseRepository(repository);
  const result: FileProposalResult = {
    idea: proposal.idea,
    repository,
    title: proposal.title,
    body: proposal.body,
    problems: proposalProblems(proposal, doc, diagnostics),
    missingLfids: proposal.missingLfids,
    termKnown: proposal.termKnown,
    termOptions,
  };
  if (!options.file || result.problems.length > 0 || !repo) return result;
  const outcome = await fileIssue(access.client, settings.github.apiUrl, repo, issueRequest(settings.github.apiUrl, repo, proposal).body);
  if (outcome.status === 'failed') {
    result.outcome = outcome;
    return result;
  }
  result.outcome = { status: outcome.status, number: outcome.issue.number, url: outcome.issue.url, ...(outcome.status === 'created' && outcome.recovered ? { recovered: true } : {}) };
  if (options.open !== false && ctx.initializeParams.capabilities.window?.showDocument?.support && outcome.issue.url) {
    await ctx.connection.window.showDocument({ uri: outcome.issue.url, external: true });
  }
  return result;
}

async function listProposals(params: ListProposalsParams | undefined, ctx: ServerContext, access: GitHubAccess, me: () => Promise<string | undefined>): Promise<ListProposalsResult> {
  const settings = ctx.workspace.settings;
  const repository = settings.github.proposalRepository;
  const repo = parseRepository(repository);
  const term = params?.term || settings.term || undefined;
  if (!repo) return { repository, term: term ?? '', projects: [], error: `The setting mentorshipIdeas.github.proposalRepository "${repository}" is not OWNER/NAME.` };
  const issues = await listOpenIssues(access.client, settings.github.apiUrl, repo, { labels: PROPOSAL_LABELS }, { cached: true });
  if (!issues.ok) return { repository, term: term ?? '', projects: [], error: githubFailure(`Listing the open proposals of ${repositoryName(repo)}`, issues, access.client.timeoutMs) };
  const login = await me();
  const listing = termListing(issues.data, ctx.workspace.catalog, { term, project: params?.project, me: login, mine: params?.mine === true });
  const isMine = (author: string, mentors: string[]) => !!login && (author.toLowerCase() === login.toLowerCase() || mentors.includes(login.toLowerCase()));
  return {
    repository,
    term: listing.term,
    ...(login ? { me: login } : {}),
    projects: listing.projects.map((p) => ({ ...p, proposals: p.proposals.map(({ mentors, ...q }) => ({ ...q, mine: isMine(q.author, mentors) })) })),
  };
}

function issueParams(params: unknown): { repo: Repository; number: number } | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const p = params as Record<string, unknown>;
  const repo = typeof p.repository === 'string' ? parseRepository(p.repository) : undefined;
  return repo && typeof p.number === 'number' && Number.isInteger(p.number) && p.number > 0 ? { repo, number: p.number } : undefined;
}

async function readProposal(params: unknown, access: GitHubAccess): Promise<ReadProposalResult> {
  const target = issueParams(params);
  if (!target) return { ok: false, message: 'Not a proposal issue: a repository (OWNER/NAME) and an issue number are needed.' };
  const issue = await getIssue(access.client, target.repo, target.number);
  if (!issue.ok) return { ok: false, message: githubFailure(`Opening ${repositoryName(target.repo)}#${target.number}`, issue, access.client.timeoutMs) };
  return { ok: true, issue: issueData(issue.data) };
}

async function saveProposal(params: unknown, access: GitHubAccess, saved: (issue: ProposalIssueParams) => void): Promise<SaveProposalResult> {
  const target = issueParams(params);
  const p = params as Partial<SaveProposalParams> | undefined;
  if (!target || typeof p?.body !== 'string' || typeof p.base?.body !== 'string' || typeof p.base.updatedAt !== 'string') {
    return { status: 'failed', message: 'Not saved: the request needs the repository, the issue number, the body and the body it was opened with.' };
  }
  const outcome = await saveBody(access.client, target.repo, target.number, p.body, baseOf(p.base.body, p.base.updatedAt));
  if (outcome.status === 'failed') return outcome;
  if (outcome.status === 'conflict') return { status: 'conflict', message: outcome.message, remote: issueData(outcome.remote) };
  if (outcome.status === 'saved') saved({ repository: repositoryName(target.repo), number: target.number });
  return { status: outcome.status, issue: issueData(outcome.issue) };
}

/**
 * Filing proposal issues, the term's open proposals, and proposal issues
 * opened and saved as documents, with CNCF's latest verdict on each.
 */
export const proposalIssuesFeature: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: [FILE_PROPOSAL_COMMAND] } }),
  register(ctx) {
    const access = githubFor(ctx);
    let login: Promise<string | undefined> | undefined;
    access.onTokenChange(() => (login = undefined));
    const me = () => {
      if (!access.client.hasToken()) return Promise.resolve(undefined);
      login ??= currentLogin(access.client).then((r) => (r.ok ? r.data : ((login = undefined), undefined)));
      return login;
    };
    const verdicts = new VerdictChecker(ctx, access);
    ctx.diagnosticSources.push((file) => verdicts.diagnostics(file));
    registerCommand(ctx, FILE_PROPOSAL_COMMAND, (args) => fileProposal(args, ctx, access));
    ctx.connection.onRequest(LIST_PROPOSALS_REQUEST, (params: ListProposalsParams | undefined) => listProposals(params, ctx, access, me));
    ctx.connection.onRequest(READ_PROPOSAL_REQUEST, (params: unknown) => readProposal(params, access));
    ctx.connection.onRequest(SAVE_PROPOSAL_REQUEST, (params: unknown) => saveProposal(params, access, (issue) => verdicts.saved(issue)));
    ctx.connection.onRequest(WRITE_ACCESS_REQUEST, () => ({ environmentToken: access.hasEnvironmentToken() }));
    ctx.connection.onNotification(SET_GITHUB_WRITE_TOKEN, (params: SetGitHubTokenParams | undefined) => {
      const token = typeof params?.token === 'string' && /^[\x21-\x7e]{1,1000}$/.test(params.token) ? params.token : undefined;
      access.setEditorWriteToken(token);
    });
  },
};
