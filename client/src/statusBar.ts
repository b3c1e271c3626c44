import { authentication, DiagnosticSeverity, Disposable, languages, MarkdownString, StatusBarAlignment, window, type StatusBarItem, type TextEditor } from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { ClientCommand, DIAGNOSTIC_SOURCE, FILE_SUMMARY_REQUEST, type FileSummary, type FileSummaryParams } from '../../server/src/protocol';

const UPDATE_DELAY_MS = 150;

/** The GitHub account VS Code has given this extension, asked without prompting; undefined when there is none. */
async function gitHubAccountLabel(): Promise<string | undefined> {
  try {
    const session = await authentication.getSession('github', [], { silent: true });
    return session?.account.label;
  } catch {
    // no GitHub authentication provider in this editor (some VS Code forks)
    return undefined;
  }
}

/**
 * The status bar item of an ideas file: its ideas count, its problems from
 * this extension, and whether GitHub is signed in. Hidden on other files.
 */
export class IdeasStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor(private readonly client: BaseLanguageClient) {
    this.item = window.createStatusBarItem('mentorshipIdeas.status', StatusBarAlignment.Left, 10);
    this.item.name = 'CNCF Mentorship Ideas';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      this.item,
      window.onDidChangeActiveTextEditor(() => this.scheduleUpdate()),
      languages.onDidChangeDiagnostics((e) => {
        const uri = window.activeTextEditor?.document.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.scheduleUpdate();
      }),
      authentication.onDidChangeSessions((e) => {
        if (e.provider.id === 'github') this.scheduleUpdate();
      }),
      client.onDidChangeState(() => this.scheduleUpdate()),
    );
    this.scheduleUpdate();
  }

  scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const editor = window.activeTextEditor;
    const summary = await this.summaryOf(editor);
    if (generation !== this.generation) return;
    if (!editor || !summary?.ideasFile) {
      this.item.hide();
      return;
    }
    // Hints (an entry being written) are not problems, as the Problems panel does not count them.
    const problems = languages.getDiagnostics(editor.document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && d.severity !== DiagnosticSeverity.Hint).length;
    const account = await gitHubAccountLabel();
    if (generation !== this.generation) return;
    const ideas = `${summary.ideas} idea${summary.ideas === 1 ? '' : 's'}`;
    const problemsText = `${problems} problem${problems === 1 ? '' : 's'}`;
    const kind = summary.kindName ? `${summary.kindName} · ` : '';
    this.item.text = `$(mortar-board) ${kind}${ideas} · ${problemsText} · $(github) ${account ?? 'not signed in'}`;
    const tooltip = new MarkdownString(
      [
        `**CNCF Mentorship Ideas**`,
        '',
        `${summary.kindName ? `${summary.kindName}: ` : ''}${summary.projects} project${summary.projects === 1 ? '' : 's'}, ${ideas}, ${problemsText}.`,
        '',
        account
          ? `GitHub: signed in as ${account}.`
          : `GitHub: not signed in; [sign in](command:${ClientCommand.signInToGitHub}) for private repositories' issues and a higher rate limit.`,
        '',
        `[Show problems](command:workbench.actions.view.problems) · [Show output](command:${ClientCommand.showOutput}) · [Restart server](command:${ClientCommand.restartServer})`,
      ].join('\n'),
    );
    tooltip.isTrusted = { enabledCommands: ['workbench.actions.view.problems', ClientCommand.showOutput, ClientCommand.restartServer, ClientCommand.signInToGitHub] };
    this.item.tooltip = tooltip;
    this.item.show();
  }

  private async summaryOf(editor: TextEditor | undefined): Promise<FileSummary | undefined> {
    if (!editor || editor.document.languageId !== 'markdown' || this.client.state !== State.Running) return undefined;
    const params: FileSummaryParams = { uri: this.client.code2ProtocolConverter.asUri(editor.document.uri) };
    try {
      return await this.client.sendRequest<FileSummary>(FILE_SUMMARY_REQUEST, params);
    } catch {
      // the server is restarting; the state change schedules another update
      return undefined;
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    Disposable.from(...this.subscriptions).dispose();
  }
}
