import { CONTROL_COMMENT_LINE } from '../model/parseSection';
import type { IdeasDocument, Range } from '../model/types';

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

const DISABLE_NEXT_LINE = /<!--\s*mentorship-ideas-disable-next-line\b([^>]*?)\s*-->/;

/**
 * The edit that turns `code` off for line `line` (0-based) of a text whose
 * lines `lineText` reads: the rule is added to a
 * `<!-- mentorship-ideas-disable-next-line ... -->` comment standing on the
 * line above, or such a comment is inserted above the line, indented as the
 * line is so that it stays inside a list.
 */
export function disableNextLineEdit(lineText: (line: number) => string, line: number, code: string, eol: string): { range: Range; newText: string } {
  const above = line > 0 ? lineText(line - 1) : '';
  const existing = CONTROL_COMMENT_LINE.test(above) ? DISABLE_NEXT_LINE.exec(above) : null;
  if (existing && existing[1].trim()) {
    const at = existing.index + existing[0].search(/\s*-->$/);
    const position = { line: line - 1, character: at };
    return { range: { start: position, end: position }, newText: ` ${code}` };
  }
  const indent = /^[ \t]*/.exec(lineText(line))![0];
  const start = { line, character: 0 };
  return { range: { start, end: start }, newText: `${indent}<!-- mentorship-ideas-disable-next-line ${code} -->${eol}` };
}
