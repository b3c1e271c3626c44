import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { runCli } from './cli';
import { runCheckWorker } from './analysis/checkFiles';

if (!isMainThread) runCheckWorker();
else {
  // A closed pipe (`| head`) ends the output, not the CLI with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  // dist/cli.js, beside this bundle, starts the check workers (from the code cache).
  void Promise.resolve(runCli(process.argv.slice(2), undefined, join(__dirname, 'cli.js'))).then((code) => {
    process.exitCode = code;
  });
}
