import type { IdeaRule } from './rule';

/** An idea heading with no project heading above it: the proposal needs the CNCF project it belongs to. */
export const ideaOutsideProject: IdeaRule = {
  code: 'idea-outside-project',
  defaultSeverity: 'error',
  description: 'An idea comes before any project heading.',
  scope: 'idea',
  check(idea, project) {
    if (project) return [];
    return [
      {
        range: idea.headingRange,
        message: `Idea "${idea.title}" has no project heading above it: add a \`### <CNCF project name>\` heading before it, or move it under its project`,
      },
    ];
  },
};
