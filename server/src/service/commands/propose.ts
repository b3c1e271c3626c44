import { acceptedProgram } from '../../analysis/accepted';
import { resolveTerm } from '../../analysis/term';
import { allIdeas, type Idea } from '../../model/types';
import { TERM_OPTIONS } from '../../proposal/form';
import { proposalsFor } from '../../proposal/proposal';
import { workspaceFormTerms, type FormTerms } from '../../proposal/workspaceForm';
import { documentProposal } from '../../kinds/proposal/propose';
import type { Proposal, ProposalCheck, ProposeOptions, ProposeResult } from '../../protocol';
import type { OpenIdeasFile } from '../documents';
import type { Services } from '../services';
import { uriArgument } from './arguments';
import type { Editor } from './editor';

type ProposeServices = Pick<Services, 'ideasFile' | 'catalog' | 'settings' | 'files' | 'workspaceFolders' | 'logger'>;

const PROPOSE_ANYWAY = 'Propose anyway';

function readOptions(value: unknown): ProposeOptions {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const options: ProposeOptions = {};
  if (typeof v.term === 'string') options.term = v.term;
  if (v.lfids && typeof v.lfids === 'object') {
    options.lfids = Object.fromEntries(Object.entries(v.lfids).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
  if (typeof v.open === 'boolean') options.open = v.open;
  return options;
}

/** The Term options of the workspace's copy of the form, else of the bundled one; a broken copy is said in the log. */
export async function formTerms(services: Pick<Services, 'files' | 'workspaceFolders' | 'logger'>): Promise<FormTerms> {
  try {
    return (await workspaceFormTerms(services.files, services.workspaceFolders)) ?? { options: TERM_OPTIONS };
  } catch (e) {
    services.logger.warn(`${e instanceof Error ? e.message : String(e)}; using the bundled proposal form's terms`);
    return { options: TERM_OPTIONS };
  }
}

/** The idea's errors, as the editor shows them, and a Technologies missing that the form requires. */
function problemsOf(file: OpenIdeasFile, idea: Idea, proposal: Proposal): string[] {
  const { start, end } = idea.range;
  const errors = file.analysis.diagnostics
    .filter((d) => d.severity === 1 && d.range.start.line >= start.line && d.range.start.line <= end.line)
    .map((d) => `Line ${d.range.start.line + 1}: ${d.message} (${d.code})`);
  if (!idea.fields.some((f) => f.label === 'Technologies' && f.value.trim())) {
    errors.push(
      proposal.fields.technologies
        ? 'The form requires Technologies and the entry has no "Technologies" field: its Recommended Skills would be filed there'
        : 'The form requires Technologies and the entry has neither "Technologies" nor "Recommended Skills"',
    );
  }
  return errors;
}

/** copyAsProposal: the proposals (URL and issue body) of the idea at the line, or of every idea, with what to settle before filing each. Arguments: `[uri, line?, options?]`. */
export async function copyAsProposal(args: unknown[], services: ProposeServices): Promise<ProposeResult> {
  const terms = await formTerms(services);
  const base = { termOptions: terms.options, ...(terms.path ? { formPath: terms.path } : {}) };
  const uri = uriArgument(args);
  const file = uri ? services.ideasFile(uri) : undefined;
  if (!uri || !file) return { proposals: [], ...base };
  const line = typeof args[1] === 'number' && Number.isInteger(args[1]) ? args[1] : undefined;
  const options = readOptions(args[2]);
  const { doc } = file.analysis;
  // A proposal document is the issue body itself.
  const fromDocument = doc.proposal ? documentProposal(doc, file.document.getText(), { termChoice: options.term, termOptions: terms.options }) : undefined;
  const proposals = fromDocument
    ? [fromDocument]
    : proposalsFor(doc, { catalog: services.catalog, term: resolveTerm(doc, services.settings), termChoice: options.term, lfids: options.lfids, termOptions: terms.options }, line);
  const ideas = allIdeas(doc);
  return {
    proposals: proposals.map((p): ProposalCheck => {
      const idea = ideas.find((i) => i.headingRange.start.line === p.line)!;
      const accepted = acceptedProgram(uri, idea);
      return {
        ...p,
        ...(accepted ? { accepted } : {}),
        problems: problemsOf(file, idea, p),
        ...(p.termKnown && !terms.options.includes(p.fields.term) ? { termNotOffered: p.fields.term } : {}),
      };
    }),
    ...base,
  };
}

/**
 * proposeOnGitHub: as copyAsProposal. An editor that can open a page (not
 * VS Code, whose extension asks and opens the page itself) settles with the
 * user what the proposal of a single idea needs, through message actions,
 * then gets the prefilled form opened. Dismissing any message cancels.
 */
export async function proposeOnGitHub(args: unknown[], services: ProposeServices, editor: Editor): Promise<ProposeResult> {
  let result = await copyAsProposal(args, services);
  if (!editor.openExternal || readOptions(args[2]).open === false || result.proposals.length !== 1) return result;
  let [proposal] = result.proposals;
  if (proposal.accepted) {
    editor.showMessage('info', `"${proposal.idea}" is already an accepted LFX program (${proposal.accepted}): there is nothing to propose.`);
    return result;
  }
  if (proposal.problems.length > 0) {
    const go = await editor.ask(`"${proposal.idea}" has problems the proposal form or CNCF's validation will reject:\n${proposal.problems.join('\n')}`, [PROPOSE_ANYWAY]);
    if (go !== PROPOSE_ANYWAY) return result;
  }
  if (!proposal.termKnown || proposal.termNotOffered) {
    const why = proposal.termNotOffered ? `"${proposal.idea}" is for ${proposal.termNotOffered}, which the proposal form does not offer` : `The file does not say which term "${proposal.idea}" is for`;
    const term = await editor.ask(`${why}: pick a term the form offers.`, result.termOptions);
    if (!term) return result;
    result = await copyAsProposal([args[0], args[1], { ...readOptions(args[2]), term }], services);
    proposal = result.proposals[0];
  }
  if (proposal.tooLong) {
    editor.showMessage('warning', `The prefilled form for "${proposal.idea}" is ${proposal.url.length} characters, too long for a browser: use "Copy as proposal" and paste the body into the form.`);
  } else {
    await editor.openExternal(proposal.url);
  }
  return result;
}
