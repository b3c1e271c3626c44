import { window, type ExtensionContext } from 'vscode';
import type { MissingLfid } from '../../server/src/protocol';

/** LFIDs the user entered, by lower-cased GitHub handle, kept across sessions. */
export const LFIDS_KEY = 'mentorshipIdeas.lfids';

/**
 * Asks for the LFID of each mentor who has a handle but no LFID, and
 * remembers the ones entered in `lfids` and the global state. Resolves to
 * whether any was entered, or undefined when the user pressed Escape (then
 * nothing is remembered).
 */
export async function askMissingLfids(
  context: ExtensionContext,
  missing: readonly MissingLfid[],
  lfids: Record<string, string>,
  prompt: string,
): Promise<boolean | undefined> {
  const entered: Record<string, string> = {};
  for (const mentor of missing) {
    if (!mentor.handle) continue;
    const lfid = await window.showInputBox({
      title: `LFID of ${mentor.name} (@${mentor.handle})`,
      prompt,
      ignoreFocusOut: true,
      validateInput: (v) => (/[\s@/]/.test(v.trim()) ? 'An LFID is one word, without spaces, @ or /' : undefined),
    });
    if (lfid === undefined) return undefined;
    if (lfid.trim()) entered[mentor.handle.toLowerCase()] = lfid.trim();
  }
  if (Object.keys(entered).length === 0) return false;
  Object.assign(lfids, entered);
  await context.globalState.update(LFIDS_KEY, lfids);
  return true;
}
