import type { Idea, IdeasDocument } from '../model/types';
import { groupOf } from './documentSymbols';

/** The outline as the CLI prints it (interface.md): 1-based lines. */
export interface OutlineNode {
  name: string;
  kind: 'project' | 'group' | 'idea' | 'field';
  line: number;
  endLine: number;
  /** In the JSON form: the sub-project heading an idea sits under. */
  group?: string;
  children?: OutlineNode[];
}

/** Projects > sub-projects (groups) > ideas > fields, as the editor's outline nests them. */
export function outline(doc: IdeasDocument): OutlineNode[] {
  const ideaNode = (idea: Idea): OutlineNode => ({
    name: idea.title,
    kind: 'idea',
    line: idea.headingRange.start.line + 1,
    endLine: idea.range.end.line + 1,
    children: idea.fields.map((f) => ({ name: f.label ?? f.rawLabel, kind: 'field', line: f.range.start.line + 1, endLine: f.range.end.line + 1 })),
  });
  const nodes: OutlineNode[] = doc.orphanIdeas.map(ideaNode);
  for (const p of doc.projects) {
    const groups = new Map(p.groups.map((g) => [g, { name: g.name, kind: 'group', line: g.headingRange.start.line + 1, endLine: g.range.end.line + 1, children: [] as OutlineNode[] } satisfies OutlineNode]));
    const children: OutlineNode[] = [...groups.values()];
    for (const idea of p.ideas) {
      const group = groupOf(p.groups, idea);
      (group ? groups.get(group)!.children : children).push(ideaNode(idea));
    }
    nodes.push({ name: p.name, kind: 'project', line: p.headingRange.start.line + 1, endLine: p.range.end.line + 1, children: children.sort((a, b) => a.line - b.line) });
  }
  return nodes.sort((a, b) => a.line - b.line);
}

/**
 * The JSON form keeps interface.md's project > idea > field shape: a
 * sub-project is not a level there but the `group` of each of its ideas.
 */
export function outlineJson(nodes: OutlineNode[]): OutlineNode[] {
  return nodes.map((n) =>
    n.kind !== 'project' ? n : { ...n, children: (n.children ?? []).flatMap((c) => (c.kind === 'group' ? (c.children ?? []).map((idea) => ({ ...idea, group: c.name })) : [c])) },
  );
}

export function outlineText(nodes: OutlineNode[]): string {
  const lines: string[] = [];
  const walk = (n: OutlineNode, depth: number) => {
    if (n.kind === 'field') return;
    const fields = n.children?.filter((c) => c.kind === 'field').map((c) => c.name) ?? [];
    const suffix = n.kind === 'idea' ? `  [${fields.join(', ')}]` : '';
    lines.push(`${String(n.line).padStart(5)}  ${'  '.repeat(depth)}${n.name}${suffix}`);
    for (const c of n.children ?? []) walk(c, depth + 1);
  };
  for (const n of nodes) walk(n, 0);
  return lines.join('\n');
}
