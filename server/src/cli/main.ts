import { commandLine, endQuietlyOnClosedPipe, nodePlatform, setExitCode, standardOutput } from '../host/node';
import { pathUri } from '../host/files';
import { runCli } from '.';

// dist/cli.js: the CLI on Node.
endQuietlyOnClosedPipe();
const { argv, cwd } = commandLine();
void runCli(argv, { io: standardOutput, cwdUri: pathUri(cwd), platform: nodePlatform() }).then(setExitCode);
