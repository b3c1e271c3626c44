import { runCli } from './cli';

// A closed pipe (`| head`) ends the output, not the CLI with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

void Promise.resolve(runCli(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
