import { changedLinks, expectedToc, firstDifference, tocEdit } from '../toc/generate';
import type { Range } from '../model/types';
import type { DocumentRule } from './rule';

/**
 * A table of contents that does not list exactly the file's projects and
 * ideas, in order, nested as the headings are, with GitHub's anchors. It is
 * reported on the first entry that differs, and the message counts every
 * link the fix changes; the fix regenerates the table in the file's own list
 * style.
 */
export const tocOutOfDate: DocumentRule = {
  code: 'toc-out-of-date',
  defaultSeverity: 'warning',
  description: 'The table of contents does not list exactly the projects and ideas, in order, with GitHub anchors.',
  scope: 'document',
  reads: 'headings',
  check({ doc }) {
    const toc = doc.toc;
    if (!toc) return [];
    const items = expectedToc(doc);
    const difference = firstDifference(toc.entries, items);
    if (!difference) return [];
    const { entries } = toc;
    const range: Range = entries.length > 0 ? entries[Math.min(difference.index, entries.length - 1)].range : { start: toc.range.start, end: toc.range.start };
    const changed = changedLinks(entries, items);
    const count = changed > 1 ? `; ${changed} links differ in all` : '';
    return [
      {
        range,
        message: `${difference.message}${count}: run "Update table of contents" to regenerate it`,
        fix: { title: 'Regenerate the table of contents', edits: [tocEdit(toc, items)], preferred: true },
      },
    ];
  },
};
