import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runBundle } from './codeCache';

// A check is over before TurboFan's optimized code pays for its compiles, which on a 2-core machine compete with
// the check threads for the cores: the corpus (85 files, 2.7 MB) takes 0.55-0.61 s without it, 0.81-1.01 s with it.
// V8's flags are the process's, so the check workers run without it too.
setFlagsFromString('--no-opt');

// dist/cli.js: the CLI bundle (dist/cli-main.js), from V8's code cache.
runBundle(join(__dirname, 'cli-main.js'), require);
