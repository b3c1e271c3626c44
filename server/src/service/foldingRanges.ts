import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { IdeasDocument, Range } from '../model/types';
import { allIdeas } from '../model/types';

/** Folds projects, ideas, multi-line fields, the template block and the table of contents. */
export function foldingRanges(doc: IdeasDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (r: Range, kind?: FoldingRangeKind) => {
    if (r.end.line > r.start.line) out.push({ startLine: r.start.line, endLine: r.end.line, ...(kind ? { kind } : {}) });
  };
  for (const p of doc.projects) add(p.range);
  for (const idea of allIdeas(doc)) {
    add(idea.range);
    for (const f of idea.fields) add(f.range);
  }
  if (doc.template) add(doc.template);
  if (doc.toc) add(doc.toc.range, FoldingRangeKind.Region);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
