import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableNextLineEdit } from '../analysis/controlComments';
import type { Diagnostic, Fix } from '../analysis/diagnostic';
import type { Range, TextEdit } from '../model/types';
import { FIX_ALL_KIND } from '../protocol';
import { conversionActions } from './conversionActions';
import type { OpenIdeasFile } from './documents';

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export interface QuickFixOptions {
  /** The client applies LSP 3.18 snippet edits (`workspace.workspaceEdit.snippetEditSupport`): a fix's snippet puts the cursor where the user writes next. */
  snippetEdits: boolean;
}

/** A fix of one edit that carries a snippet, as a snippet edit; any other fix as plain edits. */
function fixEdit(document: TextDocument, fix: Fix, options: QuickFixOptions): WorkspaceEdit {
  const [edit] = fix.edits;
  if (options.snippetEdits && fix.edits.length === 1 && edit.snippet !== undefined) {
    return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [{ range: edit.range, snippet: { kind: 'snippet', value: edit.snippet } }] }] };
  }
  return { changes: { [document.uri]: fix.edits.map(({ range, newText }) => ({ range, newText })) } };
}

/**
 * The quick fixes for the diagnostics at `range`, from the current analysis
 * (never from a stale client copy): each diagnostic's fixes, then "Fix all
 * <rule> problems in this file" when that rule has more than one fix in the
 * file, then "Disable <rule> for this line".
 */
export function quickFixes(document: TextDocument, diagnostics: Diagnostic[], range: Range, options: QuickFixOptions = { snippetEdits: false }): CodeAction[] {
  const actions: CodeAction[] = [];
  const fixAllOffered = new Set<string>();
  const disableOffered = new Set<string>();
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const lineText = (line: number) => document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
  for (const d of diagnostics) {
    if (!overlaps(d.range, range)) continue;
    const fixes = [...(d.data?.fix ? [d.data.fix] : []), ...(d.data?.alternatives ?? [])];
    for (const fix of fixes) {
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d as LspDiagnostic], isPreferred: fix.preferred ?? false, edit: fixEdit(document, fix, options) });
    }
    if (d.data?.fix && !fixAllOffered.has(d.code)) {
      fixAllOffered.add(d.code);
      const all = fixAll(document.uri, diagnostics, d.code);
      if (all && all.diagnostics!.length > 1) actions.push(all);
    }
    const line = d.range.start.line;
    if (!disableOffered.has(`${d.code} ${line}`)) {
      disableOffered.add(`${d.code} ${line}`);
      actions.push({
        title: `Disable ${d.code} for this line`,
        kind: CodeActionKind.QuickFix,
        isPreferred: false,
        diagnostics: [d as LspDiagnostic],
        edit: { changes: { [document.uri]: [disableNextLineEdit(lineText, line, d.code, eol)] } },
      });
    }
  }
  return actions;
}

/**
 * Every fix of the document (of rule `code` only, when given) whose edits do
 * not collide with an earlier one: the source action "Fix all auto-fixable
 * problems", or the quick fix "Fix all <code> problems in this file".
 */
export function fixAll(uri: string, diagnostics: Diagnostic[], code?: string): CodeAction | undefined {
  const taken: TextEdit[] = [];
  const fixed: Diagnostic[] = [];
  for (const d of diagnostics) {
    const edits = d.data?.fix?.edits;
    if (!edits || (code !== undefined && d.code !== code)) continue;
    const collides = edits.some((e) => taken.some((t) => overlaps(t.range, e.range) && !(isEmpty(t.range) && isEmpty(e.range))));
    if (collides) continue;
    taken.push(...edits.map(({ range, newText }) => ({ range, newText })));
    fixed.push(d);
  }
  if (taken.length === 0) return undefined;
  const edit = { changes: { [uri]: taken } };
  if (code === undefined) return { title: 'Fix all auto-fixable problems', kind: FIX_ALL_KIND, edit };
  return { title: `Fix all ${code} problems in this file`, kind: CodeActionKind.QuickFix, isPreferred: false, diagnostics: fixed as LspDiagnostic[], edit };
}

function isEmpty(r: Range): boolean {
  return r.start.line === r.end.line && r.start.character === r.end.character;
}

/**
 * The code actions at `range`: its quick fixes and "Fix all", or those of
 * the kinds in `only`. `diagnostics` are the file's as published (the
 * asynchronous rules' included, which can be disabled too); "Fix all" fixes
 * the analysis's.
 */
export function codeActions(file: OpenIdeasFile, diagnostics: Diagnostic[], range: Range, only: string[] | undefined, options: QuickFixOptions): CodeAction[] {
  const { document } = file;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(document, diagnostics, range, options));
  if (wants(FIX_ALL_KIND)) {
    const all = fixAll(document.uri, file.analysis.diagnostics);
    if (all) actions.push(all);
  }
  if (wants(CodeActionKind.Refactor)) actions.push(...conversionActions(document.uri, file.analysis, range.start.line));
  return actions;
}
