import type { Idea } from '../model/types';
import { uriPath } from './ideasFile';

/**
 * A term README (`README.md`): the program admins, and since 2026 Term 3
 * CNCF's automation, write a term's accepted programs there; proposals are
 * made elsewhere (`project_ideas.md`, then the proposal issue form).
 */
export function isPublishedReadme(uri: string): boolean {
  return /(?:^|\/)readme\.md$/i.test(uriPath(uri));
}

/** The LFX URL field with nothing but the start of a project page written yet (the LFX URL snippet's placeholder). */
const UNFINISHED_LFX_URL = /^<?https?:\/\/mentorship\.lfx\.linuxfoundation\.org\/project\/?>?$/i;

/**
 * Why an idea is a program LFX already accepted, as a phrase (`it has an LFX
 * URL`), or undefined when it may still be proposed.
 */
export function acceptedProgram(uri: string, idea: Idea): string | undefined {
  const lfx = idea.fields.find((f) => f.label === 'LFX URL' && f.value.trim() !== '' && !UNFINISHED_LFX_URL.test(f.value.trim()));
  if (lfx) return 'it has an LFX URL';
  if (isPublishedReadme(uri)) return 'it is in a term README, where the accepted programs are published';
  return undefined;
}
