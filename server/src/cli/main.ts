import { isCheckWorker, runCheckWorker } from '../host/checkFiles';
import { pathUri } from '../host/files';
import { commandLine, endQuietlyOnClosedPipe, nodePlatform, setExitCode, siblingScript, standardOutput } from '../host/node';
import { runCli } from '.';

// dist/cli-main.js: the CLI on Node (dist/cli.js runs it from V8's code cache, and so do its check workers).
if (isCheckWorker()) void runCheckWorker();
else {
  endQuietlyOnClosedPipe();
  const { argv, cwd } = commandLine();
  void runCli(argv, { io: standardOutput, cwdUri: pathUri(cwd), platform: nodePlatform(), workerScript: siblingScript('cli.js') }).then(setExitCode);
}
