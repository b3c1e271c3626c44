// Bundles the end-to-end suite (test/e2e) for the extension host into out/e2e/:
// suite/*.test.js for @vscode/test-cli and runInExtensionHost.js for the code-server runner.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

const suite = readdirSync('test/e2e/suite')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/e2e/suite/${f}`);

await build({
  entryPoints: [...suite, 'test/e2e/runInExtensionHost.ts'],
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
