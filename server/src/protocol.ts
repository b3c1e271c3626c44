/**
 * The wire between the language server and its clients (the VS Code
 * extension in client/src, other editors through LSP): every custom request
 * and notification with its parameters and result, every command id, and
 * the names a client matches on. The client, the server and the manifest test
 * import this module. It holds constants and types only and imports nothing,
 * so the client bundles nothing of the server with it.
 */

/** `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'mentorship-ideas';

/** Code action kind of "Fix all auto-fixable problems" (a source.fixAll action). */
export const FIX_ALL_KIND = 'source.fixAll.mentorship-ideas';

/** Commands the server runs (workspace/executeCommand), in the order it announces them at initialize. */
export const ServerCommand = {
  updateToc: 'mentorshipIdeas.updateToc',
  proposeOnGitHub: 'mentorshipIdeas.proposeOnGitHub',
  copyAsProposal: 'mentorshipIdeas.copyAsProposal',
  newIdea: 'mentorshipIdeas.newIdea',
  newProject: 'mentorshipIdeas.newProject',
  convertToProposal: 'mentorshipIdeas.convertToProposal',
  convertToEntry: 'mentorshipIdeas.convertToEntry',
  fileProposalIssue: 'mentorshipIdeas.fileProposalIssue',
} as const;
export type ServerCommandId = (typeof ServerCommand)[keyof typeof ServerCommand];
export const SERVER_COMMANDS: readonly ServerCommandId[] = Object.values(ServerCommand);

/** Commands of the VS Code extension alone. */
export const ClientCommand = {
  restartServer: 'mentorshipIdeas.restartServer',
  showOutput: 'mentorshipIdeas.showOutput',
  signInToGitHub: 'mentorshipIdeas.signInToGitHub',
  openProposalIssue: 'mentorshipIdeas.openProposalIssue',
  refreshProposals: 'mentorshipIdeas.refreshProposals',
  openProposalOnGitHub: 'mentorshipIdeas.openProposalOnGitHub',
  openProposalInEditor: 'mentorshipIdeas.openProposalInEditor',
} as const;

/** Every command the extension contributes to the palette (package.json `contributes.commands`). */
export const CONTRIBUTED_COMMANDS: readonly string[] = [...Object.values(ClientCommand), ...SERVER_COMMANDS];

/**
 * Request: is an open document an ideas file, and how many projects and
 * ideas it has (the VS Code status bar asks it).
 */
export const FILE_SUMMARY_REQUEST = 'mentorshipIdeas/fileSummary';

export interface FileSummaryParams {
  uri: string;
}

/** The kinds of document: an LFX term file, a GSoC idea list, an LFX proposal (kinds/kind.ts). */
export type DocumentKind = 'lfx' | 'gsoc' | 'proposal';

export interface FileSummary {
  ideasFile: boolean;
  projects: number;
  ideas: number;
  /** The kind of document (`lfx`, `gsoc`, `proposal`), and its name for people (`GSoC idea list`), for an ideas file. */
  kind?: DocumentKind;
  kindName?: string;
}

/**
 * Notification: the editor hands the server its GitHub token, `null` when
 * signed out (the server then falls back to the GITHUB_TOKEN environment
 * variable, if set). A malformed token counts as none.
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

/** What CNCF's validator would reject in a proposal, with its line (1-based). */
export interface ProposalProblem {
  code: string;
  line: number;
  message: string;
}

/** A mentor whose LFID was not given. */
export interface MissingLfid {
  name: string;
  handle?: string;
}

/** fileProposalIssue (ServerCommand) files a proposal issue. Arguments `[uri, line?, options?: FileProposalOptions]`; answers FileProposalResult. */

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
  problems: ProposalProblem[];
  missingLfids: MissingLfid[];
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

/** Whether the server has a token of its own (GITHUB_TOKEN), so the editor need not ask for a session to write: answers WriteAccessResult. */
export const WRITE_ACCESS_REQUEST = 'mentorshipIdeas/writeAccess';

export interface WriteAccessResult {
  environmentToken: boolean;
}

/** The scheme of proposal issues opened as documents: `mentorship-proposal:/OWNER/NAME/NUMBER.proposal.md`. */
export const PROPOSAL_SCHEME = 'mentorship-proposal';

export function proposalDocumentUri(repository: string, number: number): string {
  return `${PROPOSAL_SCHEME}:/${repository}/${number}.proposal.md`;
}

/** An issue as someone wrote it: its number, with the repository when they gave its URL. */
export interface IssueReference {
  number: number;
  repo?: { owner: string; name: string };
}

/** A GitHub issue's number from `123`, `#123` or its URL (`.../owner/name/issues/123`), with the repository the URL names. */
export function parseIssueReference(written: string): IssueReference | undefined {
  const t = written.trim();
  const n = /^#?(\d{1,9})$/.exec(t);
  if (n) return { number: Number(n[1]) };
  const m = /^https?:\/\/[^/]+\/(?:repos\/)?([^/\s]+)\/([^/\s]+)\/issues\/(\d{1,9})(?:[/?#].*)?$/.exec(t);
  return m ? { number: Number(m[3]), repo: { owner: m[1], name: m[2] } } : undefined;
}

/** The repository and issue number of a proposal document's URI, or undefined for any other URI. */
export function proposalOfUri(uri: string): ProposalIssueParams | undefined {
  const m = new RegExp(`^${PROPOSAL_SCHEME}:/+([^/]+)/([^/]+)/(\\d+)\\.proposal\\.md$`).exec(decodeURIComponent(uri));
  return m ? { repository: `${m[1]}/${m[2]}`, number: Number(m[3]) } : undefined;
}

/** Title of the work-done progress of the workspace indexing. */
export const INDEX_PROGRESS_TITLE = 'Indexing mentorship ideas';

/** Id of the server's file-watcher registration for the ideas files (the catalog's has its own). */
export const INDEX_WATCHER_ID = 'mentorshipIdeas.workspaceIndex.watcher';

/**
 * The argument of newIdea and newProject: the document, the cursor,
 * optionally the new project's name, and whether the server applies the
 * insertion itself (the default, through workspace/applyEdit, as plain text)
 * or only answers where it goes (`apply: false`: the VS Code client inserts
 * the snippet, with its tab stops). A URI string alone is taken as `{ uri }`,
 * the cursor then being the second argument.
 */
export interface NewEntryArguments {
  uri: string;
  position?: { line: number; character: number };
  project?: string;
  apply?: boolean;
}

/** Where a new entry goes and what is inserted there (a snippet, with tab stops). */
export interface Placement {
  position: { line: number; character: number };
  snippet: string;
  /** The project the new idea belongs to, or the new project's name when one was given. */
  project?: string;
}

/** The result of newIdea and newProject (null when no ideas file is open at the URI). */
export interface NewEntryResult extends Placement {
  uri: string;
  /** The snippet's plain text, as applied. */
  text: string;
  applied: boolean;
}

/**
 * proposeOnGitHub and copyAsProposal take `[uri, line?, options?]`; the line
 * (0-based) selects the idea holding it, every idea of the file without one.
 */
export interface ProposeOptions {
  /** A term chosen by the user (`2026 Term 3` or a form option), used instead of the file's. */
  term?: string;
  /** LFIDs by GitHub handle. */
  lfids?: Record<string, string>;
  /** proposeOnGitHub: open the URL with window/showDocument when the client can (default true). */
  open?: boolean;
}

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
  /** The URL is too long for a browser (proposal/proposal.ts MAX_URL_LENGTH): use the body. */
  tooLong: boolean;
  /** Mentors whose LFID was not given (their line ends in an empty LFID). */
  missingLfids: MissingLfid[];
  /** False when the term came from neither the file, the setting, nor the caller: `fields.term` is empty. */
  termKnown: boolean;
}

/** A proposal, with what to settle with the user before filing it. */
export interface ProposalCheck extends Proposal {
  /** Why the idea is a program LFX already accepted (`it has an LFX URL`): there is nothing to propose. */
  accepted?: string;
  /** What the form or CNCF's validation would reject: the idea's errors, a Technologies the form requires. */
  problems: string[];
  /** The entry's term as the form would write it (`2026 Term 1 (Mar-May)`), when the form does not offer it. */
  termNotOffered?: string;
}

export interface ProposeResult {
  /** One per idea: the idea at the line given, or every idea of the file when no line is given. */
  proposals: ProposalCheck[];
  /** The form's Term options (the workspace's copy of the form, else the bundled one), to pick from when a term is unknown or not offered. */
  termOptions: readonly string[];
  /** The workspace's form the options come from, when they do. */
  formPath?: string;
}

/**
 * convertToProposal takes `[uri, line, { term?, lfids? }]` (the idea holding
 * the line, as a new proposal document beside its file); convertToEntry
 * `[proposalUri, targetUri?]` (the proposal document as an entry of an open
 * LFX term file or GSoC list, or returned for the client to place).
 */
export interface ConvertResult {
  /** The new proposal document (convertToProposal), or the file the entry went into (convertToEntry, with a target). */
  uri?: string;
  /** The text written: the proposal document, or the entry (its project heading first when the target has no such project). */
  text?: string;
  /** The edit was applied (false when the client cannot create files, or the user refused). */
  applied?: boolean;
  /** Why nothing was converted. */
  error?: string;
}

/** updateToc takes `[uri]` and applies the new table through workspace/applyEdit. */
export interface UpdateTocResult {
  /** The table differed from the generated one. */
  changed: boolean;
  /** The client applied the edit. */
  applied: boolean;
  message: string;
}

/** What a client may pass as the initialize request's `initializationOptions`. */
export interface InitializationOptions {
  /** The `mentorshipIdeas` settings, read as workspace/configuration would give them. */
  settings?: unknown;
  /**
   * The client answers the workspace file requests below: the server reads
   * through them the files it cannot read itself (a browser worker has no
   * disk; on Node, the URIs of a virtual file system such as github.dev's).
   */
  workspaceFiles?: boolean;
}

/**
 * Request (server to client): the entries of a folder of the workspace,
 * none when it cannot be read. A symbolic link is `other`.
 */
export const READ_DIRECTORY_REQUEST = 'mentorshipIdeas/readDirectory';

export interface ReadDirectoryParams {
  uri: string;
}

/** One entry of a folder (fileSystem.ts's DirectoryEntry). A symbolic link is `other`: the index never follows one. */
export interface WorkspaceDirectoryEntry {
  name: string;
  uri: string;
  type: 'file' | 'directory' | 'other';
}

/**
 * Request (server to client): the text of a file (UTF-8); null when there
 * is no such file, it is a folder, or it is larger than `maxBytes`. An
 * error response says why a file that is there could not be read.
 */
export const READ_FILE_REQUEST = 'mentorshipIdeas/readFile';

export interface ReadFileParams {
  uri: string;
  maxBytes?: number;
}

/**
 * Request (server to client): the files below a workspace folder that match
 * one of the globs (relative to the folder, as VS Code's `findFiles` reads
 * them, with the editor's file excludes), at most `maxResults`, as URIs.
 * The workspace index asks it instead of walking the folders.
 */
export const FIND_FILES_REQUEST = 'mentorshipIdeas/findFiles';

export interface FindFilesParams {
  folder: string;
  globs: string[];
  maxResults: number;
}
