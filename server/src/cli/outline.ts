import type { IdeasDocument } from '../model/types';
import { allIdeas } from '../model/types';
import { readTextFile, pathUri } from '../host/files';
import { cliService, UsageError, type CliContext } from './usage';

export const OUTLINE_USAGE = 'mentorship-ideas outline [--format text|json] <file>';

/** The outline as the CLI prints it: 1-based lines. */
export interface OutlineNode {
  name: string;
  kind: 'project' | 'group' | 'idea' | 'field';
  line: number;
  endLine: number;
  children?: OutlineNode[];
}

export function outline(doc: IdeasDocument): OutlineNode[] {
  const ideaNode = (idea: ReturnType<typeof allIdeas>[number]): OutlineNode => ({
    name: idea.title,
    kind: 'idea',
    line: idea.headingRange.start.line + 1,
    endLine: idea.range.end.line + 1,
    children: idea.fields.map((f) => ({ name: f.label ?? f.rawLabel, kind: 'field', line: f.range.start.line + 1, endLine: f.range.end.line + 1 })),
  });
  const nodes: OutlineNode[] = doc.orphanIdeas.map(ideaNode);
  for (const p of doc.projects) {
    // A sub-group heading (a SIG, a sub-project) stands beside the ideas it holds, so that ideas stay the project's children.
    const groups: OutlineNode[] = p.groups.map((g) => ({ name: g.name, kind: 'group', line: g.headingRange.start.line + 1, endLine: g.range.end.line + 1 }));
    const children = [...p.ideas.map(ideaNode), ...groups].sort((a, b) => a.line - b.line);
    nodes.push({ name: p.name, kind: 'project', line: p.headingRange.start.line + 1, endLine: p.range.end.line + 1, children });
  }
  return nodes.sort((a, b) => a.line - b.line);
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

/** `outline FILE`: the projects, ideas and fields of one file, as text or JSON. */
export function runOutline(format: string | undefined, paths: string[], context: CliContext): number {
  format ??= 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" (text or json)`);
  if (paths.length !== 1) throw new UsageError('outline takes exactly one file');
  const text = readTextFile(paths[0]);
  const { doc } = cliService(context).analyzeText(pathUri(paths[0]), text, true);
  const nodes = outline(doc);
  context.io.out(format === 'json' ? JSON.stringify(nodes) + '\n' : outlineText(nodes) + '\n');
  return 0;
}
