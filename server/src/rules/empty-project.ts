import type { DocumentRule } from './rule';

/** Section headings of 2020-2022 proposal files at the project level: `### Template`, `### Sample:`, `### Proposed Project ideas`. */
const SECTION_NAME = /^(?:template|sample|example)s?\b|^(?:accepted|proposed|participating)?\s*projects?(?:\s+ideas)?\s*:?$/i;

/**
 * A project heading with no idea under it; headings that name a section of
 * the file rather than a project are left alone. (A file with no template
 * field at all has no projects: the model reads its `###` headings as prose.)
 */
export const emptyProject: DocumentRule = {
  code: 'empty-project',
  defaultSeverity: 'warning',
  description: 'A project heading has no ideas under it.',
  scope: 'document',
  reads: 'headings',
  check({ doc }) {
    return doc.projects
      .filter((p) => p.ideas.length === 0 && !SECTION_NAME.test(p.name.trim()))
      .map((p) => ({
        range: p.headingRange,
        message: `Project "${p.name}" has no ideas: add a \`#### <idea title>\` entry under it, or remove the heading`,
      }));
  },
};
