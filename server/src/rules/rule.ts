import type { Idea, IdeasDocument, Project, Range } from '../model/types';
import type { Catalog } from '../catalog/catalog';
import type { Settings } from '../settings';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  range: Range;
  newText: string;
  /**
   * The same edit as a snippet, for editors that apply snippet edits: `$0`
   * where the user writes next (the value of an inserted field). Its text
   * is `newText` with the tab stop and the space before it.
   */
  snippet?: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The one obvious fix: offered as the preferred quick fix. */
  preferred?: boolean;
}

export interface Problem {
  range: Range;
  message: string;
  fix?: Fix;
  /** Other fixes to choose from, offered as quick fixes but never applied by "Fix all" (e.g. one per suggested name). */
  alternatives?: Fix[];
  /**
   * The part of the template the problem is about (rules/entryParts.ts): in
   * an entry being written, a hint until that part has held the user's text.
   */
  part?: string;
}

export interface TermToken {
  year: number;
  number: number;
  /** `2026 Term 1`; the longest form when the term is unknown. */
  text: string;
  known: boolean;
}

export interface RuleContext {
  doc: IdeasDocument;
  settings: Settings;
  catalog: Catalog;
  term: TermToken;
}

interface RuleInfo {
  /** The stable code users configure and disable the rule by (rules.md). */
  code: string;
  defaultSeverity: Severity;
  /** One line: what the rule reports. */
  description: string;
}

/** Checks one idea alone; its results are cached per idea text and context. */
export interface IdeaRule extends RuleInfo {
  scope: 'idea';
  check(idea: Idea, project: Project | undefined, ctx: RuleContext): Problem[];
}

/** Checks the document as a whole (across ideas or projects); must stay cheap. */
export interface DocumentRule extends RuleInfo {
  scope: 'document';
  /**
   * `headings`: the rule reads only the headings (their text, level, line
   * and role, the levels and start of the ideas part, the table of
   * contents), so its result is reused while those stay as they are, as
   * they do while someone types inside an entry.
   */
  reads?: 'headings';
  check(ctx: RuleContext): Problem[];
}

export type Rule = IdeaRule | DocumentRule;
