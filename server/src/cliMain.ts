import { runCli } from './cli';

void Promise.resolve(runCli(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
