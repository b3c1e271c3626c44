import type { Diagnostic } from '../analysis/diagnostic';
import { getIssue, listComments, parseRepository, type IssueComment } from '../github/proposalIssues';
import { proposalOfUri, type ProposalIssueParams } from '../protocol';
import type { OpenIdeasFile } from './documents';
import type { DiagnosticSource, Services } from './services';

/** CNCF's bot takes about a minute to re-validate an edited proposal: its verdict is read again this long after a save, three times. */
const RECHECK_MS = 30_000;
const RECHECKS = 3;

const BOT = 'github-actions[bot]';
const MARKER = '## 🤖 LFX Proposal Validation';
const VERDICT_LABELS = ['Validation Passed', 'Validation Failed', 'Needs Validation', 'Over Quota'];
export const VERDICT_SOURCE = 'CNCF validation';
const SEVERITY_INFO = 3;

export interface Verdict {
  url: string;
  labels: string[];
  /** The errors of the bot's latest validation comment; undefined when it has not commented. */
  errors?: string[];
  commentedAt?: string;
}

/** The error bullets of CNCF's validation comment (`❌ **N issue(s) found ...**` then `- ...` lines). */
export function commentErrors(body: string): string[] {
  const errors: string[] = [];
  let inErrors = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^❌ \*\*\d+ issue\(s\) found/.test(line)) inErrors = true;
    else if (inErrors && line.startsWith('- ')) errors.push(line.slice(2));
    else if (inErrors && line.trim() === '' && errors.length) break;
  }
  return errors;
}

/** The bot's latest validation comment. */
export function latestValidation(comments: IssueComment[]): IssueComment | undefined {
  return comments.filter((c) => c.author === BOT && c.body.startsWith(MARKER)).sort((a, b) => (a.updatedAt || a.createdAt).localeCompare(b.updatedAt || b.createdAt)).pop();
}

/** The form field a CNCF error is about, by the words it starts with. */
const FIELD_OF_ERROR: [RegExp, string][] = [
  [/^CNCF Project/, 'CNCF Project'],
  [/^Term/, 'Term'],
  [/^Program Name/, 'Program Name'],
  [/^Program Description/, 'Program Description'],
  [/^Technologies/, 'Technologies'],
  [/^Either check "Skills same/, 'Skills same as Technologies?'],
  [/^(Mentors|Too many mentors|Primary mentor|Mentor \d)/, 'Mentors'],
  [/^Upstream Issue URL/, 'Upstream Issue URL'],
  [/Coding Challenge/, 'Coding Challenge URL'],
  [/Custom Prerequisite/, 'Custom Prerequisites'],
];

function headingLine(lines: string[], label: string): number {
  const i = lines.findIndex((l) => l.replace(/\s+$/, '') === `### ${label}`);
  return i < 0 ? 0 : i;
}

/** The verdict as information diagnostics: the labels on the first line, each error on its field's heading. */
export function verdictDiagnostics(verdict: Verdict, text: string): Diagnostic[] {
  const lines = text.split(/\r?\n/);
  const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } });
  const diagnostic = (line: number, message: string): Diagnostic => ({ range: at(line), severity: SEVERITY_INFO, code: 'verdict', source: VERDICT_SOURCE, message, codeDescription: { href: verdict.url } });
  const shown = verdict.labels.filter((l) => VERDICT_LABELS.includes(l));
  const when = verdict.commentedAt ? ` (its comment of ${verdict.commentedAt.replace('T', ' ').replace(/:\d\dZ$/, ' UTC')})` : '';
  const summary =
    verdict.errors === undefined
      ? `CNCF's bot has not validated this proposal yet${shown.length ? `; labels: ${shown.join(', ')}` : ''}.`
      : `CNCF's bot: ${shown.join(', ') || (verdict.errors.length ? 'Validation Failed' : 'Validation Passed')}${when}, for the body as saved on GitHub${verdict.errors.length ? `: ${verdict.errors.length} error${verdict.errors.length === 1 ? '' : 's'}` : ''}.`;
  const out = [diagnostic(0, summary)];
  for (const e of verdict.errors ?? []) {
    const field = FIELD_OF_ERROR.find(([re]) => re.test(e))?.[1];
    out.push(diagnostic(field ? headingLine(lines, field) : 0, `CNCF: ${e}`));
  }
  return out;
}

/**
 * The latest verdict of CNCF's bot on each proposal issue open as a document
 * (`mentorship-proposal:` URIs): read in the background when the document is
 * first published and again after each save, arriving as a later publication.
 */
export class VerdictChecker implements DiagnosticSource {
  readonly name = "Reading CNCF's verdict";
  /** By document URI: the verdict, or null when GitHub could not tell (asked again after a minute). */
  private known = new Map<string, { verdict: Verdict | null; at: number }>();
  private fetching = new Set<string>();

  constructor(
    private readonly services: Pick<Services, 'settings' | 'github' | 'logger' | 'documents' | 'now' | 'publish'>,
    /** How long after a save the verdict is read again (the first of three times). */
    private readonly recheckMs = RECHECK_MS,
  ) {
    services.github.onTokenChange(() => this.known.clear());
  }

  /** The document was closed: its verdict is read anew when it is opened again. */
  closed(uri: string): void {
    this.known.delete(uri);
  }

  diagnostics(file: OpenIdeasFile): Diagnostic[] {
    const uri = file.document.uri;
    const target = proposalOfUri(uri);
    if (!target) return [];
    const known = this.known.get(uri);
    if (!known || (known.verdict === null && this.services.now() - known.at > 60_000)) this.fetch(uri, target);
    return known?.verdict ? verdictDiagnostics(known.verdict, file.document.getText()) : [];
  }

  /** After a save CNCF's bot validates again: its verdict is read again, a few times as it may take a while. */
  saved(issue: ProposalIssueParams): void {
    const delay = this.recheckMs;
    for (let i = 1; i <= RECHECKS; i++) {
      const timer = setTimeout(() => {
        for (const d of this.services.documents.all()) {
          const target = proposalOfUri(d.uri);
          if (target && target.repository === issue.repository && target.number === issue.number) this.fetch(d.uri, target);
        }
      }, delay * i);
      timer.unref?.();
    }
  }

  private fetch(uri: string, target: ProposalIssueParams): void {
    if (this.fetching.has(uri)) return;
    const repo = parseRepository(target.repository);
    if (!repo) return;
    this.fetching.add(uri);
    void (async () => {
      try {
        const issue = await getIssue(this.services.github.client, repo, target.number);
        if (!issue.ok) {
          this.known.set(uri, { verdict: null, at: this.services.now() });
          return;
        }
        const comments = await listComments(this.services.github.client, repo, target.number);
        const latest = comments.ok ? latestValidation(comments.data) : undefined;
        const verdict: Verdict = { url: issue.data.url, labels: issue.data.labels, ...(latest ? { errors: commentErrors(latest.body), commentedAt: latest.updatedAt || latest.createdAt } : {}) };
        const before = this.known.get(uri)?.verdict;
        this.known.set(uri, { verdict, at: this.services.now() });
        if (JSON.stringify(before) !== JSON.stringify(verdict) && this.services.documents.get(uri)) this.services.publish(uri);
      } catch (e) {
        this.services.logger.error(`Reading CNCF's verdict failed: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        this.fetching.delete(uri);
      }
    })();
  }
}
