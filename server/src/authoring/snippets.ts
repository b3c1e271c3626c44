import snippets from '../../../snippets/markdown.json';

/** The snippets of snippets/markdown.json, which VS Code offers as they are and the server inserts too. */
export type SnippetName = keyof typeof snippets;

export interface HeadingLevels {
  projectLevel: number;
  ideaLevel: number;
}

/**
 * A snippet's body as one string, its `###` / `####` headings moved to the
 * levels the file uses. The project name is a plain placeholder here: the
 * server completes it from the whole catalog, where the static snippet can
 * only offer a short choice.
 */
export function snippetBody(name: SnippetName, levels: HeadingLevels = { projectLevel: 3, ideaLevel: 4 }): string {
  return snippets[name].body
    .map((line) => line.replace(/^(#{3,4}) /, (_m, hashes: string) => '#'.repeat(hashes.length === 3 ? levels.projectLevel : levels.ideaLevel) + ' '))
    .map((line) => line.replace(/^(#+ )\$\{(\d+)\|[^}]*\|\}/, '$1${$2:CNCF Project Name}'))
    .join('\n');
}

/** The text a snippet inserts where tab stops are not supported: each placeholder's default, empty tab stops removed. */
export function snippetToText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

/** Escapes text for use inside a snippet, where `$`, `}` and `\` are special. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}
