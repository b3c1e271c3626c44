import { CHECK_USAGE, checkOptions, ONLINE_USAGE, runCheck } from './check';
import { OUTLINE_USAGE, runOutline } from './outline';
import { PROPOSE_USAGE, runPropose } from './propose';
import { PROPOSALS_USAGE, runProposals } from './proposals';
import { UsageError, type CliContext, type Output } from './usage';

const USAGE = `usage:
  ${CHECK_USAGE}
  ${OUTLINE_USAGE}
  ${PROPOSE_USAGE}
  ${PROPOSALS_USAGE}

  ${ONLINE_USAGE}
  --create  file the proposal as an issue in github.proposalRepository (default
            cncf/mentoring) with GITHUB_TOKEN (public_repo scope), printing its URL;
            an open issue of yours with the same title is found, not filed twice;
            --dry-run prints the request instead`;

/** Runs the CLI, one file of this folder per command; resolves to the exit code (0 clean, 1 errors found, 2 usage or I/O problem). */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'propose') return await runPropose(rest, context);
    if (command === 'proposals') return await runProposals(rest, context);
    if (command === 'check') return await runCheck(checkOptions(rest), context);
    if (command === 'outline') {
      const { format, paths } = checkOptions(rest);
      return runOutline(format, paths, context);
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      context.io.out(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (e) {
    return fail(e, context.io);
  }
}

function fail(e: unknown, io: Output): number {
  if (e instanceof UsageError) {
    io.err(`mentorship-ideas: ${e.message}\n${e.usage ? `usage: ${e.usage}` : USAGE}\n`);
    return 2;
  }
  io.err(`mentorship-ideas: ${e instanceof Error ? e.message : String(e)}\n`);
  return 2;
}
