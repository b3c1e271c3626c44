import { resolveTerm } from '../../analysis/term';
import { parseRepository } from '../../github/proposalIssues';
import { fileIssue, issueRequest, proposalProblems } from '../../proposal/filing';
import { proposalsFor } from '../../proposal/proposal';
import type { FileProposalOptions, FileProposalResult } from '../../protocol';
import type { Services } from '../services';
import { uriArgument } from './arguments';
import type { Editor } from './editor';
import { formTerms } from './propose';

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

/**
 * `mentorshipIdeas.fileProposalIssue [uri, line, options]`: the proposal of
 * the idea at `line`, what CNCF would reject in it, and, with `file: true`
 * and nothing to reject, the issue filed once (proposal/filing.ts).
 */
export async function fileProposal(args: unknown[], services: Services, editor: Editor): Promise<FileProposalResult> {
  const { settings, github: access } = services;
  const repository = settings.github.proposalRepository;
  const termOptions = (await formTerms(services)).options;
  const empty: FileProposalResult = { idea: '', repository, title: '', body: '', problems: [], missingLfids: [], termKnown: false, termOptions };
  const uri = uriArgument(args);
  const file = uri ? services.ideasFile(uri) : undefined;
  const line = typeof args[1] === 'number' && Number.isInteger(args[1]) ? args[1] : undefined;
  if (!file || line === undefined) return empty;
  const options = readOptions(args[2]);
  const { doc, diagnostics } = file.analysis;
  const [proposal] = proposalsFor(doc, { catalog: services.catalog, term: resolveTerm(doc, settings), termChoice: options.term, lfids: options.lfids }, line);
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
  if (!options.file || result.problems.length > 0) return result;
  if (!repo) {
    result.outcome = { status: 'failed', message: `Not filed: the setting mentorshipIdeas.github.proposalRepository "${repository}" is not OWNER/NAME.` };
    return result;
  }
  const outcome = await fileIssue(access.client, repo, issueRequest(access.client, repo, proposal).body);
  if (outcome.status === 'failed') {
    result.outcome = outcome;
    return result;
  }
  result.outcome = { status: outcome.status, number: outcome.issue.number, url: outcome.issue.url, ...(outcome.status === 'created' && outcome.recovered ? { recovered: true } : {}) };
  if (options.open !== false && editor.openExternal && outcome.issue.url) await editor.openExternal(outcome.issue.url);
  return result;
}
