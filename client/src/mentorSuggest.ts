import { commands, TextEditorSelectionChangeKind, window, type ExtensionContext } from 'vscode';
import snippets from '../../snippets/markdown.json';

/** The mentor name placeholder of the snippets' mentor lines (`Mentor Name`). */
const NAME_PLACEHOLDER = /\$\{\d+:([^}]*)\}/.exec(snippets['Mentor line'].body[0])![1];
/** What precedes a mentor on its line: a list marker, or the `Mentor(s):` label of an inline mentor. */
const BEFORE_MENTOR = /^[ \t]*(?:[-*+][ \t]+(?:\*\*)?Mentors?(?:\(s\))?(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*|[-*+][ \t]+)$/i;

/**
 * When a snippet's tab stop selects a mentor line's name placeholder (New
 * idea, New project, the Mentor(s) field), the suggestions open there: the
 * workspace's mentors, a chosen one replacing the whole placeholder mentor.
 * VS Code opens suggestions by itself only at a tab stop with choices.
 */
export function registerMentorSuggest(context: ExtensionContext): void {
  context.subscriptions.push(
    window.onDidChangeTextEditorSelection((e) => {
      if (e.kind === TextEditorSelectionChangeKind.Mouse || e.selections.length !== 1) return;
      const [selection] = e.selections;
      const document = e.textEditor.document;
      if (document.languageId !== 'markdown' || selection.isEmpty || !selection.isSingleLine || document.getText(selection) !== NAME_PLACEHOLDER) return;
      if (!BEFORE_MENTOR.test(document.lineAt(selection.start.line).text.slice(0, selection.start.character))) return;
      void commands.executeCommand('editor.action.triggerSuggest');
    }),
  );
}
