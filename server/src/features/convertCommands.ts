import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { resolveTerm } from '../analysis/term';
import { plainName, resolveProject } from '../catalog/match';
import { PROFILES } from '../kinds/profiles';
import { proposalEntry } from '../kinds/proposal/entry';
import type { Field, IdeasDocument } from '../model/types';
import { isProjectSizeLabel } from '../kinds/gsoc/projectSize';
import { peopleOf } from './workspaceIndex';
import { TERM_OPTIONS } from '../proposal/form';
import { proposalsFor } from '../proposal/proposal';
import type { Feature, ServerContext } from '../serverContext';
import { registerCommand, uriArgument } from './commands';

export const CONVERT_TO_PROPOSAL_COMMAND = 'mentorshipIdeas.convertToProposal';
export const CONVERT_TO_ENTRY_COMMAND = 'mentorshipIdeas.convertToEntry';

export interface ConvertResult {
  /** The new proposal document (convertToProposal), or the file the entry went into (convertToEntry, with a target). */
  uri?: string;
  /** The text written: the proposal document, or the entry (its project heading first when the target has no such project). */
  text?: string;
  /** The edit was applied (false when the client cannot create files, or the user refused). */
  applied?: boolean;
  /** Why nothing was converted. */
  error?: string;
}

/** `<the program name as a slug>.proposal.md` beside the entry's file, with `-2`, `-3`... when taken. */
export function proposalUriFor(uri: string, name: string): string {
  const slug =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'proposal';
  const dir = uri.replace(/[^/]*$/, '');
  for (let n = 1; ; n++) {
    const candidate = `${dir}${slug}${n === 1 ? '' : `-${n}`}.proposal.md`;
    if (!candidate.startsWith('file:')) return candidate;
    try {
      if (!existsSync(fileURLToPath(candidate))) return pathToFileURL(fileURLToPath(candidate)).href;
    } catch {
      return candidate;
    }
  }
}

/** The LFIDs of the mentors of the indexed proposal documents, by handle. */
function knownLfids(ctx: ServerContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of peopleOf(ctx)) if (p.handle && p.lfid) out[p.handle] = p.lfid;
  return out;
}

/** Arguments `[uri, line, { term?, lfids? }]`: the idea holding the line, as a new proposal document beside its file. */
async function convertToProposal(args: unknown[], ctx: ServerContext): Promise<ConvertResult> {
  const uri = uriArgument(args);
  const file = uri ? ctx.ideasFile(uri) : undefined;
  if (!uri || !file || file.analysis.kind === 'proposal') return { error: 'Put the cursor in an idea of an LFX term file or a GSoC list to convert it to an LFX proposal.' };
  const line = typeof args[1] === 'number' && Number.isInteger(args[1]) ? args[1] : -1;
  const options = (args[2] && typeof args[2] === 'object' ? args[2] : {}) as { term?: unknown; lfids?: unknown };
  const { doc } = file.analysis;
  const [proposal] = proposalsFor(
    doc,
    {
      catalog: ctx.workspace.catalog,
      term: resolveTerm(doc, ctx.workspace.settings),
      ...(typeof options.term === 'string' ? { termChoice: options.term } : {}),
      // LFIDs the workspace's proposal documents give, then those the caller knows.
      lfids: { ...knownLfids(ctx), ...(options.lfids && typeof options.lfids === 'object' ? (options.lfids as Record<string, string>) : {}) },
      termOptions: TERM_OPTIONS,
      ...(file.analysis.kind === 'gsoc' ? { leaveOut: (f: Field) => isProjectSizeLabel(f.rawLabel) || /^difficulty/i.test(f.rawLabel) } : {}),
    },
    line,
  );
  if (!proposal) return { error: 'Put the cursor in an idea (under its heading) to convert it to an LFX proposal.' };
  const target = proposalUriFor(uri, proposal.fields.program_name);
  const text = proposal.body + '\n';
  const canCreate = ctx.initializeParams.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create');
  if (!canCreate) return { uri: target, text, applied: false };
  const edit: WorkspaceEdit = {
    documentChanges: [
      { kind: 'create', uri: target, options: { ignoreIfExists: false, overwrite: false } },
      { textDocument: { uri: target, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
    ],
  };
  const { applied } = await ctx.connection.workspace.applyEdit({ label: `Convert "${proposal.idea}" to an LFX proposal`, edit });
  if (applied && ctx.initializeParams.capabilities.window?.showDocument?.support) await ctx.connection.window.showDocument({ uri: target, takeFocus: true });
  return { uri: target, text, applied };
}

/** Where an entry for `project` goes in `doc`: after that project's last line, else at the end under a new project heading. */
function placeEntry(doc: IdeasDocument, project: string, entry: string[], projectLevel: number, ctx: ServerContext): { at: { line: number; character: number }; text: string } {
  const wanted = resolveProject(ctx.workspace.catalog, project)?.name ?? plainName(project).toLowerCase();
  const target = doc.projects.find((p) => (resolveProject(ctx.workspace.catalog, p.name)?.name ?? plainName(p.name).toLowerCase()) === wanted);
  if (target) return { at: target.range.end, text: '\n\n' + entry.join('\n') };
  const end = { line: doc.lineCount - 1, character: Number.MAX_SAFE_INTEGER };
  return { at: end, text: `\n\n${'#'.repeat(projectLevel)} ${project}\n\n${entry.join('\n')}\n` };
}

/**
 * Arguments `[proposalUri, targetUri?]`: the proposal document as an entry.
 * With a target (an open LFX term file or GSoC list), the entry is inserted
 * there under its project (a new project heading when there is none) at the
 * target's levels; without, the entry (in an LFX term file's shape, its
 * project heading first) is returned for the client to place.
 */
async function convertToEntry(args: unknown[], ctx: ServerContext): Promise<ConvertResult> {
  const uri = uriArgument(args);
  const file = uri ? ctx.ideasFile(uri) : undefined;
  const body = file?.analysis.doc.proposal;
  if (!file || !body) return { error: 'Open an LFX proposal document (the issue form\'s body) to convert it to an entry.' };
  const targetUri = typeof args[1] === 'string' ? args[1] : undefined;
  const target = targetUri ? ctx.ideasFile(targetUri) : undefined;
  if (targetUri && (!target || target.analysis.kind === 'proposal')) return { error: 'The entry goes into an open LFX term file or GSoC list.' };
  if (!target) {
    const { project, lines } = proposalEntry(body, 'lfx', PROFILES.lfx.levels({ year: 0, number: 0, text: '', known: false }));
    return { text: [`### ${project}`, '', ...lines, ''].join('\n') };
  }
  const kind = target.analysis.kind === 'gsoc' ? 'gsoc' : 'lfx';
  const doc = target.analysis.doc;
  const levels = { project: doc.projectLevel, idea: doc.ideaLevel };
  const { project, lines } = proposalEntry(body, kind, levels);
  const { at, text } = placeEntry(doc, project, lines, levels.project, ctx);
  const position = at.character === Number.MAX_SAFE_INTEGER ? { line: at.line, character: target.document.getText({ start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } }).replace(/\r?\n$/, '').length } : at;
  const { applied } = await ctx.connection.workspace.applyEdit({ label: `Add "${body.value('Program Name')}" as an entry`, edit: { changes: { [targetUri!]: [{ range: { start: position, end: position }, newText: text }] } } });
  return { uri: targetUri, text, applied };
}

export const convertCommandsFeature: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: [CONVERT_TO_PROPOSAL_COMMAND, CONVERT_TO_ENTRY_COMMAND] } }),
  register(ctx) {
    registerCommand(ctx, CONVERT_TO_PROPOSAL_COMMAND, (args) => convertToProposal(args, ctx));
    registerCommand(ctx, CONVERT_TO_ENTRY_COMMAND, (args) => convertToEntry(args, ctx));
  },
};
