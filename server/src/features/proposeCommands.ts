import type { MessageActionItem } from 'vscode-languageserver';
import { acceptedProgram } from '../analysis/accepted';
import { resolveTerm } from '../analysis/term';
import { allIdeas, type Idea } from '../model/types';
import { TERM_OPTIONS } from '../proposal/form';
import { proposalsFor, type Proposal } from '../proposal/proposal';
import { workspaceFormTerms, type FormTerms } from '../proposal/workspaceForm';
import type { Feature, OpenIdeasFile, ServerContext } from '../serverContext';
import { registerCommand, uriArgument } from './commands';
import { workspaceRoots } from './workspaceCatalog';
import { documentProposal } from '../kinds/proposal/propose';

export const PROPOSE_COMMAND = 'mentorshipIdeas.proposeOnGitHub';
export const COPY_PROPOSAL_COMMAND = 'mentorshipIdeas.copyAsProposal';
const PROPOSE_ANYWAY = 'Propose anyway';

/** The third argument of both commands. */
export interface ProposeOptions {
  /** A term chosen by the user (`2026 Term 3` or a form option), used instead of the file's. */
  term?: string;
  /** LFIDs by GitHub handle. */
  lfids?: Record<string, string>;
  /** proposeOnGitHub: open the URL with window/showDocument when the client can (default true). */
  open?: boolean;
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
export function formTerms(ctx: ServerContext): FormTerms {
  try {
    return workspaceFormTerms(workspaceRoots(ctx.initializeParams)) ?? { options: TERM_OPTIONS };
  } catch (e) {
    ctx.connection.console.warn(`${e instanceof Error ? e.message : String(e)}; using the bundled proposal form's terms`);
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

/** Arguments: `[uri, line?, options?]`; the line (0-based) selects the idea holding it. */
function propose(args: unknown[], ctx: ServerContext): ProposeResult {
  const terms = formTerms(ctx);
  const base = { termOptions: terms.options, ...(terms.path ? { formPath: terms.path } : {}) };
  const uri = uriArgument(args);
  const file = uri ? ctx.ideasFile(uri) : undefined;
  if (!uri || !file) return { proposals: [], ...base };
  const line = typeof args[1] === 'number' && Number.isInteger(args[1]) ? args[1] : undefined;
  const options = readOptions(args[2]);
  const { doc } = file.analysis;
  // A proposal document is the issue body itself.
  const fromDocument = doc.proposal ? documentProposal(doc, file.document.getText(), { termChoice: options.term, termOptions: terms.options }) : undefined;
  const proposals = fromDocument
    ? [fromDocument]
    : proposalsFor(doc, { catalog: ctx.workspace.catalog, term: resolveTerm(doc, ctx.workspace.settings), termChoice: options.term, lfids: options.lfids, termOptions: terms.options }, line);
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

/** Asks with a warning's message actions; undefined when the user dismissed it (Escape). */
async function ask(ctx: ServerContext, message: string, actions: readonly string[]): Promise<string | undefined> {
  const picked = await ctx.connection.window.showWarningMessage(message, ...actions.map((title): MessageActionItem => ({ title })));
  return picked?.title;
}

/**
 * For editors other than VS Code (whose extension asks and opens the page
 * itself): settles with the user what the proposal needs, through message
 * actions, then opens the prefilled form. Dismissing any message cancels.
 */
async function openForEditor(args: unknown[], ctx: ServerContext, result: ProposeResult): Promise<ProposeResult> {
  let [proposal] = result.proposals;
  if (proposal.accepted) {
    void ctx.connection.window.showInformationMessage(`"${proposal.idea}" is already an accepted LFX program (${proposal.accepted}): there is nothing to propose.`);
    return result;
  }
  if (proposal.problems.length > 0) {
    const go = await ask(ctx, `"${proposal.idea}" has problems the proposal form or CNCF's validation will reject:\n${proposal.problems.join('\n')}`, [PROPOSE_ANYWAY]);
    if (go !== PROPOSE_ANYWAY) return result;
  }
  if (!proposal.termKnown || proposal.termNotOffered) {
    const why = proposal.termNotOffered ? `"${proposal.idea}" is for ${proposal.termNotOffered}, which the proposal form does not offer` : `The file does not say which term "${proposal.idea}" is for`;
    const term = await ask(ctx, `${why}: pick a term the form offers.`, result.termOptions);
    if (!term) return result;
    result = propose([args[0], args[1], { ...readOptions(args[2]), term }], ctx);
    proposal = result.proposals[0];
  }
  if (proposal.tooLong) {
    void ctx.connection.window.showWarningMessage(`The prefilled form for "${proposal.idea}" is ${proposal.url.length} characters, too long for a browser: use "Copy as proposal" and paste the body into the form.`);
  } else {
    await ctx.connection.window.showDocument({ uri: proposal.url, external: true });
  }
  return result;
}

export const proposeCommandsFeature: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: [PROPOSE_COMMAND, COPY_PROPOSAL_COMMAND] } }),
  register(ctx) {
    registerCommand(ctx, COPY_PROPOSAL_COMMAND, (args) => propose(args, ctx));
    registerCommand(ctx, PROPOSE_COMMAND, async (args) => {
      const result = propose(args, ctx);
      const canOpen = ctx.initializeParams.capabilities.window?.showDocument?.support;
      if (canOpen && readOptions(args[2]).open !== false && result.proposals.length === 1) return openForEditor(args, ctx, result);
      return result;
    });
  },
};
