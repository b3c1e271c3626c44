import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic } from '../analysis/analyzer';
import type { Range } from '../model/types';
import type { TextEdit } from '../rules/rule';
import type { Feature } from '../serverContext';
import { conversionActions } from './conversionActions';

export const FIX_ALL_KIND = CodeActionKind.SourceFixAll + '.mentorship-ideas';

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

export const codeActionFeature: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.Refactor] } }),
  register(ctx) {
    ctx.connection.onCodeAction((params) => {
      const file = ctx.ideasFile(params.textDocument.uri);
      if (!file) return [];
      const { uri } = file.document;
      const diagnostics = file.analysis.diagnostics;
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
      const actions: CodeAction[] = [];
      if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(uri, diagnostics, params.range));
      if (wants(FIX_ALL_KIND)) {
        const all = fixAll(uri, diagnostics);
        if (all) actions.push(all);
      }
      if (wants(CodeActionKind.Refactor)) actions.push(...conversionActions(uri, file.analysis, params.range.start.line));
      return actions;
    });
  },
};
