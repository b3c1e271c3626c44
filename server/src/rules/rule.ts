import type { Idea, IdeasDocument, Project, Range } from '../model/types';
import type { Catalog } from '../catalog/catalog';
import type { Fix, Severity } from '../analysis/diagnostic';
import type { TermToken } from '../analysis/term';
import type { GitHubAccess } from '../github/access';
import type { Settings } from '../settings';
import type { DocumentKind } from '../kinds/kind';
import type { ProposalBody } from '../kinds/proposal/body';

export interface Problem {
  range: Range;
  message: string;
  fix?: Fix;
  /** Other fixes to choose from, offered as quick fixes but never applied by "Fix all" (e.g. one per suggested name). */
  alternatives?: Fix[];
  /** This problem's severity when it differs from the rule's default (a setting for the code still wins). */
  severity?: Severity;
  /** In a proposal document: the form field (its label) the problem is about. */
  field?: string;
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
  /** The kind of document (kinds/kind.ts). */
  kind: DocumentKind;
  /** The template's heading levels for this document's kind and year. */
  levels: { project: number; idea: number };
}

interface RuleInfo {
  /** The stable code users configure and disable the rule by; its file here and its page in docs/rules bear it. */
  code: string;
  defaultSeverity: Severity;
  /** One line: what the rule reports. */
  description: string;
  /**
   * The kinds of document the rule checks. By default an idea or document
   * rule checks LFX term files and GSoC lists (kinds/profiles.ts leaves out
   * the LFX-only ones for GSoC), a proposal rule proposal documents.
   */
  kinds?: readonly DocumentKind[];
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

/** Checks a proposal document (the issue form's body) as CNCF's workflow does, one form field at a time. */
export interface ProposalRule extends RuleInfo {
  scope: 'proposal';
  check(body: ProposalBody, ctx: RuleContext): Problem[];
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

export type Rule = IdeaRule | DocumentRule | ProposalRule | AsyncRule;
