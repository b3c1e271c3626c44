// npm run test:vscode: the end-to-end suite (out/e2e/suite, bundled by
// scripts/e2e/build-suite.mjs) in a VS Code that @vscode/test-electron
// downloads, on a copy of the fixture workspace pointed at a fake GitHub API.
import { defineConfig } from '@vscode/test-cli';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { prepareWorkspace } from './scripts/e2e/fixtureWorkspace.mjs';

const workspace = await prepareWorkspace();
process.on('exit', () => rmSync(dirname(workspace.dir), { recursive: true, force: true }));

export default defineConfig({
  files: 'out/e2e/suite/**/*.test.js',
  workspaceFolder: workspace.dir,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  env: { GITHUB_TOKEN: '' },
  mocha: { ui: 'bdd', timeout: 60_000 },
});
