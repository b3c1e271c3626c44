import { join } from 'node:path';
import { runBundle } from './codeCache';

// dist/server.js: the language server bundle (dist/server-main.js), from V8's code cache.
runBundle(join(__dirname, 'server-main.js'), require);
