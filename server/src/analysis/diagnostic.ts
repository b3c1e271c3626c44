import type { Range, TextEdit } from '../model/types';
import { DIAGNOSTIC_SOURCE } from '../protocol';

/** How a rule's problems are shown; `off` (in the settings) is not one. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** LSP's DiagnosticSeverity of each severity. */
export const SEVERITY_NUMBER: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, info: 3, hint: 4 };

/** Where each rule's page is: the code and `.md` follow. */
export const RULES_DOC_BASE = 'https://github.com/mentorship-ideas/mentorship-ideas/blob/main/docs/rules/';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one obvious fix: offered as the preferred quick fix. */
  preferred?: boolean;
}

/** An LSP diagnostic; the CLI prints the same objects. */
export interface Diagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: string;
  source: string;
  message: string;
  codeDescription: { href: string };
  /** `part`: what the problem is about in the entry (rules/helpers/entryParts.ts), for freshEntries.ts; `field`: a proposal's form field. */
  data?: { fix?: Fix; alternatives?: Fix[]; part?: string; field?: string };
}

/** A rule's problem as a diagnostic of the given severity, linked to the rule's page. */
export function diagnosticOf(code: string, severity: Severity, range: Range, message: string): Diagnostic {
  return { range, severity: SEVERITY_NUMBER[severity], code, source: DIAGNOSTIC_SOURCE, message, codeDescription: { href: RULES_DOC_BASE + code + '.md' } };
}

/** Document order of diagnostics, for sort. */
export function inDocumentOrder(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
