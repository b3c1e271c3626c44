import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runBundle } from './codeCache';

// A language server lives long and mostly idles: V8's young generation stays at its first size instead
// of growing to 16 MB semi-spaces in the bursts of the first analysis and the workspace index, which it
// never gives back (about 30 MB of resident memory for no speed the editor notices).
setFlagsFromString('--semi-space-growth-factor=1');
// Its work comes in events of a millisecond or less, which the interpreter and the baseline compiler run at
// once. TurboFan's burst of optimizing compiles in the first seconds of typing competed for the cores with
// the editor and held keystrokes up to 5-30 ms (p95 of the first 60 keystrokes 5.5-6.4 ms with it, 1.9
// without, on the 156 KB README); without it the server also stays about 19 MB smaller.
setFlagsFromString('--no-opt');

// dist/server.js: the language server bundle (dist/server-main.js), from V8's code cache.
runBundle(join(__dirname, 'server-main.js'), require);
