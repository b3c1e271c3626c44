import snippets from '../../../snippets/markdown.json';

/** The snippets of snippets/markdown.json, which the server offers in completion where each fits (the manifest contributes none). */
export type SnippetName = keyof typeof snippets;

/** The default texts of the mentor line's placeholders: `Mentor Name`, `mentor_github`, `mentor@email.addy`. */
export const MENTOR_PLACEHOLDERS: readonly string[] = [...snippets['Mentor line'].body[0].matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]);

/** The snippet of a field (`Description field`), when there is one. */
export function fieldSnippetName(label: string): SnippetName | undefined {
  const name = `${label} field`;
  return name in snippets ? (name as SnippetName) : undefined;
}

export interface HeadingLevels {
  projectLevel: number;
  ideaLevel: number;
}

/**
 * A snippet's body as one string, its `###` / `####` headings moved to the
 * levels the file uses. The project name is a plain placeholder: completion
 * on a project heading offers the whole catalog there.
 */
export function snippetBody(name: SnippetName, levels: HeadingLevels = { projectLevel: 3, ideaLevel: 4 }): string {
  return snippets[name].body
    .map((line) => line.replace(/^(#{3,4}) /, (_m, hashes: string) => '#'.repeat(hashes.length === 3 ? levels.projectLevel : levels.ideaLevel) + ' '))
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
