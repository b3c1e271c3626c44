// Bundles the extension client, the language server and the CLI into dist/, and the web
// extension's client and server (scripts/browserBundles.mjs).
import { build } from 'esbuild';
import { browserBuilds } from './browserBundles.mjs';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  // dist/server.js and dist/cli.js run their bundle from V8's code cache (server/src/host/boot).
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server-main.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js' }),
  build({ ...common, entryPoints: ['server/src/host/boot/server.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/host/boot/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  ...browserBuilds({ production }).map((options) => build(options)),
]);
