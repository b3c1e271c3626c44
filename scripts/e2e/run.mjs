// npm run test:e2e: the end-to-end suite in a real VS Code where none can be
// downloaded. Sets up code-server and Chromium (scripts/e2e/setup.sh), packages
// the .vsix and checks its contents, runs test/e2e/suite in code-server's
// extension host, then installs the .vsix into a fresh code-server, checks that
// it activates on an ideas file and takes the README's screenshots.
// Exits non-zero when any test or check fails; ends with "e2e: N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { codeServerCli, startCodeServer, tail } from './codeServer.mjs';
import { prepareWorkspace } from './fixtureWorkspace.mjs';
import { takeScreenshots } from './screenshots.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const RUN_DIR = join(ROOT, '.cache/e2e/run');
const SUITE_TIMEOUT_MS = 4 * 60_000;
const started = Date.now();
let passed = 0;
let failed = 0;

function record(ok, title, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✔' : '✘'} ${title}${detail ? `\n${detail.replace(/^/gm, '      ')}` : ''}`);
}

async function check(title, body) {
  try {
    await body();
    record(true, title);
  } catch (e) {
    record(false, title, e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
}

function step(title) {
  console.log(`\n[e2e ${((Date.now() - started) / 1000).toFixed(0)}s] ${title}`);
}

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
}

function readSetup() {
  const out = execFileSync('bash', [join(ROOT, 'scripts/e2e/setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return Object.fromEntries(out.trim().split('\n').map((l) => l.split(/=(.*)/s).slice(0, 2)));
}

function launchChromium(setup) {
  return chromium.launch({
    executablePath: setup.CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** The JSON lines runInExtensionHost.js wrote; `done` is its last line, if it got that far. */
function readResults(file) {
  if (!existsSync(file)) return { tests: [], done: undefined };
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return { tests: lines.filter((l) => !l.done), done: lines.find((l) => l.done) };
}

/** Runs test/e2e/suite in the extension host of code-server, driven by a headless Chromium page. */
async function runSuite(setup, browser) {
  const dir = join(RUN_DIR, 'suite');
  const resultsFile = join(dir, 'results.jsonl');
  mkdirSync(dir, { recursive: true });
  const workspace = await prepareWorkspace();
  // The browser workbench takes the extension and the tests to run from the
  // URL's payload, as VS Code's own browser tests pass them; it reads the
  // payload only with the smoke-test driver enabled.
  const server = await startCodeServer(setup, dir, { vscodeOptions: ['enable-smoke-test-driver'], env: { MENTORSHIP_IDEAS_E2E_RESULTS: resultsFile } });
  const remote = `vscode-remote://${new URL(server.url).host}`;
  const payload = [
    ['extensionDevelopmentPath', `${remote}${ROOT}`],
    ['extensionTestsPath', `${remote}${join(ROOT, 'out/e2e/runInExtensionHost.js')}`],
    ['skipWelcome', 'true'],
  ];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    // The workbench calls codeAutomationExit when the extension tests end, as in VS Code's own browser tests.
    let reportExit;
    const automationExit = new Promise((resolveExit) => (reportExit = resolveExit));
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(`the workbench reported exit code ${code}`));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace.dir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    let waiting = true;
    const finished = await Promise.race([
      automationExit,
      server.exited,
      new Promise((r) => (timer = setTimeout(() => r(`timed out after ${SUITE_TIMEOUT_MS / 1000} s`), SUITE_TIMEOUT_MS))),
      (async () => {
        while (waiting && !readResults(resultsFile).done) await new Promise((r) => setTimeout(r, 250));
        return 'the suite wrote its last result';
      })(),
    ]);
    waiting = false;
    clearTimeout(timer);
    const { tests, done } = readResults(resultsFile);
    for (const t of tests) record(t.state === 'passed', `${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`, t.error);
    if (!done) {
      await page.screenshot({ path: join(dir, 'unfinished.png') }).catch(() => undefined);
      record(false, `the extension host finished the suite (${finished})`, `code-server log:\n${tail(server.logFile)}`);
    } else if (tests.length === 0) {
      record(false, 'the suite ran tests', 'no test result came back from the extension host');
    }
  } finally {
    await page.close();
    await server.stop();
    await workspace.dispose();
  }
}

/** Installs the .vsix into a fresh code-server profile, opens an ideas file and takes the README's screenshots there. */
async function runInstalledVsix(setup, browser, vsix) {
  const dir = join(RUN_DIR, 'vsix');
  await check('the .vsix installs into code-server with --install-extension', () => {
    const install = codeServerCli(setup, dir, ['--install-extension', vsix, '--force']);
    if (install.status !== 0) throw new Error(`exit ${install.status}:\n${install.output}`);
    const list = codeServerCli(setup, dir, ['--list-extensions', '--show-versions']);
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    if (!list.output.includes(`mentorship-ideas.mentorship-ideas@${version}`)) throw new Error(`not listed:\n${list.output}`);
  });
  const workspace = await prepareWorkspace();
  const server = await startCodeServer(setup, dir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace.dir)}`);
    await takeScreenshots(page, { check, imagesDir: join(ROOT, 'docs/images'), failureDir: dir, workspaceDir: workspace.dir });
  } finally {
    await page.close();
    await server.stop();
    await workspace.dispose();
  }
}

async function main() {
  rmSync(RUN_DIR, { recursive: true, force: true });
  mkdirSync(RUN_DIR, { recursive: true });
  step('set-up: chromium, Node 24, code-server (cached under .cache/e2e)');
  const setup = readSetup();
  step('npm run package');
  run('npm', ['run', 'package', '--silent']);
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const vsix = join(ROOT, `mentorship-ideas-${version}.vsix`);
  step('contents of the .vsix');
  const packageTests = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', 'test/e2e/package/vsix.test.ts'], { cwd: ROOT, stdio: 'inherit' });
  record(packageTests.status === 0, 'test/e2e/package/vsix.test.ts');
  step('bundle the suite for the extension host');
  run(process.execPath, ['scripts/e2e/build-suite.mjs']);
  const browser = await launchChromium(setup);
  try {
    step('suite in the extension host of code-server');
    await runSuite(setup, browser);
    step('the packaged .vsix in code-server, with screenshots');
    await runInstalledVsix(setup, browser, vsix);
  } finally {
    await browser.close();
  }
  console.log(`\nend-to-end run took ${((Date.now() - started) / 1000).toFixed(0)} s; logs in ${RUN_DIR}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
}

await main().catch((e) => {
  console.error(e);
  console.log(`e2e: ${passed} passed, ${failed + 1} failed`);
  process.exitCode = 1;
});
