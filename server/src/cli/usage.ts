import { parseRepository, type Repository } from '../github/proposalIssues';
import { readTextFile } from '../host/files';
import { LanguageService } from '../service/languageService';
import { readSettings, type Settings } from '../settings';
import type { Platform } from '../service/host';

/** Where the CLI prints. */
export interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** What a command runs with: its output, the working directory, and the platform the service is built on. */
export interface CliContext {
  io: Output;
  /** The working directory's file URI: run inside a clone of cncf/mentoring, its project list and quotas apply. */
  cwdUri: string;
  platform: Platform;
  /** The CLI's entry script, for checking many files on worker threads (none: one thread). */
  workerScript?: string;
}

/** A command line the CLI cannot run: the message and the usage (the command's, else the CLI's) are printed, and the exit code is 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The usage of the command it was given to. */
    readonly usage?: string,
  ) {
    super(message);
  }
}

/** `--flag value` or `--flag=value`: the flag and its inline value. */
export function splitFlag(arg: string): [string, string | undefined] {
  return arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
}

/** The language service of one CLI run: no open documents, its logs on stderr. */
export function cliService(context: CliContext): LanguageService {
  const log = (s: string) => context.io.err(s + '\n');
  return new LanguageService({ ...context.platform, documents: { get: () => undefined, all: () => [] }, logger: { error: log, warn: log }, publishDiagnostics: () => undefined });
}

/** The service of a command's run: its settings, the working directory its workspace folder. */
export function runService(context: CliContext, settings: Settings): LanguageService {
  const service = cliService(context);
  service.configure(settings);
  service.setWorkspaceFolders([context.cwdUri]);
  return service;
}

/** The repository proposals go to (`github.proposalRepository`); throws when it is not one. */
export function repositoryOf(settings: Settings): Repository {
  const repo = parseRepository(settings.github.proposalRepository);
  if (!repo) throw new Error(`github.proposalRepository "${settings.github.proposalRepository}" is not OWNER/NAME`);
  return repo;
}

/** The settings of `--config FILE` (the `mentorshipIdeas` section of a settings.json, or the section alone); the defaults without one. Throws, naming the file, on a problem. */
export function loadConfig(config: string | undefined): Settings {
  if (!config) return readSettings(undefined).settings;
  let raw: unknown;
  try {
    raw = JSON.parse(readTextFile(config));
  } catch (e) {
    throw new Error(e instanceof SyntaxError ? `${config} is not valid JSON: ${e.message}` : (e as Error).message);
  }
  const section = (raw as { mentorshipIdeas?: unknown })?.mentorshipIdeas ?? raw;
  const { settings, problems } = readSettings(section);
  if (problems.length) throw new Error(`${config}: ${problems.join('; ')}`);
  return settings;
}
