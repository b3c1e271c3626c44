import type { IdeasDocument } from '../model/types';

/**
 * `<!-- mentorship-ideas-disable RULE, RULE -->` until `<!-- mentorship-ideas-enable -->`,
 * and `<!-- mentorship-ideas-disable-next-line RULE -->`, as markdownlint's
 * comments work. No rule named means every rule.
 */
export function isDisabled(doc: IdeasDocument, code: string, line: number): boolean {
  let disabled = false;
  for (const c of doc.controlComments) {
    if (c.line > line) break;
    const applies = c.rules.length === 0 || c.rules.includes(code);
    if (!applies) continue;
    if (c.kind === 'disable') disabled = true;
    else if (c.kind === 'enable') disabled = false;
    else if (c.kind === 'disable-next-line' && c.line === line - 1) return true;
  }
  return disabled;
}
