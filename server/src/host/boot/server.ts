import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runBundle } from './codeCache';

// A language server lives long and mostly idles: V8's young generation stays at its first size instead
// of growing to 16 MB semi-spaces in the bursts of the first analysis and the workspace index, which it
// never gives back (about 30 MB of resident memory for no speed the editor notices).
setFlagsFromString('--semi-space-growth-factor=1');

// dist/server.js: the language server bundle (dist/server-main.js), from V8's code cache.
runBundle(join(__dirname, 'server-main.js'), require);
