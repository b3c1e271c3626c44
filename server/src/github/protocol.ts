/**
 * The editor hands the server its GitHub token with this notification,
 * params `{ token: string | null }` (null: signed out; the server then falls
 * back to the GITHUB_TOKEN environment variable, if set).
 */
export const SET_GITHUB_TOKEN = 'mentorshipIdeas/setGitHubToken';

export interface SetGitHubTokenParams {
  token: string | null;
}

/**
 * The editor hands the server its token for writing (a VS Code session with
 * the `public_repo` scope, asked for only when filing or saving), params
 * `{ token: string | null }`; without one, writes use the token for reading.
 */
export const SET_GITHUB_WRITE_TOKEN = 'mentorshipIdeas/setGitHubWriteToken';

/** Files a proposal issue. Arguments `[uri, line?, options?: FileProposalOptions]`; answers FileProposalResult. */
export const FILE_PROPOSAL_COMMAND = 'mentorshipIdeas.fileProposalIssue';

export interface FileProposalOptions {
  term?: string;
  lfids?: Record<string, string>;
  /** False (the default): only say what would be filed. True: file it (the user confirmed). */
  file?: boolean;
  /** After filing, open the issue with window/showDocument when the client can (default true; VS Code opens it itself). */
  open?: boolean;
}

export interface FileProposalResult {
  /** Empty when there is no idea at that place. */
  idea: string;
  repository: string;
  title: string;
  body: string;
  /** What CNCF's validation would reject: with any, nothing is filed. */
  problems: { code: string; line: number; message: string }[];
  missingLfids: { name: string; handle?: string }[];
  termKnown: boolean;
  termOptions: readonly string[];
  /** Only when `file` was asked for and there were no problems. */
  outcome?: { status: 'created' | 'exists'; number: number; url: string; recovered?: boolean } | { status: 'failed'; message: string };
}

/** The open proposals of a term: params ListProposalsParams, answers ListProposalsResult. */
export const LIST_PROPOSALS_REQUEST = 'mentorshipIdeas/listProposals';

export interface ListProposalsParams {
  term?: string;
  project?: string;
  mine?: boolean;
}

export interface ListedProposal {
  number: number;
  title: string;
  url: string;
  author: string;
  labels: string[];
  upstream: string;
  duplicates: number[];
  /** Filed by the viewer or naming them as a mentor. */
  mine: boolean;
}

export interface ListProposalsResult {
  repository: string;
  term: string;
  /** The viewer's login, when the server has a token. */
  me?: string;
  projects: { project: string; open: number; quota: number; proposals: ListedProposal[] }[];
  /** Why there is no list (GitHub could not be asked or answered with an error). */
  error?: string;
}

/** A proposal issue to open as a document: params ProposalIssueParams, answers ReadProposalResult. */
export const READ_PROPOSAL_REQUEST = 'mentorshipIdeas/readProposal';

export interface ProposalIssueParams {
  repository: string;
  number: number;
}

export interface ProposalIssueData {
  number: number;
  title: string;
  url: string;
  body: string;
  updatedAt: string;
  labels: string[];
}

export type ReadProposalResult = { ok: true; issue: ProposalIssueData } | { ok: false; message: string };

/** Saves an edited body: params SaveProposalParams, answers SaveProposalResult (one PATCH at most). */
export const SAVE_PROPOSAL_REQUEST = 'mentorshipIdeas/saveProposal';

export interface SaveProposalParams extends ProposalIssueParams {
  body: string;
  /** The issue as it was opened (or last saved): its body and updated_at. */
  base: { body: string; updatedAt: string };
}

export type SaveProposalResult =
  | { status: 'saved' | 'unchanged'; issue: ProposalIssueData }
  | { status: 'conflict'; message: string; remote: ProposalIssueData }
  | { status: 'failed'; message: string };

/** Whether the server has a token of its own (GITHUB_TOKEN), so the editor need not ask for a session to write: answers `{ environmentToken: boolean }`. */
export const WRITE_ACCESS_REQUEST = 'mentorshipIdeas/writeAccess';

/** The scheme of proposal issues opened as documents: `mentorship-proposal:/OWNER/NAME/NUMBER.proposal.md`. */
export const PROPOSAL_SCHEME = 'mentorship-proposal';

export function proposalDocumentUri(repository: string, number: number): string {
  return `${PROPOSAL_SCHEME}:/${repository}/${number}.proposal.md`;
}

/** The repository and issue number of a proposal document's URI, or undefined for any other URI. */
export function proposalOfUri(uri: string): ProposalIssueParams | undefined {
  const m = new RegExp(`^${PROPOSAL_SCHEME}:/+([^/]+)/([^/]+)/(\\d+)\\.proposal\\.md$`).exec(decodeURIComponent(uri));
  return m ? { repository: `${m[1]}/${m[2]}`, number: Number(m[3]) } : undefined;
}
