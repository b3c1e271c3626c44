import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../../server/src/analysis/diagnostic';
import type { DirectoryEntry, FileSystem } from '../../server/src/fileSystem';
import { NEVER_CANCELLED } from '../../server/src/service/host';
import type { OpenIdeasFile } from '../../server/src/service/documents';
import { LanguageService } from '../../server/src/service/languageService';
import type { Editor } from '../../server/src/service/commands/editor';
import type { TextEdit } from '../../server/src/model/types';
import type { Settings } from '../../server/src/settings';

export { NEVER_CANCELLED };

/** The root of an in-memory workspace. */
export const ROOT = 'file:///memory';

/**
 * The language service on an in-memory host, as the service-level tests use
 * it (vscode-markdown-languageservice's in-memory workspace): files by path
 * under ROOT, open documents, every publication and error recorded, and no
 * network (fetch fails, unless a test passes its own).
 */
export class MemoryWorkspace {
  readonly files = new Map<string, string>();
  readonly documents = new Map<string, TextDocument>();
  readonly published = new Map<string, { version: number; diagnostics: Diagnostic[] }[]>();
  readonly errors: string[] = [];
  readonly service: LanguageService;

  constructor(files: Record<string, string> = {}, options: { fetch?: typeof fetch; settings?: Settings } = {}) {
    for (const [path, text] of Object.entries(files)) this.files.set(this.uri(path), text);
    const documents = this.documents;
    const fileSystem: FileSystem = {
      readDirectory: async (uri) => this.readDirectory(uri),
      readFile: async (uri, maxBytes) => {
        const text = this.files.get(uri);
        return text !== undefined && (maxBytes === undefined || text.length <= maxBytes) ? text : undefined;
      },
    };
    this.service = new LanguageService({
      files: fileSystem,
      fetch: options.fetch ?? (async () => Promise.reject(new Error('no network in tests'))),
      now: Date.now,
      documents: { get: (uri) => documents.get(uri), all: () => [...documents.values()] },
      logger: { error: (m) => this.errors.push(m), warn: () => undefined },
      publishDiagnostics: (uri, version, diagnostics) => {
        const list = this.published.get(uri) ?? [];
        list.push({ version, diagnostics });
        this.published.set(uri, list);
      },
    });
    if (options.settings) this.service.configure(options.settings);
    this.service.setWorkspaceFolders([ROOT]);
  }

  uri(path: string): string {
    return `${ROOT}/${path.split('/').map(encodeURIComponent).join('/')}`;
  }

  private readDirectory(folder: string): DirectoryEntry[] {
    const prefix = folder.replace(/\/$/, '') + '/';
    const entries = new Map<string, DirectoryEntry>();
    for (const uri of this.files.keys()) {
      if (!uri.startsWith(prefix)) continue;
      const [name, ...rest] = uri.slice(prefix.length).split('/');
      entries.set(name, { name: decodeURIComponent(name), uri: prefix + name, type: rest.length ? 'directory' : 'file' });
    }
    return [...entries.values()];
  }

  /** Builds the workspace index over the files, as the server does once the client is ready. */
  async index(): Promise<void> {
    this.service.index.setGlobs(this.service.settings.files);
    await this.service.buildIndex();
  }

  /** Opens a document as an editor does; the service analyses and publishes it. */
  open(path: string, text: string): OpenIdeasFile | undefined {
    const uri = this.uri(path);
    this.documents.set(uri, TextDocument.create(uri, 'markdown', 1, text));
    this.service.publish(uri);
    this.service.documentChanged(uri);
    return this.service.ideasFile(uri);
  }

  /** The ideas file open at `path`, which the test expects to be one. */
  file(path: string): OpenIdeasFile {
    const file = this.service.ideasFile(this.uri(path));
    if (!file) throw new Error(`${path} is not an open ideas file`);
    return file;
  }
}

/** An editor that records what commands ask of it and applies nothing unless told to. */
export class RecordingEditor implements Editor {
  readonly applied: { uri: string; edits: TextEdit[]; label: string }[] = [];
  readonly messages: { type: string; message: string }[] = [];
  readonly opened: string[] = [];
  answers: (string | undefined)[] = [];

  constructor(canOpen = false) {
    if (!canOpen) this.openExternal = undefined;
  }

  async applyEdits(uri: string, edits: TextEdit[], label: string): Promise<boolean> {
    this.applied.push({ uri, edits, label });
    return true;
  }

  showMessage(type: 'info' | 'warning', message: string): void {
    this.messages.push({ type, message });
  }

  notify(type: 'info' | 'warning', message: string): void {
    this.messages.push({ type, message });
  }

  async createFile(uri: string, text: string, label: string): Promise<boolean | undefined> {
    this.applied.push({ uri, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }], label });
    return true;
  }

  async ask(message: string): Promise<string | undefined> {
    this.messages.push({ type: 'ask', message });
    return this.answers.shift();
  }

  openExternal?: (url: string) => Promise<void> = async (url) => {
    this.opened.push(url);
  };
}
