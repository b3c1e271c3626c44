/**
 * The kinds of document mentors write: an LFX term file (`project_ideas.md`,
 * a term README), a CNCF Google Summer of Code idea list
 * (`programs/summerofcode/YYYY.md`) and an LFX proposal (the issue form's
 * Markdown body). Each is a profile over the one document model and rule
 * registry (profiles.ts), never a separate parser of its own for the entries.
 */
import type { DocumentKind } from '../protocol';

export type { DocumentKind };

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['lfx', 'gsoc', 'proposal'];

/** How the status bar, the outline and the CLI name a kind. */
export const KIND_NAMES: Record<DocumentKind, string> = {
  lfx: 'LFX term file',
  gsoc: 'GSoC idea list',
  proposal: 'LFX proposal',
};

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
