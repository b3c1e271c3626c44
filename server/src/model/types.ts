import type { ProposalBody } from '../kinds/proposal/body';

/**
 * The document model of an ideas file: every feature (diagnostics, outline,
 * completion, hovers, CLI) reads this and nothing else. Positions are LSP
 * positions (0-based line, UTF-16 character), end exclusive.
 */

export type { Position, Range, TextEdit } from './positions';
import type { Range } from './positions';

export type CanonicalLabel =
  | 'Description'
  | 'Expected Outcome'
  | 'Recommended Skills'
  | 'Mentor(s)'
  | 'Upstream Issue'
  | 'LFX URL'
  | 'Technologies';

export interface Link {
  url: string;
  /** The whole written form: `<url>`, `[text](url)` or the bare URL. */
  range: Range;
}

export type MentorForm =
  | 'canonical'
  | 'no-parentheses'
  | 'no-at'
  | 'handle-link'
  | 'full-width'
  | 'labelled'
  | 'multi-line'
  | 'unrecognised';

export interface Mentor {
  name: string;
  /** Without the `@`; undefined when none was written. */
  handle?: string;
  email?: string;
  note?: string;
  /** The handle as written, for rules that check GitHub's syntax. */
  handleText?: string;
  form: MentorForm;
  /** The line (or lines, for the multi-line form) the mentor was written on. */
  range: Range;
  nameRange?: Range;
  handleRange?: Range;
  emailRange?: Range;
  /** Other mentors written on the same line (several mentors on one line). */
  sharesLine: boolean;
}

export interface Field {
  /** Canonical label, or undefined for a label we do not know. */
  label?: CanonicalLabel;
  /** The label as written, without bullet, bold markers and colon. */
  rawLabel: string;
  /** How the label line was written. */
  style: { listItem: boolean; colon: boolean; bold: boolean };
  /** The first line of the field. */
  lineRange: Range;
  labelRange: Range;
  /** The whole field: label line and its continuation. */
  range: Range;
  /** The value as plain text: bullets, quote markers and indentation removed. */
  value: string;
  valueRange?: Range;
  links: Link[];
  /** Mentors, for the Mentor(s) field. */
  mentors: Mentor[];
  /** Lines of the value that hold a mentor list item (or the inline value). */
  mentorLines: { text: string; range: Range }[];
}

export interface LfxTitle {
  project: string;
  title: string;
  term: string;
  text: string;
  range: Range;
}

export interface Idea {
  title: string;
  level: number;
  headingRange: Range;
  titleRange: Range;
  /** Heading line to the end of the idea's last line. */
  range: Range;
  fields: Field[];
  lfxTitle?: LfxTitle;
  /** True when the Description holds an `Expected outcome(s)` heading or paragraph. */
  outcomeInDescription: boolean;
  /**
   * The idea's source text (heading to its end) in the pieces it was parsed
   * in: its section and those of its sub-headings. Unchanged pieces are the
   * same string objects from one version to the next, which makes caching
   * work per idea cheap.
   */
  source: string[];
}

export interface Project {
  name: string;
  level: number;
  headingRange: Range;
  nameRange: Range;
  range: Range;
  ideas: Idea[];
  /** Sub-group headings inside the project (a SIG, a sub-project) that hold ideas written one level deeper. */
  groups: IdeaGroup[];
}

export interface IdeaGroup {
  name: string;
  level: number;
  headingRange: Range;
  nameRange: Range;
  /** Heading to the end of its last idea. */
  range: Range;
}

export interface TermInfo {
  year: number;
  number: number;
  source: 'path' | 'heading' | 'setting';
}

export interface TocEntry {
  text: string;
  anchor: string;
  depth: number;
  range: Range;
  /** The line as written up to the link: its indentation, and its list marker (`-`, `*`, `1.`). */
  indent?: string;
  marker?: string;
}

export interface TableOfContents {
  range: Range;
  entries: TocEntry[];
  /** `<!-- TOC -->` markers around it, if any. */
  markers: boolean;
}

export interface HeadingInfo {
  level: number;
  text: string;
  line: number;
  role: 'project' | 'idea' | 'group' | 'other';
  /** The heading's text, after its `#` marker (empty at the end of the line when there is no text); always set by the model. */
  textRange?: Range;
}

export interface IdeasDocument {
  uri: string;
  lineCount: number;
  /** The first line of the ideas part (after `## Proposed Project ideas` or the like). */
  ideasStartLine: number;
  projectLevel: number;
  ideaLevel: number;
  projects: Project[];
  /** Ideas with no project heading above them. */
  orphanIdeas: Idea[];
  headings: HeadingInfo[];
  term?: TermInfo;
  termHeadingRange?: Range;
  toc?: TableOfContents;
  template?: Range;
  /** Fenced code blocks and the template, never parsed as entries. */
  fences: Range[];
  /** `<!-- mentorship-ideas-... -->` comments, in document order. */
  controlComments: { kind: 'disable' | 'enable' | 'disable-next-line'; rules: string[]; line: number }[];
  /** A proposal document's form, as CNCF reads it (kinds/proposal/document.ts). */
  proposal?: ProposalBody;
}

export function allIdeas(doc: IdeasDocument): readonly Idea[] {
  let ideas = ideasOf.get(doc);
  if (!ideas) {
    ideas = [...doc.orphanIdeas];
    for (const p of doc.projects) ideas.push(...p.ideas);
    ideas.sort((a, b) => a.headingRange.start.line - b.headingRange.start.line);
    ideasOf.set(doc, ideas);
  }
  return ideas;
}

/** Every document's ideas in line order, listed once: a document does not change, and most rules read them all. */
const ideasOf = new WeakMap<IdeasDocument, Idea[]>();
