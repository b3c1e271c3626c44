// Bundles the end-to-end suite (test/e2e) for the extension hosts:
// - out/e2e: suite/*.test.js for @vscode/test-cli and runInExtensionHost.js for
//   the code-server runner, in the Node extension host;
// - out/e2e-web/runInWebExtensionHost.js: the suite in the browser's web worker
//   extension host, one browser bundle with mocha's browser build, node:assert
//   played by test/e2e/web/assert.ts.
// A test file named *.node.test.ts runs on the desktop only (it needs Node), one
// named *.web.test.ts in the browser only.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

// The runners load every built test file: none may be left from a test file renamed or removed since.
rmSync('out/e2e', { recursive: true, force: true });
rmSync('out/e2e-web', { recursive: true, force: true });

const suite = readdirSync('test/e2e/suite').filter((f) => f.endsWith('.test.ts')).sort();
const desktop = suite.filter((f) => !f.endsWith('.web.test.ts'));
const web = suite.filter((f) => !f.endsWith('.node.test.ts'));

await build({
  entryPoints: [...desktop.map((f) => `test/e2e/suite/${f}`), 'test/e2e/runInExtensionHost.ts'],
  outdir: 'out/e2e',
  outbase: 'test/e2e',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});

// The entry point: the runner, handed a function that requires the suite's files once mocha has set up its globals.
const webEntry = `import { runWebSuite } from './web/runInWebExtensionHost';
export function run(): Promise<void> {
  return runWebSuite(() => {
${web.map((f) => `    require(${JSON.stringify(`./suite/${f}`)});`).join('\n')}
  });
}
`;

await build({
  stdin: { contents: webEntry, resolveDir: resolve('test/e2e'), sourcefile: 'webSuite.ts', loader: 'ts' },
  outfile: 'out/e2e-web/runInWebExtensionHost.js',
  bundle: true,
  platform: 'browser',
  conditions: ['worker'],
  target: 'es2022',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode'],
  alias: { 'node:assert/strict': resolve('test/e2e/web/assert.ts') },
  logLevel: 'warning',
});
