/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { appendAfterLine, positionAfter, suiteEditor, waitFor } from './helpers';

const PROPOSE = 'mentorshipIdeas.proposeOnGitHub';
const CLIPBOARD = 'left on the clipboard by the e2e suite';

/**
 * What the extension showed and opened, recorded by wrapping the API it
 * calls (the suite shares the extension's `vscode` module; `env` can be
 * patched in an extension test host). The browser is never opened; quick
 * picks and input boxes are the real ones, driven by the commands a key
 * press runs; a modal dialog is answered with `modalAnswer` (undefined is
 * what Escape gives).
 */
class Recorder {
  opened: string[] = [];
  modals: { message: string; detail?: string; items: string[] }[] = [];
  infos: string[] = [];
  picks: { items: readonly string[]; title?: string }[] = [];
  inputs: (string | undefined)[] = [];
  modalAnswer: string | undefined;
  private restore: (() => void)[] = [];

  install(): void {
    const env = vscode.env as { openExternal: typeof vscode.env.openExternal };
    const window = vscode.window as {
      showWarningMessage: (...args: unknown[]) => Thenable<unknown>;
      showInformationMessage: (...args: unknown[]) => Thenable<unknown>;
      showQuickPick: (...args: unknown[]) => Thenable<unknown>;
      showInputBox: (...args: unknown[]) => Thenable<unknown>;
    };
    const { openExternal } = env;
    const { showWarningMessage, showInformationMessage, showQuickPick, showInputBox } = window;
    env.openExternal = async (target) => {
      this.opened.push(target.toString());
      return true;
    };
    window.showWarningMessage = (message, ...rest) => {
      const options = rest[0] as vscode.MessageOptions | undefined;
      if (options && typeof options === 'object' && options.modal) {
        this.modals.push({ message: String(message), detail: options.detail, items: rest.slice(1) as string[] });
        return Promise.resolve(this.modalAnswer);
      }
      return showWarningMessage(message, ...rest);
    };
    window.showInformationMessage = (message, ...rest) => {
      this.infos.push(String(message));
      return showInformationMessage(message, ...rest);
    };
    window.showQuickPick = (items, options, ...rest) => {
      this.picks.push({ items: items as string[], title: (options as vscode.QuickPickOptions | undefined)?.title });
      return showQuickPick(items, options, ...rest);
    };
    window.showInputBox = (options, ...rest) => {
      this.inputs.push((options as vscode.InputBoxOptions | undefined)?.title);
      return showInputBox(options, ...rest);
    };
    this.restore = [
      () => (env.openExternal = openExternal),
      () => Object.assign(window, { showWarningMessage, showInformationMessage, showQuickPick, showInputBox }),
    ];
  }

  reset(): void {
    this.opened = [];
    this.modals = [];
    this.infos = [];
    this.picks = [];
    this.inputs = [];
    this.modalAnswer = undefined;
  }

  uninstall(): void {
    for (const r of this.restore) r();
  }
}

/** Runs the command from the palette with the cursor on the heading of `idea`; resolves when it is done. */
function proposeAt(editor: vscode.TextEditor, idea: string): Thenable<unknown> {
  const at = positionAfter(editor.document, `#### ${idea}`);
  editor.selection = new vscode.Selection(at, at);
  return vscode.commands.executeCommand(PROPOSE);
}

/** Presses Escape (closes the quick input) until `running` settles. */
async function escapeUntilDone(running: Thenable<unknown>): Promise<void> {
  let done = false;
  void Promise.resolve(running).finally(() => (done = true));
  for (let i = 0; i < 100 && !done; i++) {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.ok(done, 'the command did not end after Escape');
}

/** Presses Enter in the quick input shown `count`-th (1-based) by the recorder's `list`. */
async function enterWhenShown(list: () => unknown[], count: number, what: string): Promise<void> {
  await waitFor(what, () => list().length >= count);
  // Give the quick input a moment to take the first item or the empty value.
  await new Promise((r) => setTimeout(r, 300));
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

describe('"Propose on GitHub" as a mentor meets it', () => {
  const editor = suiteEditor('each');
  const recorder = new Recorder();
  before(() => recorder.install());
  beforeEach(async () => {
    recorder.reset();
    await vscode.env.clipboard.writeText(CLIPBOARD);
  });
  after(() => recorder.uninstall());

  it('an idea with errors: they are listed in a modal first, and cancelling it opens nothing and copies nothing', async () => {
    await proposeAt(editor(), 'Sampling strategies dashboard');
    assert.equal(recorder.modals.length, 1);
    const [modal] = recorder.modals;
    assert.match(modal.message, /^"Sampling strategies dashboard" has 2 problems the proposal form or CNCF's validation will reject\. Propose it anyway\?$/);
    assert.match(modal.detail ?? '', /has no "Expected Outcome" field/);
    assert.match(modal.detail ?? '', /The form requires Technologies/);
    assert.deepEqual(modal.items, ['Propose anyway']);
    assert.deepEqual(recorder.picks, []);
    assert.deepEqual(recorder.opened, []);
    assert.equal(await vscode.env.clipboard.readText(), CLIPBOARD);
  });

  it('a term the form does not offer is a warning and a choice of the terms it offers; Escape there cancels', async () => {
    recorder.modalAnswer = 'Propose anyway';
    const running = proposeAt(editor(), 'Trace comparison view');
    await waitFor('the term choice', () => recorder.picks.length === 1);
    assert.equal(recorder.picks[0].title, '"Trace comparison view" is for 2026 Term 1 (Mar-May), which the proposal form does not offer');
    assert.deepEqual(recorder.picks[0].items, ['2026 Term 3 (Sep-Nov)']);
    await escapeUntilDone(running);
    assert.deepEqual(recorder.inputs, []);
    assert.deepEqual(recorder.opened, []);
    assert.equal(await vscode.env.clipboard.readText(), CLIPBOARD);
  });

  it('Escape on an LFID prompt cancels; Enter on each, left empty, goes on to the prefilled form', async () => {
    recorder.modalAnswer = 'Propose anyway';
    const cancelled = proposeAt(editor(), 'Trace comparison view');
    await enterWhenShown(() => recorder.picks, 1, 'the term choice');
    await waitFor('the first LFID prompt', () => recorder.inputs.length === 1);
    assert.equal(recorder.inputs[0], 'LFID of Ada Quill (@ada-quill)');
    await escapeUntilDone(cancelled);
    assert.equal(recorder.inputs.length, 1);
    assert.deepEqual(recorder.opened, []);

    recorder.reset();
    recorder.modalAnswer = 'Propose anyway';
    const proposed = proposeAt(editor(), 'Trace comparison view');
    await enterWhenShown(() => recorder.picks, 1, 'the term choice');
    await enterWhenShown(() => recorder.inputs, 1, 'the first LFID prompt');
    await enterWhenShown(() => recorder.inputs, 2, 'the second LFID prompt');
    await proposed;
    assert.equal(recorder.opened.length, 1);
    const url = new URL(recorder.opened[0]);
    assert.equal(url.searchParams.get('term'), '2026 Term 3 (Sep-Nov)');
    assert.equal(url.searchParams.get('program_name'), 'Trace comparison view');
    assert.equal(url.searchParams.get('mentors'), 'Ada Quill | @ada-quill | ada.quill@example.org |\nBram Okafor | @bram-okafor | bram.okafor@example.org |');
  });

  it('an accepted program (it has an LFX URL) has no Propose lens, and the command says why and opens nothing', async () => {
    await appendAfterLine(editor(), '- Upstream Issue: https://github.com/falcosecurity/falco/issues/3131', '\n- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/3f2a9c1e');
    const lines = () => editor().document.getText().split('\n');
    const proposeLensesOn = async (heading: string) => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor().document.uri);
      return lenses.filter((l) => l.range.start.line === lines().indexOf(heading) && l.command?.title === 'Propose on GitHub').length;
    };
    await waitFor('the Propose lens gone from the accepted program', async () => (await proposeLensesOn('#### Rule linter for the plugin registry')) === 0);
    assert.equal(await proposeLensesOn('#### Trace comparison view'), 1);
    await proposeAt(editor(), 'Rule linter for the plugin registry');
    const why = '"Rule linter for the plugin registry" is already an accepted LFX program (it has an LFX URL): there is nothing to propose.';
    assert.ok(recorder.infos.includes(why), JSON.stringify(recorder.infos));
    assert.deepEqual(recorder.modals, []);
    assert.deepEqual(recorder.opened, []);
  });
});
