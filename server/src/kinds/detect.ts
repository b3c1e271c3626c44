import { isIdeasFile } from '../analysis/ideasFile';
import { globMatcher, uriPath } from '../uri';
import { allIdeas, type IdeasDocument } from '../model/types';
import type { FileGlob } from '../settings';
import { isProjectSizeLabel } from './gsoc/projectSize';
import type { DocumentKind } from './kind';

/** The headings CNCF's workflow takes for a proposal form (its lib/labels.js PROPOSAL_FORM_HEADINGS). */
export const PROPOSAL_FORM_HEADINGS = ['CNCF Project', 'Term', 'Program Description', 'Mentors'];

function matches(glob: string, path: string): boolean {
  return globMatcher([glob])(path);
}

/** The kind a path names by CNCF's own layout: `*.proposal.md`, `summerofcode/*.md`, `project_ideas.md` and `lfx-mentorship/`. */
export function kindFromPath(path: string): DocumentKind | undefined {
  if (/\.proposal\.md$/i.test(path)) return 'proposal';
  if (/(?:^|\/)(?:summerofcode|gsoc)\/[^/]+\.md$/i.test(path) || /(?:^|\/)[^/]*(?:gsoc|summerofcode)[^/]*\.md$/i.test(path)) return 'gsoc';
  if (/(?:^|\/)project_ideas\.md$/i.test(path) || /(?:^|\/)lfx-mentorship\//i.test(path)) return 'lfx';
  return undefined;
}

/** A document with the form's `### CNCF Project`, `### Term`, `### Program Description` and `### Mentors` headings. */
export function looksLikeProposal(doc: IdeasDocument): boolean {
  return PROPOSAL_FORM_HEADINGS.every((label) => doc.headings.some((h) => h.level === 3 && h.text === label));
}

/** The kind a document's content shows: the proposal form's headings, GSoC's `Expected project size` fields, or LFX entries. */
export function kindFromContent(uri: string, doc: IdeasDocument): DocumentKind | undefined {
  if (looksLikeProposal(doc)) return 'proposal';
  // An LFX file tells its term (path or `# Term` heading) and has at most a stray size field; a GSoC list sizes most of its ideas.
  const ideas = allIdeas(doc);
  const sized = ideas.filter((idea) => idea.fields.some((f) => isProjectSizeLabel(f.rawLabel))).length;
  if (sized > 0 && !doc.term && sized * 2 >= ideas.length) return 'gsoc';
  if (isIdeasFile(uri, doc, [])) return 'lfx';
  return undefined;
}

/** The kind a document's glob gives it, else its path (CNCF's layout), before its content is read. */
export function kindByPath(uri: string, globs: readonly FileGlob[]): DocumentKind | undefined {
  const path = uriPath(uri);
  return globs.find((g) => matches(g.glob, path))?.kind ?? kindFromPath(path);
}

/**
 * The kind of a document, or undefined when it is none of ours: the kind its
 * `files` glob gives it; for a glob without a kind (the setting's list form),
 * the kind its path names, else the one its content shows, else an LFX file;
 * outside every glob, the kind its content shows (entries in a `gsoc/` or
 * `summerofcode/` folder being GSoC ones).
 */
export function detectKind(uri: string, doc: IdeasDocument, globs: readonly FileGlob[]): DocumentKind | undefined {
  const path = uriPath(uri);
  const glob = globs.find((g) => matches(g.glob, path));
  if (glob?.kind) return glob.kind;
  const byPath = kindFromPath(path);
  if (glob) return byPath ?? kindFromContent(uri, doc) ?? 'lfx';
  const byContent = kindFromContent(uri, doc);
  // Entries in a GSoC list older than its size field read like LFX entries: the folder tells.
  return byContent === 'lfx' && byPath === 'gsoc' ? 'gsoc' : byContent;
}
