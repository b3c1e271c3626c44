import { env, ProgressLocation, window, type ExtensionContext, type Uri } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ServerCommand, type FileProposalResult } from '../../server/src/protocol';
import { ensureGitHubWrite } from './gitHubWrite';
import { activeMarkdownEditor, interceptCommands } from './commandMiddleware';
import { askMissingLfids, LFIDS_KEY } from './lfids';

/**
 * "File Proposal Issue": the server announces the command, so the language
 * client registers it; through the executeCommand middleware this adds the
 * editor's part: the idea under the cursor, the term and the mentors' LFIDs
 * when missing, the problems CNCF would reject (then nothing is filed), a
 * confirmation naming the title and repository, the `public_repo` sign-in,
 * and opening the filed issue.
 */
export function registerFileProposalCommand(context: ExtensionContext, client: BaseLanguageClient): void {
  interceptCommands(context, client, new Set<string>([ServerCommand.fileProposalIssue]), (_command, args, next) => fileProposal(context, client, args, (a) => next(a) as Promise<FileProposalResult | undefined>));
}

async function fileProposal(context: ExtensionContext, client: BaseLanguageClient, args: unknown[], ask: (args: unknown[]) => Promise<FileProposalResult | undefined>): Promise<FileProposalResult | undefined> {
  let uri = typeof args[0] === 'string' ? args[0] : undefined;
  let line = typeof args[1] === 'number' ? args[1] : undefined;
  if (!uri) {
    const editor = activeMarkdownEditor('Open a project ideas file and put the cursor in an idea to file it as a proposal issue.');
    if (!editor) return undefined;
    uri = editor.document.uri.toString();
    line = editor.selection.active.line;
  }
  const lfids = context.globalState.get<Record<string, string>>(LFIDS_KEY, {});
  let term: string | undefined;
  let plan = await ask([uri, line, { lfids, term }]);
  if (!plan?.idea) {
    void window.showInformationMessage('Put the cursor in an idea (a #### entry) to file it as a proposal issue.');
    return undefined;
  }
  if (!plan.termKnown) {
    term = await window.showQuickPick([...plan.termOptions], { title: `The file does not say which term "${plan.idea}" is for`, placeHolder: 'Pick a term the proposal form offers, or press Escape to cancel', ignoreFocusOut: true });
    if (!term) return undefined;
  }
  const asked = await askMissingLfids(context, plan.missingLfids, lfids, 'The mentor\'s LF username (openprofile.dev): CNCF\'s validation needs one per mentor.');
  if (asked === undefined) return undefined;
  if (asked || term) plan = (await ask([uri, line, { lfids, term }])) ?? plan;
  if (plan.problems.length > 0) {
    void window.showErrorMessage(
      `Not filed: CNCF's validation would reject "${plan.idea}": ${plan.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`,
      { modal: true },
    );
    return plan;
  }
  const confirm = await window.showInformationMessage(`File "${plan.title}" as an issue in ${plan.repository}?`, { modal: true, detail: 'CNCF\'s bot validates it once it is filed. Filing again later finds this issue instead of filing a second one.' }, 'File Issue');
  if (confirm !== 'File Issue') return undefined;
  if (!(await ensureGitHubWrite(client, 'Filing the proposal'))) return undefined;
  const filed = await window.withProgress({ location: ProgressLocation.Notification, title: `Filing "${plan.title}" in ${plan.repository}…` }, () => ask([uri, line, { lfids, term, file: true, open: false }]));
  const outcome = filed?.outcome;
  if (!outcome) return filed;
  if (outcome.status === 'failed') {
    void window.showErrorMessage(`CNCF Mentorship Ideas: ${outcome.message}`);
    return filed;
  }
  const said = outcome.status === 'exists' ? `"${plan.idea}" was already filed as #${outcome.number}: not filed again.` : `Filed "${plan.idea}" as #${outcome.number} in ${plan.repository}.`;
  void window.showInformationMessage(said);
  // A string, not a Uri: VS Code would re-encode the URL.
  if (outcome.url) await env.openExternal(outcome.url as unknown as Uri);
  return filed;
}
