import { resolveTerm } from '../../analysis/term';
import { plainName, resolveProject } from '../../catalog/match';
import { isProjectSizeLabel } from '../../kinds/gsoc/projectSize';
import { PROFILES } from '../../kinds/profiles';
import { proposalEntry } from '../../kinds/proposal/entry';
import type { Field, IdeasDocument } from '../../model/types';
import { TERM_OPTIONS } from '../../proposal/form';
import { proposalsFor } from '../../proposal/proposal';
import type { ConvertResult } from '../../protocol';
import type { Services } from '../services';
import { uriArgument } from './arguments';
import type { Editor } from './editor';

/** `<the program name as a slug>.proposal.md` beside the entry's file, with `-2`, `-3`... when taken. */
export async function proposalUriFor(uri: string, name: string, services: Pick<Services, 'files'>): Promise<string> {
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
    try {
      if ((await services.files.readFile(candidate)) === undefined) return candidate;
    } catch {
      return candidate;
    }
  }
}

/** The LFIDs of the mentors of the indexed proposal documents, by handle. */
function knownLfids(services: Pick<Services, 'people'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of services.people()) if (p.handle && p.lfid) out[p.handle] = p.lfid;
  return out;
}

/** Arguments `[uri, line, { term?, lfids? }]`: the idea holding the line, as a new proposal document beside its file. */
export async function convertToProposal(args: unknown[], services: Services, editor: Editor): Promise<ConvertResult> {
  const uri = uriArgument(args);
  const file = uri ? services.ideasFile(uri) : undefined;
  if (!uri || !file || file.analysis.kind === 'proposal') return { error: 'Put the cursor in an idea of an LFX term file or a GSoC list to convert it to an LFX proposal.' };
  const line = typeof args[1] === 'number' && Number.isInteger(args[1]) ? args[1] : -1;
  const options = (args[2] && typeof args[2] === 'object' ? args[2] : {}) as { term?: unknown; lfids?: unknown };
  const { doc } = file.analysis;
  const [proposal] = proposalsFor(
    doc,
    {
      catalog: services.catalog,
      term: resolveTerm(doc, services.settings),
      ...(typeof options.term === 'string' ? { termChoice: options.term } : {}),
      // LFIDs the workspace's proposal documents give, then those the caller knows.
      lfids: { ...knownLfids(services), ...(options.lfids && typeof options.lfids === 'object' ? (options.lfids as Record<string, string>) : {}) },
      termOptions: TERM_OPTIONS,
      ...(file.analysis.kind === 'gsoc' ? { leaveOut: (f: Field) => isProjectSizeLabel(f.rawLabel) || /^difficulty/i.test(f.rawLabel) } : {}),
    },
    line,
  );
  if (!proposal) return { error: 'Put the cursor in an idea (under its heading) to convert it to an LFX proposal.' };
  const target = await proposalUriFor(uri, proposal.fields.program_name, services);
  const text = proposal.body + '\n';
  const applied = await editor.createFile(target, text, `Convert "${proposal.idea}" to an LFX proposal`);
  if (applied === undefined) return { uri: target, text, applied: false };
  if (applied) await editor.showDocument?.(target);
  return { uri: target, text, applied };
}

/** Where an entry for `project` goes in `doc`: after that project's last line, else at the end under a new project heading. */
function placeEntry(doc: IdeasDocument, project: string, entry: string[], projectLevel: number, services: Pick<Services, 'catalog'>): { at: { line: number; character: number }; text: string } {
  const wanted = resolveProject(services.catalog, project)?.name ?? plainName(project).toLowerCase();
  const target = doc.projects.find((p) => (resolveProject(services.catalog, p.name)?.name ?? plainName(p.name).toLowerCase()) === wanted);
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
export async function convertToEntry(args: unknown[], services: Services, editor: Editor): Promise<ConvertResult> {
  const uri = uriArgument(args);
  const file = uri ? services.ideasFile(uri) : undefined;
  const body = file?.analysis.doc.proposal;
  if (!file || !body) return { error: 'Open an LFX proposal document (the issue form\'s body) to convert it to an entry.' };
  const targetUri = typeof args[1] === 'string' ? args[1] : undefined;
  const target = targetUri ? services.ideasFile(targetUri) : undefined;
  if (targetUri && (!target || target.analysis.kind === 'proposal')) return { error: 'The entry goes into an open LFX term file or GSoC list.' };
  if (!target) {
    const { project, lines } = proposalEntry(body, 'lfx', PROFILES.lfx.levels({ year: 0, number: 0, text: '', known: false }));
    return { text: [`### ${project}`, '', ...lines, ''].join('\n') };
  }
  const kind = target.analysis.kind === 'gsoc' ? 'gsoc' : 'lfx';
  const doc = target.analysis.doc;
  const levels = { project: doc.projectLevel, idea: doc.ideaLevel };
  const { project, lines } = proposalEntry(body, kind, levels);
  const { at, text } = placeEntry(doc, project, lines, levels.project, services);
  const position = at.character === Number.MAX_SAFE_INTEGER ? { line: at.line, character: target.document.getText({ start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } }).replace(/\r?\n$/, '').length } : at;
  const applied = await editor.applyEdits(targetUri!, [{ range: { start: position, end: position }, newText: text }], `Add "${body.value('Program Name')}" as an entry`, { versioned: false });
  return { uri: targetUri, text, applied };
}
