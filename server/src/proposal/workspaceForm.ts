import { parse } from 'yaml';
import { readWorkspaceFile, type FileSystem } from '../fileSystem';
import { joinUri, uriPath } from '../uri';
import { FORM_TEMPLATE } from './form';

/** Where cncf/mentoring keeps the proposal form, which the prefilled link opens. */
export const WORKSPACE_FORM_PATH = `.github/ISSUE_TEMPLATE/${FORM_TEMPLATE}`;

/** The Term options the form offers, and where they were read. */
export interface FormTerms {
  options: readonly string[];
  /** `.github/ISSUE_TEMPLATE/lfx-program-proposal.yml`, or undefined for the bundled copy. */
  path?: string;
}

/**
 * The Term dropdown's options of the first folder (a clone of cncf/mentoring)
 * holding the proposal form; undefined when none does. Throws, naming the
 * file, when it cannot be read as a form with a Term dropdown.
 */
export async function workspaceFormTerms(files: FileSystem, folders: readonly string[]): Promise<FormTerms | undefined> {
  for (const folder of folders) {
    const uri = joinUri(folder, WORKSPACE_FORM_PATH);
    const path = uriPath(uri);
    const text = await readWorkspaceFile(files, uri);
    if (text === undefined) continue;
    let form: unknown;
    try {
      form = parse(text);
    } catch (e) {
      throw new Error(`${path} is not YAML: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    const body = (form as { body?: unknown })?.body;
    const term = Array.isArray(body) ? (body as { id?: unknown; attributes?: { options?: unknown } }[]).find((f) => f?.id === 'term') : undefined;
    const options = term?.attributes?.options;
    if (!Array.isArray(options) || !options.every((o) => typeof o === 'string' || typeof o === 'number')) throw new Error(`${path} has no Term dropdown with options`);
    return { options: options.map(String), path: WORKSPACE_FORM_PATH };
  }
  return undefined;
}
