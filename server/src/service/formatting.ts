import type { TextEdit } from 'vscode-languageserver-types';
import { formatEntries } from '../format/formatEntries';
import type { Range } from '../model/types';
import type { OpenIdeasFile } from './documents';

/** Formats the entries of an ideas file (all of them, or those the range touches); other Markdown is left alone. */
export function formatting(file: OpenIdeasFile, range?: Range): TextEdit[] {
  return formatEntries(file.analysis.doc, file.document.getText(), range);
}
