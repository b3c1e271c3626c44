import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { Diagnostic } from '../analysis/diagnostic';
import type { Range, TextEdit } from '../model/types';
import { FIX_ALL_KIND } from '../protocol';
import type { OpenIdeasFile } from './documents';

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Quick fixes for the diagnostics at `range`, from the current analysis (never from a stale client copy). */
export function quickFixes(uri: string, diagnostics: Diagnostic[], range: Range): CodeAction[] {
  return diagnostics
    .filter((d) => (d.data?.fix || d.data?.alternatives) && overlaps(d.range, range))
    .flatMap((d) =>
      [...(d.data!.fix ? [d.data!.fix] : []), ...(d.data!.alternatives ?? [])].map((fix) => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d as LspDiagnostic],
        isPreferred: fix.preferred ?? false,
        edit: { changes: { [uri]: fix.edits } },
      })),
    );
}

/** Every fix of the document whose edits do not collide with an earlier one. */
export function fixAll(uri: string, diagnostics: Diagnostic[]): CodeAction | undefined {
  const taken: TextEdit[] = [];
  for (const d of diagnostics) {
    const edits = d.data?.fix?.edits;
    if (!edits) continue;
    const collides = edits.some((e) => taken.some((t) => overlaps(t.range, e.range) && !(isEmpty(t.range) && isEmpty(e.range))));
    if (!collides) taken.push(...edits);
  }
  if (taken.length === 0) return undefined;
  return { title: 'Fix all auto-fixable problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: taken } } };
}

function isEmpty(r: Range): boolean {
  return r.start.line === r.end.line && r.start.character === r.end.character;
}

/** The code actions at `range`: its quick fixes and "Fix all", or those of the kinds in `only`. */
export function codeActions(file: OpenIdeasFile, range: Range, only?: string[]): CodeAction[] {
  const { uri } = file.document;
  const diagnostics = file.analysis.diagnostics;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(uri, diagnostics, range));
  if (wants(FIX_ALL_KIND)) {
    const all = fixAll(uri, diagnostics);
    if (all) actions.push(all);
  }
  return actions;
}
