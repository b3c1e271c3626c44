import { KIND_NAMES } from '../kinds/kind';
import type { FileSummary } from '../protocol';
import type { OpenIdeasFile } from './documents';

/** The status bar's summary of an open document: whether it is an ideas file, and how many projects and ideas it has. */
export function fileSummary(file: OpenIdeasFile | undefined): FileSummary {
  if (!file) return { ideasFile: false, projects: 0, ideas: 0 };
  const { projects, orphanIdeas } = file.analysis.doc;
  const ideas = orphanIdeas.length + projects.reduce((n, p) => n + p.ideas.length, 0);
  const kind = file.analysis.kind ?? 'lfx';
  return { ideasFile: true, projects: projects.length, ideas, kind, kindName: KIND_NAMES[kind] };
}
