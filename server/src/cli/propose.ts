import { resolveTerm } from '../analysis/term';
import { pathUri, readTextFile } from '../host/files';
import { proposalProblems } from '../proposal/filing';
import { MAX_URL_LENGTH, proposalsFor } from '../proposal/proposal';
import { documentProposal } from '../kinds/proposal/propose';
import { defaultSettings } from '../settings';
import { runCreate } from './proposeCreate';
import { loadConfig, runService, splitFlag, UsageError, type CliContext } from './usage';

export const PROPOSE_USAGE = `mentorship-ideas propose [--term "YYYY Term N"] [--lfid @handle=LFID]... [--body] [--format text|json] <file>[:<line>]
  mentorship-ideas propose --create [--dry-run] [--config FILE] [--term T] [--lfid @handle=LFID]... [--format text|json] <file>[:<line>]`;

/** Around the idea named before each of several bodies: not a line an issue body starts with. */
const BODY_SEPARATOR = '=====';

/**
 * `propose --create` files the proposal as an issue (proposeCreate.ts).
 * `propose FILE[:LINE]`: prints the prefilled proposal-form URL of the idea
 * at LINE (1-based; any line of the entry), or of every idea of the file, one
 * per line. `--body` prints the issue bodies instead; so does an idea whose
 * URL would be too long for a browser, with a note on stderr; several bodies
 * are each preceded by a separator line naming the idea. `--format json`
 * prints `{"proposals":[{path, line, title, url, body, problems}]}` instead
 * (line 1-based, the idea heading; problems: what the form would reject).
 * Returns the exit code: 0, or 2 when there is no such idea; a usage or I/O
 * problem is thrown, for runCli to print (exit 2).
 */
export async function runPropose(args: string[], context: CliContext): Promise<number> {
  const { io } = context;
  let term: string | undefined;
  let body = false;
  let create = false;
  let dryRun = false;
  let config: string | undefined;
  let format = 'text';
  const lfids: Record<string, string> = {};
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitFlag(args[i]);
    if (flag === '--term' || flag === '--lfid' || flag === '--format' || flag === '--config') {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`, PROPOSE_USAGE);
      if (flag === '--term') term = value;
      else if (flag === '--config') config = value;
      else if (flag === '--format') {
        if (value !== 'text' && value !== 'json') throw new UsageError(`--format takes text or json, not "${value}"`, PROPOSE_USAGE);
        format = value;
      }
      else {
        const m = /^@?([^=\s]+)=(\S+)$/.exec(value);
        if (!m) throw new UsageError(`--lfid takes @handle=LFID, not "${value}"`, PROPOSE_USAGE);
        lfids[m[1]] = m[2];
      }
    } else if (flag === '--body') body = true;
    else if (flag === '--create') create = true;
    else if (flag === '--dry-run') dryRun = true;
    else if (flag.startsWith('--')) throw new UsageError(`unknown option ${flag}`, PROPOSE_USAGE);
    else targets.push(args[i]);
  }
  if (targets.length !== 1) throw new UsageError('propose takes one file, optionally with :LINE', PROPOSE_USAGE);
  if (dryRun && !create) throw new UsageError('--dry-run goes with --create', PROPOSE_USAGE);
  if ((create || config !== undefined) && body) throw new UsageError('--body does not go with --create', PROPOSE_USAGE);
  if (config !== undefined && !create) throw new UsageError('--config goes with --create', PROPOSE_USAGE);
  const settings = create ? loadConfig(config) : defaultSettings();
  const target = /^(.*):(\d+)$/.exec(targets[0]);
  const path = target ? target[1] : targets[0];
  const line = target ? Number(target[2]) - 1 : undefined;
  const text = readTextFile(path);
  const service = runService(context, settings);
  const catalogProblem = await service.reloadCatalog();
  if (catalogProblem) throw new Error(catalogProblem);
  const analysis = service.analyzeText(pathUri(path), text, true);
  const { doc, diagnostics } = analysis;
  // A proposal document is the issue body itself; an ideas file's entries are made into one.
  const fromDocument = doc.proposal ? documentProposal(doc, text, term ? { termChoice: term } : {}) : undefined;
  const proposals = fromDocument ? [fromDocument] : proposalsFor(doc, { catalog: service.catalog, term: resolveTerm(doc, settings), termChoice: term, lfids }, line);
  if (proposals.length === 0) {
    io.err(`mentorship-ideas: ${line === undefined ? `no idea in ${path}` : `no idea at ${path}:${line + 1}`}\n`);
    return 2;
  }
  if (create) {
    if (proposals.length > 1) throw new UsageError(`--create files one proposal, and ${path} has ${proposals.length} ideas: name the idea's line (${path}:LINE)`, PROPOSE_USAGE);
    return runCreate({ path, proposal: proposals[0], problems: proposalProblems(proposals[0], doc, diagnostics), service, dryRun, format }, context);
  }
  if (format === 'json') {
    const json = proposals.map((p) => ({ path, line: p.line + 1, title: p.title, url: p.url, body: p.body, problems: proposalProblems(p, doc, diagnostics) }));
    io.out(JSON.stringify({ proposals: json }, null, 2) + '\n');
    return 0;
  }
  const separate = proposals.length > 1;
  for (const p of proposals) {
    const asBody = body || p.tooLong;
    if (!body && p.tooLong) io.err(`mentorship-ideas: the prefilled URL for "${p.idea}" is ${p.url.length} characters, over the ${MAX_URL_LENGTH} a browser takes: printing the issue body to paste into the form instead\n`);
    if (asBody && separate) io.out(`${BODY_SEPARATOR} ${p.idea} (${path}:${p.line + 1}) ${BODY_SEPARATOR}\n`);
    io.out((asBody ? p.body : p.url) + '\n');
  }
  if (proposals.some((p) => !p.termKnown)) io.err('mentorship-ideas: the term is not known from the path or a "# Term" heading: pass --term "YYYY Term N"\n');
  const missing = [...new Set(proposals.flatMap((p) => p.missingLfids.map((m) => (m.handle ? '@' + m.handle : m.name))))];
  if (missing.length > 0) io.err(`mentorship-ideas: no LFID for ${missing.join(', ')}: the form needs one per mentor (--lfid @handle=LFID)\n`);
  return 0;
}
