import { newIdeaPlacement, newProjectPlacement } from '../../authoring/placement';
import { snippetToText } from '../../authoring/snippets';
import { splitLines } from '../../model/sections';
import type { Position } from '../../model/types';
import type { NewEntryArguments, NewEntryResult } from '../../protocol';
import type { Services } from '../services';
import { uriArgument } from './arguments';
import type { Editor } from './editor';

function readArguments(args: unknown[]): NewEntryArguments | undefined {
  const uri = uriArgument(args);
  if (!uri) return undefined;
  const first = (typeof args[0] === 'object' && args[0] ? args[0] : {}) as Partial<NewEntryArguments>;
  const position = first.position ?? (args[1] as Position | undefined);
  const out: NewEntryArguments = { uri };
  if (position && Number.isInteger(position.line) && Number.isInteger(position.character)) out.position = { line: position.line, character: position.character };
  if (typeof first.project === 'string' && first.project.trim()) out.project = first.project.trim();
  if (first.apply === false) out.apply = false;
  return out;
}

/**
 * newIdea: a complete idea entry after the last idea of the project under
 * the cursor; newProject: a project with its first idea (see
 * authoring/placement.ts for where).
 */
export async function newEntry(kind: 'idea' | 'project', args: unknown[], services: Pick<Services, 'ideasFile'>, editor: Editor): Promise<NewEntryResult | null> {
  const parsed = readArguments(args);
  const file = parsed ? services.ideasFile(parsed.uri) : undefined;
  if (!parsed || !file) {
    editor.notify('info', `New ${kind}: open a project ideas file first.`);
    return null;
  }
  const lines = splitLines(file.document.getText());
  const cursor = parsed.position ?? { line: lines.length - 1, character: 0 };
  const clamped = { line: Math.max(0, Math.min(cursor.line, lines.length - 1)), character: 0 };
  const doc = file.analysis.doc;
  const placement = kind === 'idea' && !parsed.project ? newIdeaPlacement(doc, lines, clamped) : newProjectPlacement(doc, lines, clamped, parsed.project);
  const eol = /\r\n/.exec(file.document.getText())?.[0] ?? '\n';
  const text = snippetToText(placement.snippet).replace(/\n/g, eol);
  const result: NewEntryResult = { ...placement, uri: parsed.uri, text, applied: false };
  if (parsed.apply === false) return result;
  result.applied = await editor.applyEdits(parsed.uri, [{ range: { start: placement.position, end: placement.position }, newText: text }], kind === 'idea' ? 'New idea' : 'New project');
  return result;
}
