import type { Feature } from '../serverContext';
import { FILE_SUMMARY_REQUEST, type FileSummary, type FileSummaryParams } from '../protocol';

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
