import { resolveTerm } from '../analysis/term';
import { TERM_OPTIONS } from '../proposal/form';
import { proposalsFor, type Proposal } from '../proposal/proposal';
import type { Feature, ServerContext } from '../serverContext';
import { registerCommand, uriArgument } from './commands';

export const PROPOSE_COMMAND = 'mentorshipIdeas.proposeOnGitHub';
export const COPY_PROPOSAL_COMMAND = 'mentorshipIdeas.copyAsProposal';

/** The third argument of both commands. */
export interface ProposeOptions {
  /** A term chosen by the user (`2026 Term 3` or a form option), used when the file does not tell it. */
  term?: string;
  /** LFIDs by GitHub handle. */
  lfids?: Record<string, string>;
  /** proposeOnGitHub: open the URL with window/showDocument when the client can (default true). */
  open?: boolean;
}

export interface ProposeResult {
  /** One per idea: the idea at the line given, or every idea of the file when no line is given. */
  proposals: Proposal[];
  /** The form's Term options, for a client to pick from when a proposal's term is unknown. */
  termOptions: readonly string[];
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

/** Arguments: `[uri, line?, options?]`; the line (0-based) selects the idea holding it. */
function propose(args: unknown[], ctx: ServerContext): ProposeResult {
  const uri = uriArgument(args);
  const file = uri ? ctx.ideasFile(uri) : undefined;
  if (!file) return { proposals: [], termOptions: TERM_OPTIONS };
  const line = typeof args[1] === 'number' && Number.isInteger(args[1]) ? args[1] : undefined;
  const options = readOptions(args[2]);
  const { doc } = file.analysis;
  const proposals = proposalsFor(
    doc,
    { catalog: ctx.workspace.catalog, term: resolveTerm(doc, ctx.workspace.settings), termChoice: options.term, lfids: options.lfids },
    line,
  );
  return { proposals, termOptions: TERM_OPTIONS };
}

export const proposeCommandsFeature: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: [PROPOSE_COMMAND, COPY_PROPOSAL_COMMAND] } }),
  register(ctx) {
    registerCommand(ctx, COPY_PROPOSAL_COMMAND, (args) => propose(args, ctx));
    registerCommand(ctx, PROPOSE_COMMAND, async (args) => {
      const result = propose(args, ctx);
      const canOpen = ctx.initializeParams.capabilities.window?.showDocument?.support;
      const [only] = result.proposals;
      // Editors other than VS Code (whose extension opens the page itself) get the page opened for one idea.
      if (canOpen && readOptions(args[2]).open !== false && result.proposals.length === 1) {
        if (only.tooLong) {
          void ctx.connection.window.showWarningMessage(`The prefilled form for "${only.idea}" is ${only.url.length} characters, too long for a browser: use "Copy as proposal" and paste the body into the form.`);
        } else {
          await ctx.connection.window.showDocument({ uri: only.url, external: true });
        }
      }
      return result;
    });
  },
};
