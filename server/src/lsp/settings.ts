import { DidChangeConfigurationNotification, MessageType, ShowMessageNotification, type Connection, type InitializeParams } from 'vscode-languageserver';
import { readSettings } from '../settings';
import type { LanguageService } from '../service/languageService';

/**
 * The settings, from wherever the client gives them: the initialize
 * request's `initializationOptions.settings`, then workspace/configuration
 * (pulled at start and on every change notification) when the client offers
 * it, else the `mentorshipIdeas` section of didChangeConfiguration.
 */
export class SettingsSource {
  private pull = false;
  private settled: () => void = () => undefined;
  /** Settles once the client's settings have been read (or could not be), for requests that depend on them. */
  readonly ready = new Promise<void>((resolve) => (this.settled = resolve));

  constructor(
    private readonly connection: Connection,
    private readonly service: LanguageService,
    /** Runs after new settings were applied, with whether the `files` globs changed. */
    private readonly changed: (globsChanged: boolean) => void,
  ) {}

  /** Whether the settings are pulled with workspace/configuration. */
  get pulled(): boolean {
    return this.pull;
  }

  initialize(params: InitializeParams): void {
    this.pull = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init?.settings !== undefined) {
      const { settings, problems } = readSettings(init.settings);
      this.service.configure(settings);
      for (const p of problems) this.connection.console.warn(p);
    }
  }

  initialized(): void {
    if (!this.pull) {
      this.settled();
      return;
    }
    void this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'mentorshipIdeas' }).catch(() => undefined);
    void this.pullSettings().finally(this.settled);
  }

  /** workspace/didChangeConfiguration. */
  didChange(settings: unknown): void {
    if (this.pull) void this.pullSettings();
    else this.apply((settings as { mentorshipIdeas?: unknown } | undefined)?.mentorshipIdeas);
  }

  private async pullSettings(): Promise<void> {
    try {
      const [raw] = await this.connection.workspace.getConfiguration([{ section: 'mentorshipIdeas' }]);
      this.apply(raw);
    } catch (e) {
      this.connection.console.error(`Could not read settings: ${String(e)}`);
    }
  }

  private apply(raw: unknown): void {
    const { settings, problems } = readSettings(raw);
    // The settings the client sends at start are mostly those already in use: nothing to analyse and publish again then.
    const changed = JSON.stringify(settings) !== JSON.stringify(this.service.settings);
    const globsChanged = changed && this.service.configure(settings);
    // A notification, not a request: a client without window/showMessageRequest must not fail us.
    for (const p of problems) void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `CNCF Mentorship Ideas: ${p}` });
    if (changed) this.service.publishAll();
    this.changed(globsChanged);
  }
}
