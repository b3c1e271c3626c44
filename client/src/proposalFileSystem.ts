import { commands, Disposable, EventEmitter, FileSystemError, FileType, Uri, window, workspace, type FileChangeEvent, type FileStat, type FileSystemProvider, type TextDocumentContentProvider } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  parseIssueReference,
  PROPOSAL_SCHEME,
  proposalDocumentUri,
  proposalOfUri,
  READ_PROPOSAL_REQUEST,
  SAVE_PROPOSAL_REQUEST,
  type ProposalIssueData,
  type ReadProposalResult,
  type SaveProposalParams,
  type SaveProposalResult,
} from '../../server/src/protocol';
import { ensureGitHubWrite } from './gitHubWrite';

/** The read-only side of the diff offered when a save is refused: the body as GitHub has it now. */
export const GITHUB_VERSION_SCHEME = 'mentorship-proposal-github';

interface Base {
  body: string;
  updatedAt: string;
  mtime: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function timeOf(updatedAt: string): number {
  const t = Date.parse(updatedAt);
  return Number.isFinite(t) ? t : Date.now();
}

/**
 * Proposal issues as documents: `mentorship-proposal:/OWNER/NAME/NUMBER.proposal.md`
 * reads the issue body from GitHub (through the server), and saving writes
 * it back, one PATCH, unless the issue's body changed on GitHub since it was
 * opened: then the save fails, nothing is written, and a diff against
 * GitHub's version is offered, so no one's edit is lost.
 */
export class ProposalFileSystem implements FileSystemProvider, TextDocumentContentProvider {
  private readonly changes = new EventEmitter<FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;
  /** What each open issue was read (or last saved) as: the base a save is checked against. */
  private bases = new Map<string, Base>();
  /** GitHub's version of refused saves, for the diff. */
  private remote = new Map<string, string>();

  constructor(private readonly client: BaseLanguageClient) {}

  static register(client: BaseLanguageClient): Disposable {
    const fs = new ProposalFileSystem(client);
    return Disposable.from(
      workspace.registerFileSystemProvider(PROPOSAL_SCHEME, fs, { isCaseSensitive: true }),
      workspace.registerTextDocumentContentProvider(GITHUB_VERSION_SCHEME, fs),
    );
  }

  watch(): Disposable {
    return new Disposable(() => undefined);
  }

  private target(uri: Uri): { repository: string; number: number } {
    const target = proposalOfUri(uri.toString());
    if (!target) throw FileSystemError.FileNotFound(uri);
    return target;
  }

  private async read(uri: Uri): Promise<ProposalIssueData> {
    const target = this.target(uri);
    await this.client.start();
    const answer = (await this.client.sendRequest(READ_PROPOSAL_REQUEST, target)) as ReadProposalResult;
    if (!answer.ok) throw /\(404\)/.test(answer.message) ? FileSystemError.FileNotFound(answer.message) : FileSystemError.Unavailable(answer.message);
    this.bases.set(uri.toString(), { body: answer.issue.body, updatedAt: answer.issue.updatedAt, mtime: timeOf(answer.issue.updatedAt) });
    return answer.issue;
  }

  async stat(uri: Uri): Promise<FileStat> {
    // The time of the version opened: a save refused or made here decides conflicts, not VS Code's own check of the time.
    let base = this.bases.get(uri.toString());
    if (!base) {
      await this.read(uri);
      base = this.bases.get(uri.toString())!;
    }
    return { type: FileType.File, ctime: base.mtime, mtime: base.mtime, size: encoder.encode(base.body).byteLength };
  }

  async readFile(uri: Uri): Promise<Uint8Array> {
    return encoder.encode((await this.read(uri)).body);
  }

  async writeFile(uri: Uri, content: Uint8Array): Promise<void> {
    const target = this.target(uri);
    const base = this.bases.get(uri.toString());
    if (!base) throw FileSystemError.NoPermissions('A proposal issue is saved only after it was opened from GitHub.');
    if (!(await ensureGitHubWrite(this.client, 'Saving the proposal'))) throw FileSystemError.NoPermissions('Not saved: no GitHub sign-in that may edit the issue.');
    const params: SaveProposalParams = { ...target, body: decoder.decode(content), base: { body: base.body, updatedAt: base.updatedAt } };
    const answer = (await this.client.sendRequest(SAVE_PROPOSAL_REQUEST, params)) as SaveProposalResult;
    if (answer.status === 'saved' || answer.status === 'unchanged') {
      this.bases.set(uri.toString(), { body: answer.issue.body, updatedAt: answer.issue.updatedAt, mtime: Math.max(base.mtime + 1, timeOf(answer.issue.updatedAt)) });
      if (answer.status === 'saved') void window.setStatusBarMessage(`Saved #${target.number} to GitHub; CNCF's bot validates it again.`, 8000);
      return;
    }
    if (answer.status === 'conflict') {
      const theirs = Uri.from({ scheme: GITHUB_VERSION_SCHEME, path: uri.path, query: String(Date.now()) });
      this.remote.set(theirs.toString(), answer.remote.body);
      void window.showWarningMessage(answer.message, 'Compare with GitHub').then((pick) => {
        if (pick) void commands.executeCommand('vscode.diff', theirs, uri, `#${target.number}: on GitHub ↔ yours`);
      });
    }
    throw FileSystemError.Unavailable((answer as { message: string }).message);
  }

  provideTextDocumentContent(uri: Uri): string {
    return this.remote.get(uri.toString()) ?? '';
  }

  readDirectory(): [string, FileType][] {
    return [];
  }

  createDirectory(uri: Uri): void {
    throw FileSystemError.NoPermissions(uri);
  }

  delete(uri: Uri): void {
    throw FileSystemError.NoPermissions(uri);
  }

  rename(uri: Uri): void {
    throw FileSystemError.NoPermissions(uri);
  }
}

/** Opens a proposal issue (a number or its URL) as a document. */
export async function openProposalIssue(repository: string, written?: string): Promise<void> {
  const input =
    written ??
    (await window.showInputBox({
      title: 'Open Proposal Issue',
      prompt: `An issue number of ${repository}, or an issue URL`,
      validateInput: (v) => (parseIssueReference(v) ? undefined : 'An issue number such as 2029, or its URL'),
    }));
  const ref = input === undefined ? undefined : parseIssueReference(input);
  if (!ref) return;
  const document = await workspace.openTextDocument(Uri.parse(proposalDocumentUri(ref.repo ? `${ref.repo.owner}/${ref.repo.name}` : repository, ref.number)));
  await window.showTextDocument(document);
}
