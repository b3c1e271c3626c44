import { env, window, type ExtensionContext, type Uri } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ServerCommand, type ProposeOptions, type ProposeResult } from '../../server/src/protocol';
import { activeMarkdownEditor, interceptCommands } from './commandMiddleware';
import { askMissingLfids, LFIDS_KEY } from './lfids';

const PROPOSE = ServerCommand.proposeOnGitHub;
const COPY = ServerCommand.copyAsProposal;
const BLANK_FORM = 'https://github.com/cncf/mentoring/issues/new?template=lfx-program-proposal.yml';

const PROPOSE_ANYWAY = 'Propose anyway';

type Proposal = ProposeResult['proposals'][number];

/**
 * "Propose on GitHub" and "Copy as proposal". The language client registers
 * both commands, since the server announces them; through the client's
 * executeCommand middleware this adds what only the editor can do: take the
 * idea under the cursor; refuse an accepted program; for a proposal, list
 * its errors and ask before going on; ask for a term the form offers when
 * the file's is unknown or not offered, and for the mentors' missing LFIDs
 * (remembered per handle); then open the prefilled form in the browser, or
 * put the issue body on the clipboard. Escape on any of these cancels.
 */
export function registerProposalCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  interceptCommands(context, client, new Set([PROPOSE, COPY]), (command, args, next) => propose(context, command, args, (a) => next(a) as Promise<ProposeResult | undefined>));
}

async function propose(context: ExtensionContext, command: string, args: unknown[], ask: (args: unknown[]) => Promise<ProposeResult | undefined>): Promise<Proposal | undefined> {
  // From a code lens: `[uri, line]`; from the palette: the cursor's idea.
  let uri = typeof args[0] === 'string' ? args[0] : undefined;
  let line = typeof args[1] === 'number' ? args[1] : undefined;
  if (!uri) {
    const editor = activeMarkdownEditor('Open a project ideas file and put the cursor in an idea to propose it.');
    if (!editor) return undefined;
    uri = editor.document.uri.toString();
    line = editor.selection.active.line;
  }
  const lfids = context.globalState.get<Record<string, string>>(LFIDS_KEY, {});
  let term: string | undefined;
  const run = () => {
    const options: ProposeOptions = { lfids, term, open: false };
    return ask([uri, line, options]);
  };

  let result = await run();
  let proposal = result?.proposals[0];
  if (!result || !proposal) {
    void window.showInformationMessage('Put the cursor in an idea (a #### entry) to propose it.');
    return undefined;
  }
  if (proposal.accepted) {
    void window.showInformationMessage(`"${proposal.idea}" is already an accepted LFX program (${proposal.accepted}): there is nothing to propose.`);
    return undefined;
  }
  if (command === PROPOSE && proposal.problems.length > 0) {
    const n = proposal.problems.length;
    const go = await window.showWarningMessage(
      `"${proposal.idea}" has ${n === 1 ? 'a problem' : `${n} problems`} the proposal form or CNCF's validation will reject. Propose it anyway?`,
      { modal: true, detail: proposal.problems.join('\n') },
      PROPOSE_ANYWAY,
    );
    if (go !== PROPOSE_ANYWAY) return undefined;
  }
  if (!proposal.termKnown || proposal.termNotOffered) {
    term = await pickTerm(result, proposal);
    if (!term) return undefined;
  }
  const asked = await askMissingLfids(context, proposal.missingLfids, lfids, 'The mentor\'s LF username (openprofile.dev, "Public profile URL"). Leave it empty to add it to the issue later.');
  if (asked === undefined) return undefined;
  if (asked || term) {
    result = await run();
    proposal = result?.proposals[0] ?? proposal;
  }

  if (command === COPY) {
    await env.clipboard.writeText(proposal.body);
    void window.showInformationMessage(`The proposal for "${proposal.idea}" is on the clipboard, as the issue form would write it.`);
    return proposal;
  }
  if (proposal.tooLong) {
    await env.clipboard.writeText(proposal.body);
    const open = await window.showInformationMessage(
      `The prefilled link for "${proposal.idea}" would be ${proposal.url.length} characters, too long for a browser, so its issue body is on the clipboard instead: open the form and paste it.`,
      'Open the form',
    );
    // VS Code re-encodes a Uri's query; given as a string the URL is opened as it is.
    if (open) await env.openExternal(BLANK_FORM as unknown as Uri);
    return proposal;
  }
  await env.openExternal(proposal.url as unknown as Uri);
  return proposal;
}

/** One of the form's Term options (its dropdown takes no other), or undefined when the user cancels. */
async function pickTerm(result: ProposeResult, proposal: Proposal): Promise<string | undefined> {
  const form = result.formPath ?? 'the bundled proposal form';
  if (result.termOptions.length === 0) {
    void window.showErrorMessage(`The proposal form (${form}) offers no term to propose for.`);
    return undefined;
  }
  const title = proposal.termNotOffered
    ? `"${proposal.idea}" is for ${proposal.termNotOffered}, which the proposal form does not offer`
    : `The file does not say which term "${proposal.idea}" is for`;
  return window.showQuickPick(result.termOptions, { title, placeHolder: `Pick a term the form offers (${form}), or press Escape to cancel`, ignoreFocusOut: true });
}
