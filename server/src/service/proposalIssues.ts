import { currentLogin, getIssue, githubFailure, listOpenIssues, parseRepository, repositoryName, type Issue, type Repository } from '../github/proposalIssues';

import { baseOf, saveBody } from '../proposal/issueSync';
import { PROPOSAL_LABELS, termListing } from '../proposal/termProposals';
import type {
  ListProposalsParams,
  ListProposalsResult,
  ProposalIssueData,
  ProposalIssueParams,
  ReadProposalResult,
  SaveProposalParams,
  SaveProposalResult,
  WriteAccessResult,
} from '../protocol';
import type { Services } from './services';

async function listProposals(params: ListProposalsParams | undefined, services: Services, me: () => Promise<string | undefined>): Promise<ListProposalsResult> {
  const { settings, github: access } = services;
  const repository = settings.github.proposalRepository;
  const repo = parseRepository(repository);
  const term = params?.term || settings.term || undefined;
  if (!repo) return { repository, term: term ?? '', projects: [], error: `The setting mentorshipIdeas.github.proposalRepository "${repository}" is not OWNER/NAME.` };
  const issues = await listOpenIssues(access.client, repo, { labels: PROPOSAL_LABELS }, { cached: true });
  if (!issues.ok) return { repository, term: term ?? '', projects: [], error: githubFailure(`Listing the open proposals of ${repositoryName(repo)}`, issues, access.client.timeoutMs) };
  const login = await me();
  const listing = termListing(issues.data, services.catalog, { term, project: params?.project, me: login, mine: params?.mine === true });
  return { repository, term: listing.term, ...(login ? { me: login } : {}), projects: listing.projects };
}

function issueParams(params: unknown): { repo: Repository; number: number } | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const p = params as Record<string, unknown>;
  const repo = typeof p.repository === 'string' ? parseRepository(p.repository) : undefined;
  return repo && typeof p.number === 'number' && Number.isInteger(p.number) && p.number > 0 ? { repo, number: p.number } : undefined;
}

async function readProposal(params: unknown, access: Services['github']): Promise<ReadProposalResult> {
  const target = issueParams(params);
  if (!target) return { ok: false, message: 'Not a proposal issue: a repository (OWNER/NAME) and an issue number are needed.' };
  const issue = await getIssue(access.client, target.repo, target.number);
  if (!issue.ok) return { ok: false, message: githubFailure(`Opening ${repositoryName(target.repo)}#${target.number}`, issue, access.client.timeoutMs) };
  return { ok: true, issue: issueData(issue.data) };
}

async function saveProposal(params: unknown, access: Services['github'], saved: (issue: ProposalIssueParams) => void): Promise<SaveProposalResult> {
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

function issueData(issue: Issue): ProposalIssueData {
  return { number: issue.number, title: issue.title, url: issue.url, body: issue.body, updatedAt: issue.updatedAt, labels: issue.labels };
}

/**
 * The term's open proposals, and proposal issues opened and saved as
 * documents (the requests of protocol.ts); the viewer's login is asked once
 * per token.
 */
export class ProposalIssues {
  private login: Promise<string | undefined> | undefined;

  constructor(
    private readonly services: Services,
    /** Told when a proposal's body was saved (CNCF's bot validates it again). */
    private readonly saved: (issue: ProposalIssueParams) => void,
  ) {
    services.github.onTokenChange(() => (this.login = undefined));
  }

  private me(): Promise<string | undefined> {
    const { client } = this.services.github;
    if (!client.hasToken()) return Promise.resolve(undefined);
    this.login ??= currentLogin(client).then((r) => (r.ok ? r.data : ((this.login = undefined), undefined)));
    return this.login;
  }

  list(params: ListProposalsParams | undefined): Promise<ListProposalsResult> {
    return listProposals(params, this.services, () => this.me());
  }

  read(params: unknown): Promise<ReadProposalResult> {
    return readProposal(params, this.services.github);
  }

  save(params: unknown): Promise<SaveProposalResult> {
    return saveProposal(params, this.services.github, this.saved);
  }

  /** Whether the server has a token of its own (GITHUB_TOKEN), so the editor need not ask for a session to write. */
  writeAccess(): WriteAccessResult {
    return { environmentToken: this.services.github.hasEnvironmentToken() };
  }
}
