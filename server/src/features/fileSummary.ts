import type { Feature } from '../serverContext';
import { KIND_NAMES, type DocumentKind } from '../kinds/kind';

/** Custom request the VS Code status bar asks for an open document: is it an ideas file, and how many projects and ideas it has. */
export const FILE_SUMMARY_REQUEST = 'mentorshipIdeas/fileSummary';

export interface FileSummaryParams {
  uri: string;
}

export interface FileSummary {
  ideasFile: boolean;
  projects: number;
  ideas: number;
  /** The kind of document, and its name for people (`GSoC idea list`), for an ideas file. */
  kind?: DocumentKind;
  kindName?: string;
}

export const fileSummaryFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(FILE_SUMMARY_REQUEST, ({ uri }: FileSummaryParams): FileSummary => {
      const file = ctx.ideasFile(uri);
      if (!file) return { ideasFile: false, projects: 0, ideas: 0 };
      const { projects, orphanIdeas } = file.analysis.doc;
      const ideas = orphanIdeas.length + projects.reduce((n, p) => n + p.ideas.length, 0);
      const kind = file.analysis.kind ?? 'lfx';
      return { ideasFile: true, projects: projects.length, ideas, kind, kindName: KIND_NAMES[kind] };
    });
  },
};
