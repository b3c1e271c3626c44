import { MessageType, ShowMessageNotification, type Position } from 'vscode-languageserver';
import { newIdeaPlacement, newProjectPlacement } from '../authoring/placement';
import { snippetToText } from '../authoring/snippets';
import { splitLines } from '../model/sections';
import type { Feature, ServerContext } from '../serverContext';
import { ServerCommand, type NewEntryArguments, type NewEntryResult } from '../protocol';
import { applyEdits, registerCommand, uriArgument } from './commands';

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

async function newEntry(kind: 'idea' | 'project', args: unknown[], ctx: ServerContext): Promise<NewEntryResult | null> {
  const parsed = readArguments(args);
  const file = parsed ? ctx.ideasFile(parsed.uri) : undefined;
  if (!parsed || !file) {
    void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `New ${kind}: open a project ideas file first.` });
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
  result.applied = await applyEdits(ctx, parsed.uri, [{ range: { start: placement.position, end: placement.position }, newText: text }], kind === 'idea' ? 'New idea' : 'New project');
  return result;
}

/**
 * `mentorshipIdeas.newIdea`: a complete idea entry after the last idea of the
 * project under the cursor; `mentorshipIdeas.newProject`: a project with its
 * first idea (see placement.ts for where).
 */
export const newEntryCommandsFeature: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: [ServerCommand.newIdea, ServerCommand.newProject] } }),
  register(ctx) {
    registerCommand(ctx, ServerCommand.newIdea, (args) => newEntry('idea', args, ctx));
    registerCommand(ctx, ServerCommand.newProject, (args) => newEntry('project', args, ctx));
  },
};
