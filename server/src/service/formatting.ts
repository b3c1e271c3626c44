import type { TextEdit } from 'vscode-languageserver-types';
import { formatEntries } from '../format/formatEntries';
import { gsocLabelName } from '../kinds/gsoc/labels';
import { formatProposal } from '../kinds/proposal/format';
import type { Range } from '../model/types';
import type { OpenIdeasFile } from './documents';

/** Formats the entries of an ideas file (all of them, or those the range touches); other Markdown is left alone. */
export function formatting(file: OpenIdeasFile, range?: Range): TextEdit[] {
  if (file.analysis.kind === 'proposal') return formatProposal(file.document.getText());
  return formatEntries(file.analysis.doc, file.document.getText(), range, file.analysis.kind === 'gsoc' ? gsocLabelName : undefined);
}
