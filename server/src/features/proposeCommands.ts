import { resolveTerm } from '../analysis/term';
import { TERM_OPTIONS } from '../proposal/form';
import { proposalsFor } from '../proposal/proposal';
import { ServerCommand, type ProposeOptions, type ProposeResult } from '../protocol';
import type { Feature, ServerContext } from '../serverContext';
import { registerCommand, uriArgument } from './commands';

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
  capabilities: () => ({ executeCommandProvider: { commands: [ServerCommand.proposeOnGitHub, ServerCommand.copyAsProposal] } }),
  register(ctx) {
    registerCommand(ctx, ServerCommand.copyAsProposal, (args) => propose(args, ctx));
    registerCommand(ctx, ServerCommand.proposeOnGitHub, async (args) => {
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
