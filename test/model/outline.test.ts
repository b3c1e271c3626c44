import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../server/src/model/document';
import { outline, type OutlineNode } from '../../server/src/cli/outline';
import { corpusAvailable, modernFiles } from '../support/corpus';

const FIELD_LINE = /^\s*(?:[-*+]\s+)?(?:\*\*)?\s*(?:Description|Expected Outcomes?|Recommended Skills?|Mentors?(?:\(s\))?|Upstream Issues?)\b/i;

/** A count made without the model: a line scan of headings outside fences, an idea being a heading with field lines under it. */
function independentCount(text: string): { projects: number[]; ideas: number[] } {
  const lines = text.split(/\r?\n/);
  let fence = false;
  const headings: { line: number; level: number }[] = [];
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    const h = /^ {0,3}(#{1,6})\s/.exec(l);
    if (!fence && h) headings.push({ line: i, level: h[1].length });
  });
  const hasFields = (k: number) => {
    const end = k + 1 < headings.length ? headings[k + 1].line : lines.length;
    return lines.slice(headings[k].line + 1, end).some((l) => FIELD_LINE.test(l));
  };
  // The ideas part: after a `## ... Projects` heading, else from the first `###` followed by an idea.
  const marker = headings.find((h) => h.level === 2 && /project/i.test(lines[h.line]));
  const firstProject = headings.find((h, k) => h.level === 3 && k + 1 < headings.length && hasFields(k + 1));
  const start = marker?.line ?? firstProject?.line ?? 0;
  const ideas: number[] = [];
  const projects: number[] = [];
  headings.forEach((h, k) => {
    if (h.line < start) return;
    if (hasFields(k)) ideas.push(h.line + 1);
    else if (h.level === 3) projects.push(h.line + 1);
  });
  return { projects, ideas };
}

function flatten(nodes: OutlineNode[], kind: string): number[] {
  const out: number[] = [];
  const walk = (n: OutlineNode) => {
    if (n.kind === kind) out.push(n.line);
    n.children?.forEach(walk);
  };
  nodes.forEach(walk);
  return out.sort((a, b) => a - b);
}

test('the outline lists every project and idea of the modern real files at its heading line', { skip: !corpusAvailable() && 'corpus not found' }, () => {
  let ideas = 0;
  for (const file of modernFiles()) {
    const tree = outline(buildDocument('file:///corpus/' + file.name, file.text));
    const expected = independentCount(file.text);
    assert.deepEqual(flatten(tree, 'idea'), expected.ideas, `${file.name}: ideas`);
    assert.deepEqual(flatten(tree, 'project'), expected.projects, `${file.name}: projects`);
    ideas += expected.ideas.length;
  }
  assert.ok(ideas > 900, `${ideas} ideas`);
});
