import { Disposable, env, window, type ExtensionContext, type Uri } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

const PROPOSE = 'mentorshipIdeas.proposeOnGitHub';
const COPY = 'mentorshipIdeas.copyAsProposal';
/** LFIDs the user entered, by lower-cased GitHub handle, kept across sessions. */
export const LFIDS_KEY = 'mentorshipIdeas.lfids';
const BLANK_FORM = 'https://github.com/cncf/mentoring/issues/new?template=lfx-program-proposal.yml';

/** What the server answers (server/src/features/proposeCommands.ts). */
interface Proposal {
  idea: string;
  url: string;
  body: string;
  tooLong: boolean;
  termKnown: boolean;
  missingLfids: { name: string; handle?: string }[];
}
interface ProposeResult {
  proposals: Proposal[];
  termOptions: string[];
}

/**
 * "Propose on GitHub" and "Copy as proposal". The language client registers
 * both commands, since the server announces them; through the client's
 * executeCommand middleware this adds what only the editor can do: take the
 * idea under the cursor, ask for the term when the file does not tell it and
 * for the mentors' missing LFIDs (remembered per handle), then open the
 * prefilled form in the browser, or put the issue body on the clipboard.
 */
export function registerProposalCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  const middleware = client.middleware;
  const previous = middleware.executeCommand;
  middleware.executeCommand = async (command, args, next) => {
    if (command !== PROPOSE && command !== COPY) return previous ? previous(command, args, next) : next(command, args);
    try {
      return await propose(context, command, args, (a) => next(command, a) as Promise<ProposeResult | undefined>);
    } catch (e) {
      void window.showErrorMessage(`CNCF Mentorship Ideas: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  };
  context.subscriptions.push(
    new Disposable(() => {
      middleware.executeCommand = previous;
    }),
  );
}

async function propose(context: ExtensionContext, command: string, args: unknown[], ask: (args: unknown[]) => Promise<ProposeResult | undefined>): Promise<Proposal | undefined> {
  // From a code lens: `[uri, line]`; from the palette: the cursor's idea.
  let uri = typeof args[0] === 'string' ? args[0] : undefined;
  let line = typeof args[1] === 'number' ? args[1] : undefined;
  if (!uri) {
    const editor = window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void window.showInformationMessage('Open a project ideas file and put the cursor in an idea to propose it.');
      return undefined;
    }
    uri = editor.document.uri.toString();
    line = editor.selection.active.line;
  }
  const lfids = context.globalState.get<Record<string, string>>(LFIDS_KEY, {});
  let term: string | undefined;
  const run = () => ask([uri, line, { lfids, term, open: false }]);

  let result = await run();
  let proposal = result?.proposals[0];
  if (!result || !proposal) {
    void window.showInformationMessage('Put the cursor in an idea (a #### entry) to propose it.');
    return undefined;
  }
  if (!proposal.termKnown) {
    term = await pickTerm(result.termOptions);
    if (!term) return undefined;
  }
  let asked = false;
  for (const mentor of proposal.missingLfids) {
    if (!mentor.handle) continue;
    const lfid = await window.showInputBox({
      title: `LFID of ${mentor.name} (@${mentor.handle})`,
      prompt: 'The mentor\'s LF username (openprofile.dev, "Public profile URL"). Leave it empty to add it to the issue later.',
      ignoreFocusOut: true,
      validateInput: (v) => (/[\s@/]/.test(v.trim()) ? 'An LFID is one word, without spaces, @ or /' : undefined),
    });
    if (lfid === undefined) break;
    if (lfid.trim()) {
      lfids[mentor.handle.toLowerCase()] = lfid.trim();
      asked = true;
    }
  }
  if (asked) await context.globalState.update(LFIDS_KEY, lfids);
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

export async function pickTerm(options: string[]): Promise<string | undefined> {
  const other = 'Another term…';
  const picked = await window.showQuickPick([...options, other], { title: 'Term of the proposal', placeHolder: 'The file does not say which term it is for' });
  if (picked !== other) return picked;
  return window.showInputBox({
    title: 'Term of the proposal',
    prompt: 'e.g. 2027 Term 1',
    ignoreFocusOut: true,
    validateInput: (v) => (/^\s*20\d\d\s*term\s*0?[1-3]\b/i.test(v) ? undefined : 'Write it as YYYY Term N, e.g. 2027 Term 1'),
  });
}
