// The browser bundles of the web extension (github.dev, vscode.dev, code-server's web worker
// extension host): the client, and the language server for a Web Worker. A browser has no Node:
// importing a Node built-in, directly or through a package, fails the build.
import { builtinModules } from 'node:module';

const NODE_BUILTIN = new RegExp(`^(?:node:.*|(?:${builtinModules.map((m) => m.replace(/[/]/g, '\\/')).join('|')})(?:/.*)?)$`);

/** An esbuild plugin failing the build on any import of a Node built-in, naming the importer. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: NODE_BUILTIN }, (args) => ({
      errors: [{ text: `"${args.path}" is a Node built-in, which a browser does not have (imported by ${args.importer || 'the entry point'})` }],
    }));
  },
};

/** esbuild options of the two browser bundles. */
export function browserBuilds({ production = false } = {}) {
  const common = {
    bundle: true,
    platform: 'browser',
    // Both run in a worker, where there is no DOM: packages' `worker` builds win over their `browser` ones
    // (decode-named-character-reference's browser build decodes through `document`).
    conditions: ['worker'],
    target: 'es2022',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    plugins: [noNodeBuiltins],
  };
  return [
    { ...common, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/client-web.js', format: 'cjs', external: ['vscode'] },
    // An IIFE: a Worker runs it as a classic script, the client in-process as a function body.
    { ...common, entryPoints: ['server/src/lsp/browserMain.ts'], outfile: 'dist/server-web.js', format: 'iife' },
  ];
}
