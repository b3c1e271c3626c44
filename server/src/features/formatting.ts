import type { TextEdit } from 'vscode-languageserver';
import { formatEntries } from '../format/formatEntries';
import { formatProposal } from '../kinds/proposal/format';
import { gsocLabelName } from '../kinds/gsoc/labels';
import type { Range } from '../model/types';
import type { Feature, ServerContext } from '../serverContext';

/** Formats the entries of an ideas file (all of them, or those the range touches); other Markdown is left alone. */
function format(ctx: ServerContext, uri: string, range?: Range): TextEdit[] {
  try {
    const file = ctx.ideasFile(uri);
    if (!file) return [];
    if (file.analysis.kind === 'proposal') return formatProposal(file.document.getText());
    return formatEntries(file.analysis.doc, file.document.getText(), range, file.analysis.kind === 'gsoc' ? gsocLabelName : undefined);
  } catch (e) {
    ctx.connection.console.error(`formatting failed: ${e instanceof Error ? e.stack : String(e)}`);
    return [];
  }
}

export const formattingFeature: Feature = {
  capabilities: () => ({ documentFormattingProvider: true, documentRangeFormattingProvider: true }),
  register(ctx) {
    ctx.connection.onDocumentFormatting((params) => format(ctx, params.textDocument.uri));
    ctx.connection.onDocumentRangeFormatting((params) => format(ctx, params.textDocument.uri, params.range));
  },
};
