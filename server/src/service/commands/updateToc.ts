import type { UpdateTocResult } from '../../protocol';
import { expectedToc, tocEdit } from '../../toc/generate';
import type { Services } from '../services';
import { uriArgument } from './arguments';
import type { Editor } from './editor';

/** Regenerates the table of contents of an open ideas file (argument: its URI) and applies it through workspace/applyEdit. */
export async function updateToc(args: unknown[], services: Pick<Services, 'ideasFile'>, editor: Editor): Promise<UpdateTocResult> {
  const uri = uriArgument(args);
  const file = uri ? services.ideasFile(uri) : undefined;
  if (!uri || !file) return tell(editor, { changed: false, applied: false, message: 'Update table of contents: open a project ideas file or term README first.' });
  const { doc } = file.analysis;
  if (!doc.toc) {
    return tell(editor, { changed: false, applied: false, message: 'This file has no table of contents (a list of links under a "Table of Contents" heading or between <!-- TOC --> markers).' });
  }
  const edit = tocEdit(doc.toc, expectedToc(doc));
  const text = file.document.getText();
  const eol = /\r\n/.exec(text)?.[0] ?? '\n';
  edit.newText = edit.newText.replace(/\n/g, eol);
  if (file.document.getText(edit.range) === edit.newText) return tell(editor, { changed: false, applied: false, message: 'The table of contents is up to date.' });
  const applied = await editor.applyEdits(uri, [edit], 'Update table of contents');
  return { changed: true, applied, message: applied ? 'Table of contents updated.' : 'The editor did not apply the new table of contents.' };
}

function tell(editor: Editor, result: UpdateTocResult): UpdateTocResult {
  editor.showMessage('info', result.message);
  return result;
}
