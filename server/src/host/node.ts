import { join } from 'node:path';
import type { Platform } from '../service/host';
import { nodeFileSystem } from './files';

/** Tests shorten the GitHub cache's time to live and the request timeout (capped at 5 s) through these. */
export const TTL_ENV = 'MENTORSHIP_IDEAS_GITHUB_TTL_MS';
export const TIMEOUT_ENV = 'MENTORSHIP_IDEAS_GITHUB_TIMEOUT_MS';
/** Tests shorten the wait before reading CNCF's verdict again after a save. */
export const VERDICT_RECHECK_ENV = 'MENTORSHIP_IDEAS_VERDICT_RECHECK_MS';

/** A positive number of milliseconds from the environment. */
function environmentMs(name: string): number | undefined {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** What Node gives the language service: the disk, fetch, the clock, and GITHUB_TOKEN. */
export function nodePlatform(): Platform {
  return {
    files: nodeFileSystem,
    fileSchemes: ['file'],
    fetch: (input, init) => fetch(input, init),
    now: Date.now,
    githubToken: process.env.GITHUB_TOKEN || undefined,
    githubTtlMs: environmentMs(TTL_ENV),
    githubTimeoutMs: environmentMs(TIMEOUT_ENV),
    verdictRecheckMs: environmentMs(VERDICT_RECHECK_ENV),
  };
}

/** A stray rejected promise must cost one answer, never the server and the user's diagnostics. */
export function keepRunningOnUnhandledRejections(): void {
  process.on('unhandledRejection', (reason) => {
    console.error(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
  });
}

/** A closed pipe (`| head`) ends the output, not the CLI with a stack trace. */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}

/** Writes to standard output and error, as the CLI prints. */
export const standardOutput = { out: (s: string) => void process.stdout.write(s), err: (s: string) => void process.stderr.write(s) };

/** The process's arguments after the script, and its working directory. */
export function commandLine(): { argv: string[]; cwd: string } {
  return { argv: process.argv.slice(2), cwd: process.cwd() };
}

/** Sets the exit code the process ends with. */
export function setExitCode(code: number): void {
  process.exitCode = code;
}

/** A script beside the running bundle, in dist/. */
export function siblingScript(name: string): string {
  return join(__dirname, name);
}
