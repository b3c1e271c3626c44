import type { TextEdit } from '../../model/types';

/**
 * What a command may ask of the editor that ran it. The LSP server
 * implements it over the connection; it is the only way a command changes
 * the user's text.
 */
export interface Editor {
  /** Applies edits to an open document (tied to its current version when the editor can, unless `versioned` is false); true when the editor applied them. */
  applyEdits(uri: string, edits: TextEdit[], label: string, options?: { versioned?: boolean }): Promise<boolean>;
  /** Shows a message the user may dismiss (LSP window/showMessageRequest). */
  showMessage(type: 'info' | 'warning', message: string): void;
  /** Asks the user to pick one of `actions` (LSP window/showMessageRequest, as a warning); undefined when they dismissed the message. */
  ask(message: string, actions: readonly string[]): Promise<string | undefined>;
  /** Tells the user something in passing (LSP window/showMessage). */
  notify(type: 'info' | 'warning', message: string): void;
  /** Creates a file holding `text`; undefined when the editor cannot create files, else whether it did. */
  createFile(uri: string, text: string, label: string): Promise<boolean | undefined>;
  /** Shows a document in the editor, when the editor can be asked to. */
  showDocument?(uri: string): Promise<void>;
  /** Opens a URL in the browser; undefined when the editor cannot be asked to (VS Code's extension opens pages itself). */
  openExternal?(url: string): Promise<void>;
}
