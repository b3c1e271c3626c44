import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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
export function workspaceFormTerms(roots: string[]): FormTerms | undefined {
  for (const root of roots) {
    const path = join(root, WORKSPACE_FORM_PATH);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw new Error(`cannot read ${path}: ${code ?? String(e)}`);
    }
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
