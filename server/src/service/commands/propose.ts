import { resolveTerm } from '../../analysis/term';
import { TERM_OPTIONS } from '../../proposal/form';
import { proposalsFor } from '../../proposal/proposal';
import type { ProposeOptions, ProposeResult } from '../../protocol';
import type { Services } from '../languageService';
import { uriArgument, type Editor } from './editor';

type ProposeServices = Pick<Services, 'ideasFile' | 'catalog' | 'settings'>;

function readOptions(value: unknown): ProposeOptions {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const options: ProposeOptions = {};
  if (typeof v.term === 'string') options.term = v.term;
  if (v.lfids && typeof v.lfids === 'object') {
    options.lfids = Object.fromEntries(Object.entries(v.lfids).filter((e): e is [string, string] => typeof e[1] === 'string'));
  }
  if (typeof v.open === 'boolean') options.open = v.open;
  return options;
}

/** copyAsProposal: the proposals (URL and issue body) of the idea at the line, or of every idea. Arguments: `[uri, line?, options?]`. */
export function copyAsProposal(args: unknown[], services: ProposeServices): ProposeResult {
  const uri = uriArgument(args);
  const file = uri ? services.ideasFile(uri) : undefined;
  if (!file) return { proposals: [], termOptions: TERM_OPTIONS };
  const line = typeof args[1] === 'number' && Number.isInteger(args[1]) ? args[1] : undefined;
  const options = readOptions(args[2]);
  const { doc } = file.analysis;
  const proposals = proposalsFor(
    doc,
    { catalog: services.catalog, term: resolveTerm(doc, services.settings), termChoice: options.term, lfids: options.lfids },
    line,
  );
  return { proposals, termOptions: TERM_OPTIONS };
}

/** proposeOnGitHub: as copyAsProposal; an editor that can open a page gets the page of a single idea opened (the VS Code extension opens it itself). */
export async function proposeOnGitHub(args: unknown[], services: ProposeServices, editor: Editor): Promise<ProposeResult> {
  const result = copyAsProposal(args, services);
  const [only] = result.proposals;
  if (editor.openExternal && readOptions(args[2]).open !== false && result.proposals.length === 1) {
    if (only.tooLong) {
      editor.showMessage('warning', `The prefilled form for "${only.idea}" is ${only.url.length} characters, too long for a browser: use "Copy as proposal" and paste the body into the form.`);
    } else {
      await editor.openExternal(only.url);
    }
  }
  return result;
}
