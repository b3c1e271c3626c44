import type { Idea, IdeasDocument, Project, Range } from '../model/types';
import type { Catalog } from '../catalog/catalog';
import type { Fix, Severity } from '../analysis/diagnostic';
import type { TermToken } from '../analysis/term';
import type { GitHubAccess } from '../github/access';
import type { Settings } from '../settings';

export interface Problem {
  range: Range;
  message: string;
  fix?: Fix;
  /** Other fixes to choose from, offered as quick fixes but never applied by "Fix all" (e.g. one per suggested name). */
  alternatives?: Fix[];
  /**
   * The part of the template the problem is about (rules/helpers/entryParts.ts): in
   * an entry being written, a hint until that part has held the user's text.
   */
  part?: string;
}

export interface RuleContext {
  doc: IdeasDocument;
  settings: Settings;
  catalog: Catalog;
  term: TermToken;
}

interface RuleInfo {
  /** The stable code users configure and disable the rule by; its file here and its page in docs/rules bear it. */
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

/** What an asynchronous rule reads beyond the document: GitHub. */
export interface AsyncRuleContext extends RuleContext {
  github: GitHubAccess;
  /** Says that something could not be checked (GitHub did not answer); the CLI prints these. */
  note(message: string): void;
}

/**
 * Checks what only another service knows (a linked issue's state on
 * GitHub), as markdownlint's asynchronous rules do: its problems come after
 * the analysis's, in a later publication of the same version.
 */
export interface AsyncRule extends RuleInfo {
  scope: 'async';
  /** Whether the rule runs at all, besides its severity not being `off` (an opt-in setting: it uses the network). */
  enabled(settings: Settings): boolean;
  /** The problems it can tell at once, from what it learnt before (a cache); published with the analysis. */
  known(ctx: AsyncRuleContext): Problem[];
  /** The problems once it has asked. */
  check(ctx: AsyncRuleContext): Promise<Problem[]>;
}

export type Rule = IdeaRule | DocumentRule | AsyncRule;
