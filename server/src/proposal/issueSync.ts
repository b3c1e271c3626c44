import type { GitHubClient } from '../github/client';
import { getIssue, githubFailure, updateIssueBody, type Issue, type Repository } from '../github/proposalIssues';

/**
 * Saving an edited proposal body back to its issue without losing anyone's
 * edit: the issue is read again first, and the body is written only when
 * GitHub still holds the body the edit started from.
 */

/** The issue as it was when the edit started. */
export interface EditBase {
  updatedAt: string;
  /** True for the body the edit started from. */
  isBase(body: string): boolean;
}

export type SaveOutcome =
  | { status: 'saved'; issue: Issue }
  /** GitHub already holds this body (an earlier save whose answer was lost, or no change). */
  | { status: 'unchanged'; issue: Issue }
  /** Someone changed the body on GitHub since the edit started: nothing was written. */
  | { status: 'conflict'; remote: Issue; message: string }
  | { status: 'failed'; message: string };

/** A body with LF line endings and no trailing white space (GitHub's web editor writes CRLF). */
export function normalBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

/** Line endings and trailing white space aside, the same body. */
export function sameBody(a: string, b: string): boolean {
  return normalBody(a) === normalBody(b);
}

export function baseOf(body: string, updatedAt: string): EditBase {
  return { updatedAt, isBase: (b) => sameBody(b, body) };
}

/** Writes `body` to issue `number` (one PATCH) unless its body on GitHub changed since `base`. */
export async function saveBody(client: GitHubClient, repo: Repository, number: number, body: string, base: EditBase): Promise<SaveOutcome> {
  const timeout = client.timeoutMs;
  const now = await getIssue(client, repo, number);
  if (!now.ok) return { status: 'failed', message: githubFailure(`Not saved: reading #${number} again failed`, now, timeout) };
  if (sameBody(now.data.body, body)) return { status: 'unchanged', issue: now.data };
  if (!base.isBase(now.data.body)) {
    const when = now.data.updatedAt && now.data.updatedAt !== base.updatedAt ? ` (updated ${now.data.updatedAt}; opened at ${base.updatedAt || 'an unknown time'})` : '';
    return {
      status: 'conflict',
      remote: now.data,
      message: `Not saved: #${number} was edited on GitHub since it was opened${when}, so saving would overwrite that edit. Compare the two and merge them.`,
    };
  }
  const saved = await updateIssueBody(client, repo, number, body);
  if (!saved.ok) return { status: 'failed', message: `${githubFailure(`Saving #${number}`, saved, timeout)} Saving again is safe: an edit already saved is found, not written twice.` };
  return { status: 'saved', issue: saved.data };
}
