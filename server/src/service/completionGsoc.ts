import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import { ideaAt } from '../authoring/completionSite';
import { GSOC_FIELD_PURPOSE, GSOC_FIELDS } from '../kinds/fieldInfo';
import { PROJECT_SIZES, isProjectSizeLabel, templateSize } from '../kinds/gsoc/projectSize';
import { labelKey } from '../model/labels';
import type { Idea, IdeasDocument } from '../model/types';

function sortText(i: number): string {
  return String(i).padStart(4, '0');
}

const SIZE_LINE = /^(\s*[-*+][ \t]+(?:\*\*)?([A-Za-z ]+?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*)/;

/** On the value of `- Expected project size:` in a GSoC idea: Google's three sizes, as the template writes them. */
export function sizeValueItems(doc: IdeasDocument, lineText: string, position: Position): CompletionList | undefined {
  const m = SIZE_LINE.exec(lineText);
  if (!m || !isProjectSizeLabel(m[2]) || position.character < m[1].length || !ideaAt(doc, position.line)) return undefined;
  const range: Range = { start: { line: position.line, character: m[1].length }, end: { line: position.line, character: lineText.replace(/\s+$/, '').length } };
  const typed = lineText.slice(m[1].length, position.character);
  return {
    isIncomplete: false,
    items: PROJECT_SIZES.map((s, i) => ({ label: templateSize(s.size), kind: CompletionItemKind.EnumMember, detail: `GSoC ${s.size} project`, sortText: sortText(i), filterText: typed || templateSize(s.size), textEdit: { range, newText: templateSize(s.size) } })),
  };
}

/** The GSoC template's fields after `- ` in an idea (those missing first), each inserting its label and, for the size, the choice of sizes. */
export function gsocFieldItems(idea: Idea, range: Range, snippets: boolean): CompletionList {
  const has = (name: string) => idea.fields.some((f) => labelKey(f.rawLabel) === labelKey(name) || (name === 'Upstream Issue (URL)' && f.label === 'Upstream Issue') || (name !== 'Expected project size' && f.label === name) || (name === 'Expected project size' && isProjectSizeLabel(f.rawLabel)));
  const missing = GSOC_FIELDS.filter((n) => !has(n) && !(n === 'Expected Outcome' && idea.outcomeInDescription));
  const ordered = [...missing, ...GSOC_FIELDS.filter((n) => !missing.includes(n))];
  const items = ordered.map((name, i): CompletionItem => {
    const snippet =
      name === 'Expected project size'
        ? `${name}: \${1|${PROJECT_SIZES.map((s) => templateSize(s.size).replace(/,/g, '\\,')).join(',')}|}`
        : name === 'Mentor(s)'
          ? `${name}:\n  - \${1:Mentor Name} (@\${2:mentor_github}, \${3:mentor@email.addy}) - primary\n  - \${4:Mentor Name} (@\${5:mentor_github}, \${6:mentor@email.addy})`
          : `${name}: $0`;
    const text = snippet.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
    return {
      label: name,
      kind: CompletionItemKind.Field,
      detail: missing.includes(name) ? 'missing from this idea' : 'already in this idea',
      documentation: { kind: 'markdown', value: GSOC_FIELD_PURPOSE[name] },
      sortText: sortText(i),
      textEdit: { range, newText: snippets ? snippet : text },
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
  });
  return { isIncomplete: false, items };
}
