import type { Feature, ServerContext } from '../serverContext';
import { expectedToc, tocEdit } from '../toc/generate';
import { ServerCommand, type UpdateTocResult } from '../protocol';
import { applyEdits, registerCommand, uriArgument } from './commands';

/** Regenerates the table of contents of an open ideas file (argument: its URI) and applies it through workspace/applyEdit. */
async function updateToc(args: unknown[], ctx: ServerContext): Promise<UpdateTocResult> {
  const uri = uriArgument(args);
  const file = uri ? ctx.ideasFile(uri) : undefined;
  if (!uri || !file) return tell(ctx, { changed: false, applied: false, message: 'Update table of contents: open a project ideas file or term README first.' });
  const { doc } = file.analysis;
  if (!doc.toc) {
    return tell(ctx, { changed: false, applied: false, message: 'This file has no table of contents (a list of links under a "Table of Contents" heading or between <!-- TOC --> markers).' });
  }
  const edit = tocEdit(doc.toc, expectedToc(doc));
  const text = file.document.getText();
  const eol = /\r\n/.exec(text)?.[0] ?? '\n';
  edit.newText = edit.newText.replace(/\n/g, eol);
  if (file.document.getText(edit.range) === edit.newText) return tell(ctx, { changed: false, applied: false, message: 'The table of contents is up to date.' });
  const applied = await applyEdits(ctx, uri, [edit], 'Update table of contents');
  return { changed: true, applied, message: applied ? 'Table of contents updated.' : 'The editor did not apply the new table of contents.' };
}

function tell(ctx: ServerContext, result: UpdateTocResult): UpdateTocResult {
  void ctx.connection.window.showInformationMessage(result.message);
  return result;
}

export const updateTocFeature: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: [ServerCommand.updateToc] } }),
  register(ctx) {
    registerCommand(ctx, ServerCommand.updateToc, updateToc);
  },
};
