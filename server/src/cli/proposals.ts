import { currentLogin, getIssue, githubFailure, listOpenIssues, parseRepository, repositoryName, type Issue, type Repository } from '../github/proposalIssues';
import { fileExists, hiddenSibling, readTextFile, sha256, writeTextFile } from '../host/files';
import { parseTermOption } from '../proposal/form';
import { normalBody, saveBody } from '../proposal/issueSync';
import { listingJson, PROPOSAL_LABELS, termListing, type TermListing } from '../proposal/termProposals';
import { parseIssueReference } from '../protocol';
import type { LanguageService } from '../service/languageService';
import { loadConfig, repositoryOf, runService, splitFlag, UsageError, type CliContext, type Output } from './usage';

export const PROPOSALS_USAGE = `mentorship-ideas proposals list [--term T] [--project P] [--mine] [--format text|json] [--config FILE]
  mentorship-ideas proposals pull [--config FILE] [--out FILE] [--force] <url|number>
  mentorship-ideas proposals push [--config FILE] <file>`;

interface Flags {
  values: Record<string, string>;
  switches: Set<string>;
  rest: string[];
}

function flags(args: string[], valued: string[], switches: string[]): Flags {
  const out: Flags = { values: {}, switches: new Set(), rest: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = splitFlag(a);
    if (valued.includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`, PROPOSALS_USAGE);
      out.values[flag] = value;
    } else if (switches.includes(flag)) out.switches.add(flag);
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`, PROPOSALS_USAGE);
    else out.rest.push(a);
  }
  return out;
}

/**
 * `proposals list|pull|push`: the open proposals of a term, and a filed
 * proposal's body as a local file to edit and push back. GitHub is asked
 * through the API of `github.apiUrl` (`--config`), with GITHUB_TOKEN when set
 * (needed for `--mine` and `push`). Exit 0, 1 when a push was refused
 * because the issue changed on GitHub, 2 on a GitHub problem; a usage or I/O
 * problem is thrown, for runCli to print (exit 2).
 */
export async function runProposals(args: string[], context: CliContext): Promise<number> {
  const { io } = context;
  const fail = (message: string) => {
    io.err(`mentorship-ideas: ${message}\n`);
    return 2;
  };
  const [sub, ...rest] = args;
  if (sub === 'list') {
    const f = flags(rest, ['--term', '--project', '--format', '--config'], ['--mine']);
    if (f.rest.length) throw new UsageError(`proposals list takes no file (${f.rest[0]})`, PROPOSALS_USAGE);
    return list(f, runService(context, loadConfig(f.values['--config'])), io, fail);
  }
  if (sub === 'pull') {
    const f = flags(rest, ['--config', '--out'], ['--force']);
    if (f.rest.length !== 1) throw new UsageError('proposals pull takes one issue: its URL or number', PROPOSALS_USAGE);
    return pull(f, runService(context, loadConfig(f.values['--config'])), io, fail);
  }
  if (sub === 'push') {
    const f = flags(rest, ['--config'], []);
    if (f.rest.length !== 1) throw new UsageError('proposals push takes one file', PROPOSALS_USAGE);
    return push(f.rest[0], runService(context, loadConfig(f.values['--config'])), io, fail);
  }
  throw new UsageError(sub ? `unknown proposals command "${sub}" (list, pull or push)` : 'proposals needs a command: list, pull or push', PROPOSALS_USAGE);
}

async function list(f: Flags, service: LanguageService, io: Output, fail: (m: string) => number): Promise<number> {
  const { settings } = service;
  const format = f.values['--format'] ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format takes text or json, not "${format}"`, PROPOSALS_USAGE);
  const term = f.values['--term'];
  if (term !== undefined && !parseTermOption(term)) throw new UsageError(`--term takes a term such as "2026 Term 3", not "${term}"`, PROPOSALS_USAGE);
  const repo = repositoryOf(settings);
  const access = service.github;
  const timeout = access.client.timeoutMs;
  const mine = f.switches.has('--mine');
  let me: string | undefined;
  if (access.client.hasToken()) {
    const user = await currentLogin(access.client);
    if (user.ok) me = user.data;
    else if (mine) return fail(githubFailure('--mine needs the login of GITHUB_TOKEN', user, timeout));
  } else if (mine) return fail('--mine needs GITHUB_TOKEN, to know who you are');
  const issues = await listOpenIssues(access.client, repo, { labels: PROPOSAL_LABELS });
  if (!issues.ok) return fail(githubFailure(`Listing the open proposals of ${repositoryName(repo)}`, issues, timeout));
  const catalogProblem = await service.reloadCatalog();
  if (catalogProblem) return fail(catalogProblem);
  const listing = termListing(issues.data, service.catalog, { term, project: f.values['--project'], me, mine });
  io.out(format === 'json' ? JSON.stringify(listingJson(listing), null, 2) + '\n' : listingText(listing, repositoryName(repo)));
  return 0;
}

function listingText(listing: TermListing, repository: string): string {
  const total = listing.projects.reduce((n, p) => n + p.proposals.length, 0);
  const lines = [`${listing.term || 'No term'}: ${total} open proposal${total === 1 ? '' : 's'} in ${repository}`];
  for (const p of listing.projects) {
    lines.push('', `${p.project}: ${p.open} of ${p.quota}${p.open > p.quota ? ' (over quota)' : ''}`);
    for (const q of p.proposals) {
      const verdict = q.labels.filter((l) => /^(Validation Passed|Validation Failed|Needs Validation|Over Quota)$/.test(l)).join(', ') || 'not validated';
      lines.push(`  #${q.number} ${q.title} [${verdict}] by @${q.author}`);
      lines.push(`      ${q.url}${q.upstream ? `\n      upstream ${q.upstream}` : ''}${q.duplicates.length ? ` (also on ${q.duplicates.map((n) => '#' + n).join(', ')})` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** What `pull` records beside the file it writes: the issue, and the body and time it was pulled at (a hash of the body). */
interface Pulled {
  repository: string;
  number: number;
  updatedAt: string;
  sha256: string;
}

function hashOf(body: string): string {
  return sha256(normalBody(body));
}

/** `12.proposal.md` -> `.12.proposal.md.pulled.json`, in the same folder: the file itself holds the body and nothing else. */
function recordOf(file: string): string {
  return hiddenSibling(file, '.pulled.json');
}

function writePulled(file: string, repo: Repository, issue: Issue, body: string): void {
  writeTextFile(file, body);
  const record: Pulled = { repository: repositoryName(repo), number: issue.number, updatedAt: issue.updatedAt, sha256: hashOf(body) };
  writeTextFile(recordOf(file), JSON.stringify(record, null, 2) + '\n');
}

function readPulled(file: string): Pulled | undefined {
  try {
    const r = JSON.parse(readTextFile(recordOf(file))) as Partial<Pulled>;
    return typeof r.repository === 'string' && typeof r.number === 'number' && typeof r.updatedAt === 'string' && typeof r.sha256 === 'string' ? (r as Pulled) : undefined;
  } catch {
    return undefined;
  }
}

async function pull(f: Flags, service: LanguageService, io: Output, fail: (m: string) => number): Promise<number> {
  const { settings } = service;
  const ref = parseIssueReference(f.rest[0]);
  if (!ref) throw new UsageError(`"${f.rest[0]}" is not an issue URL or number`, PROPOSALS_USAGE);
  const repo = ref.repo ?? repositoryOf(settings);
  const file = f.values['--out'] ?? `${ref.number}.proposal.md`;
  if (fileExists(file) && !f.switches.has('--force')) {
    const pulled = readPulled(file);
    if (!pulled || hashOf(readTextFile(file)) !== pulled.sha256) return fail(`${file} exists and has changes not pushed: not overwritten (push it, or pull with --out FILE, or --force)`);
  }
  const access = service.github;
  const issue = await getIssue(access.client, repo, ref.number);
  if (!issue.ok) return fail(githubFailure(`Pulling ${repositoryName(repo)}#${ref.number}`, issue, access.client.timeoutMs));
  writePulled(file, repo, issue.data, issue.data.body);
  io.out(`${file}\n`);
  io.err(`mentorship-ideas: pulled #${issue.data.number} "${issue.data.title}" (updated ${issue.data.updatedAt}); edit it, then: mentorship-ideas proposals push ${file}\n`);
  return 0;
}

async function push(file: string, service: LanguageService, io: Output, fail: (m: string) => number): Promise<number> {
  const body = readTextFile(file);
  const pulled = readPulled(file);
  const repo = pulled && parseRepository(pulled.repository);
  if (!pulled || !repo) return fail(`${file} has no record of the issue it was pulled from (${recordOf(file)}): pull the issue with "proposals pull", then edit that file`);
  const access = service.github;
  if (!access.client.hasToken()) return fail('proposals push needs GITHUB_TOKEN (a token allowed to edit the issue: the public_repo scope)');
  const outcome = await saveBody(access.client, repo, pulled.number, body, { updatedAt: pulled.updatedAt, isBase: (b) => hashOf(b) === pulled.sha256 });
  if (outcome.status === 'failed') return fail(outcome.message);
  if (outcome.status === 'conflict') {
    io.err(`mentorship-ideas: ${outcome.message} Pull it to another file to compare: mentorship-ideas proposals pull --out ${pulled.number}.github.proposal.md ${pulled.number}\n`);
    return 1;
  }
  writePulled(file, repo, outcome.issue, body);
  io.out(`${outcome.issue.url}\n`);
  io.err(outcome.status === 'saved' ? `mentorship-ideas: pushed #${pulled.number}; CNCF's bot validates it again\n` : `mentorship-ideas: #${pulled.number} on GitHub already has this body; nothing pushed\n`);
  return 0;
}
