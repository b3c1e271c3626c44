import type { Feature, OpenIdeasFile, ServerContext } from '../serverContext';
import { RULES_DOC_BASE, SOURCE, type Diagnostic } from '../analysis/analyzer';
import { isDisabled } from '../analysis/controlComments';
import type { IdeasDocument } from '../model/types';
import type { Settings } from '../settings';
import type { Severity } from '../rules/rule';
import { fieldLinks } from '../github/fieldLinks';
import { parseUpstreamUrl, shortName, type UpstreamRef } from '../github/url';
import { GitHubAccess, githubFor } from '../github/service';
import { failureText, fetchUpstream, type UpstreamResult } from '../github/upstream';

/** The opt-in rule `upstream-closed` (rules.md): linked issues that are closed, missing or unreadable with this token. */
export const UPSTREAM_CLOSED = 'upstream-closed';
const DEFAULT_SEVERITY: Severity = 'info';
const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };
/** Requests in flight at once for one batch. */
const CONCURRENCY = 4;

const KIND_NAME: Record<UpstreamRef['kind'], string> = { issue: 'issue', pull: 'pull request', discussion: 'discussion' };

/** What the rule says of one fetched link; undefined for an open one, or when GitHub could not tell (timeout, error, rate limit). */
export function verdict(ref: UpstreamRef, result: UpstreamResult): string | undefined {
  const name = `${KIND_NAME[ref.kind]} ${shortName(ref)}`;
  if (result.ok) {
    const item = result.data;
    if (item.state === 'merged') return `Upstream ${KIND_NAME[item.kind]} ${shortName(ref)} is already merged: link an open issue for the mentee's work`;
    if (item.state !== 'closed') return undefined;
    const reason = item.stateReason && item.stateReason !== 'reopened' ? ` as ${item.stateReason.replace(/_/g, ' ')}` : '';
    return `Upstream ${KIND_NAME[item.kind]} ${shortName(ref)} is closed${reason}: link an open issue, or reopen it`;
  }
  if (result.reason === 'not-found') return `Upstream ${name} was not found on GitHub: check the URL (a wrong number, a moved repository, or a private one)`;
  if (result.reason === 'unauthorized') return `Upstream ${name} cannot be read: GitHub rejected the token (401); sign in to GitHub again`;
  if (result.reason === 'forbidden') return `Upstream ${name} cannot be read with this GitHub token (403)`;
  return undefined;
}

function enabledSeverity(settings: Settings): Severity | undefined {
  if (!settings.github.checkUpstreamIssues) return undefined;
  const s = settings.rules[UPSTREAM_CLOSED] ?? DEFAULT_SEVERITY;
  return s === 'off' ? undefined : s;
}

/** The links the rule checks: those of the Upstream Issue fields that name an issue, pull request or discussion. */
function checkedLinks(doc: IdeasDocument, apiUrl: string): { ref: UpstreamRef; line: number; range: Diagnostic['range'] }[] {
  const out: { ref: UpstreamRef; line: number; range: Diagnostic['range'] }[] = [];
  for (const { field, link } of fieldLinks(doc, ['Upstream Issue'])) {
    const ref = parseUpstreamUrl(link.url, apiUrl);
    if (ref && !isDisabled(doc, UPSTREAM_CLOSED, field.lineRange.start.line)) out.push({ ref, line: field.lineRange.start.line, range: field.lineRange });
  }
  return out;
}

/** The rule's diagnostics for the links whose result `lookup` knows. */
export function upstreamClosedDiagnostics(doc: IdeasDocument, settings: Settings, lookup: (ref: UpstreamRef) => UpstreamResult | undefined): Diagnostic[] {
  const severity = enabledSeverity(settings);
  if (!severity) return [];
  const out: Diagnostic[] = [];
  for (const { ref, range } of checkedLinks(doc, settings.github.apiUrl)) {
    const result = lookup(ref);
    const message = result && verdict(ref, result);
    if (!message) continue;
    out.push({
      range,
      severity: SEVERITY_NUMBER[severity],
      code: UPSTREAM_CLOSED,
      source: SOURCE,
      message,
      codeDescription: { href: RULES_DOC_BASE + UPSTREAM_CLOSED + '.md' },
    });
  }
  return out;
}

async function eachLimited<T>(items: T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

interface Known {
  result: UpstreamResult;
  at: number;
}

/**
 * Knows the state of linked issues and learns it in the background: asked
 * for a file's diagnostics it answers at once from what it knows, queues the
 * rest, and fetches the queue in one batch; when the batch is done it
 * publishes again the files whose diagnostics changed.
 */
class UpstreamChecker {
  private known = new Map<string, Known>();
  private queue = new Map<string, UpstreamRef>();
  /** Files waiting for each queued or fetched key. */
  private waiting = new Map<string, Set<string>>();
  private scheduled = false;

  constructor(
    private readonly ctx: ServerContext,
    private readonly access: GitHubAccess,
  ) {}

  private key(ref: UpstreamRef): string {
    return this.ctx.workspace.settings.github.apiUrl + ref.apiPath;
  }

  diagnostics(file: OpenIdeasFile): Diagnostic[] {
    const settings = this.ctx.workspace.settings;
    if (!enabledSeverity(settings) || !file.analysis.isIdeasFile) return [];
    const now = Date.now();
    return upstreamClosedDiagnostics(file.analysis.doc, settings, (ref) => {
      const key = this.key(ref);
      const known = this.known.get(key);
      if (!known || now - known.at >= this.access.client.ttlMs) this.enqueue(key, ref, file.document.uri);
      return known?.result;
    });
  }

  forget(): void {
    this.known.clear();
  }

  private enqueue(key: string, ref: UpstreamRef, uri: string): void {
    const uris = this.waiting.get(key) ?? new Set<string>();
    uris.add(uri);
    this.waiting.set(key, uris);
    if (this.queue.has(key)) return;
    this.queue.set(key, ref);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.runBatch());
    }
  }

  private async runBatch(): Promise<void> {
    const batch = [...this.queue];
    const changed = new Set<string>();
    try {
      await eachLimited(batch, CONCURRENCY, async ([key, ref]) => {
        const result = await fetchUpstream(this.access.client, ref);
        const before = this.known.get(key);
        this.known.set(key, { result, at: Date.now() });
        if ((before && verdict(ref, before.result)) !== verdict(ref, result)) for (const uri of this.waiting.get(key) ?? []) changed.add(uri);
      });
    } catch (e) {
      this.ctx.connection.console.error(`upstream check failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      for (const [key] of batch) {
        this.queue.delete(key);
        this.waiting.delete(key);
      }
      this.scheduled = false;
      // Keys queued while this batch ran get their own batch.
      if (this.queue.size) {
        this.scheduled = true;
        setImmediate(() => void this.runBatch());
      }
    }
    for (const uri of changed) if (this.ctx.documents.get(uri)) this.ctx.publish(uri);
  }
}

/** Adds upstream-closed to every publication, without delaying it: fetched results arrive as a later publication of the same version. */
export const upstreamClosedFeature: Feature = {
  register(ctx) {
    const access = githubFor(ctx);
    const checker = new UpstreamChecker(ctx, access);
    ctx.diagnosticSources.push((file) => {
      try {
        return checker.diagnostics(file);
      } catch (e) {
        ctx.connection.console.error(`upstream-closed failed: ${e instanceof Error ? e.message : String(e)}`);
        return [];
      }
    });
    access.onTokenChange(() => {
      checker.forget();
      if (enabledSeverity(ctx.workspace.settings)) for (const d of ctx.documents.all()) ctx.publish(d.uri);
    });
  },
};

/**
 * `check --online`: the same rule for the CLI, over every file at once with
 * GITHUB_TOKEN. Returns the diagnostics per document and one line per link
 * GitHub could not tell about (timeouts, errors, rate limit).
 */
export async function checkUpstreamOnline(docs: IdeasDocument[], settings: Settings): Promise<{ diagnostics: Diagnostic[][]; problems: string[] }> {
  const online: Settings = { ...settings, github: { ...settings.github, checkUpstreamIssues: true } };
  const access = new GitHubAccess(() => online.github.apiUrl);
  const refs = new Map<string, UpstreamRef>();
  for (const doc of docs) for (const { ref } of checkedLinks(doc, online.github.apiUrl)) refs.set(ref.apiPath, ref);
  const results = new Map<string, UpstreamResult>();
  await eachLimited([...refs.values()], CONCURRENCY, async (ref) => {
    results.set(ref.apiPath, await fetchUpstream(access.client, ref));
  });
  const problems: string[] = [];
  for (const [path, result] of results) {
    if (!result.ok && !verdict(refs.get(path)!, result)) {
      problems.push(`${shortName(refs.get(path)!)} not checked: ${failureText(result, access.client.hasToken(), access.client.timeoutMs)}`);
    }
  }
  return { diagnostics: docs.map((doc) => upstreamClosedDiagnostics(doc, online, (ref) => results.get(ref.apiPath))), problems };
}
