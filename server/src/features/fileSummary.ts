import type { Feature } from '../serverContext';

/** Custom request the VS Code status bar asks for an open document: is it an ideas file, and how many projects and ideas it has. */
export const FILE_SUMMARY_REQUEST = 'mentorshipIdeas/fileSummary';

export interface FileSummaryParams {
  uri: string;
}

export interface FileSummary {
  ideasFile: boolean;
  projects: number;
  ideas: number;
}

export const fileSummaryFeature: Feature = {
  register(ctx) {
    ctx.connection.onRequest(FILE_SUMMARY_REQUEST, ({ uri }: FileSummaryParams): FileSummary => {
      const file = ctx.ideasFile(uri);
      if (!file) return { ideasFile: false, projects: 0, ideas: 0 };
      const { projects, orphanIdeas } = file.analysis.doc;
      const ideas = orphanIdeas.length + projects.reduce((n, p) => n + p.ideas.length, 0);
      return { ideasFile: true, projects: projects.length, ideas };
    });
  },
};
