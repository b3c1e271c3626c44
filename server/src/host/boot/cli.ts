import { join } from 'node:path';
import { runBundle } from './codeCache';

// dist/cli.js: the CLI bundle (dist/cli-main.js), from V8's code cache.
runBundle(join(__dirname, 'cli-main.js'), require);
