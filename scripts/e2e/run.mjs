// npm run test:e2e: the end-to-end suite in a real VS Code where none can be
// downloaded. Sets up code-server and Chromium (scripts/e2e/setup.sh), packages
// the .vsix and checks its contents, runs test/e2e/suite in code-server's
// extension host, then installs the .vsix into a fresh code-server, checks that
// it activates on an ideas file and takes the README's screenshots. Then the
// same again in the browser: the browser build of the server in a Web Worker,
// the suite with the extension in the browser's web worker extension host (the
// web extension, `browser` in package.json), and the installed .vsix there,
// with the web screenshot.
// Exits non-zero when any test or check fails; ends with "e2e: N passed,
// N failed" (the desktop run) and "e2e web: N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { codeServerCli, startCodeServer, tail } from './codeServer.mjs';
import { prepareWorkspace } from './fixtureWorkspace.mjs';
import { takeScreenshots, takeWebScreenshot } from './screenshots.mjs';
import { checkWebWorkerServer } from './webWorkerServer.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const RUN_DIR = join(ROOT, '.cache/e2e/run');
const SUITE_TIMEOUT_MS = 4 * 60_000;
const EXTENSION_ID = 'mentorship-ideas.mentorship-ideas';
const started = Date.now();
/** Counts of the desktop run and of the web run; `current` is the run under way. */
const counts = { desktop: { passed: 0, failed: 0 }, web: { passed: 0, failed: 0 } };
let current = counts.desktop;

function record(ok, title, detail) {
  if (ok) current.passed++;
  else current.failed++;
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

/**
 * An HTTP server on 127.0.0.1 to which the suite in the browser's extension
 * host, which cannot write files, POSTs its result lines; it appends them to
 * `file`, as runInExtensionHost.js does on Node.
 */
async function startResultsServer(file) {
  const server = createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*');
    if (req.method !== 'POST') {
      res.statusCode = 204;
      res.end();
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      appendFileSync(file, body.replace(/\n/g, ' ') + '\n');
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${server.address().port}/results`, close: () => new Promise((done) => server.close(done)) };
}

/**
 * Makes the extension a web extension in the code-server profile of `dir`:
 * the user setting `remote.extensionKind`, which code-server 4.139 honours
 * for an installed extension and for one under development alike (the
 * payload's extensionDevelopmentKind is not read by its browser workbench,
 * and `extensions.webWorker` concerns only extensions installed in the
 * browser). The extension then runs in the browser's web worker extension
 * host from its `browser` entry; served from a `vscode-remote:` location,
 * it may start no Worker, so the client runs the server in the host's worker.
 */
function asWebExtension(dir, settings = {}) {
  mkdirSync(join(dir, 'user-data/User'), { recursive: true });
  writeFileSync(join(dir, 'user-data/User/settings.json'), JSON.stringify({ ...settings, 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } }, null, 2) + '\n');
}

/**
 * Runs test/e2e/suite in an extension host of code-server, driven by a
 * headless Chromium page: the Node extension host, or with `web` the
 * browser's web worker extension host (asWebExtension).
 */
async function runSuite(setup, browser, { web }) {
  const dir = join(RUN_DIR, web ? 'suite-web' : 'suite');
  const resultsFile = join(dir, 'results.jsonl');
  mkdirSync(dir, { recursive: true });
  if (web) asWebExtension(dir);
  const results = web ? await startResultsServer(resultsFile) : undefined;
  const workspace = await prepareWorkspace(results ? { 'mentorshipIdeasE2E.resultsUrl': results.url } : {});
  // The browser workbench takes the extension and the tests to run from the
  // URL's payload, as VS Code's own browser tests pass them; it reads the
  // payload only with the smoke-test driver enabled.
  const server = await startCodeServer(setup, dir, { vscodeOptions: ['enable-smoke-test-driver'], env: web ? {} : { MENTORSHIP_IDEAS_E2E_RESULTS: resultsFile } });
  const remote = `vscode-remote://${new URL(server.url).host}`;
  const payload = [
    ['extensionDevelopmentPath', `${remote}${ROOT}`],
    ['extensionTestsPath', `${remote}${join(ROOT, web ? 'out/e2e-web/runInWebExtensionHost.js' : 'out/e2e/runInExtensionHost.js')}`],
    ['skipWelcome', 'true'],
  ];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
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
      writeFileSync(join(dir, 'console-errors.txt'), consoleErrors.join('\n'));
      record(false, `the extension host finished the suite (${finished})`, `code-server log:\n${tail(server.logFile)}\nbrowser console errors (last 20):\n${consoleErrors.slice(-20).join('\n')}`);
    } else if (tests.length === 0) {
      record(false, 'the suite ran tests', 'no test result came back from the extension host');
    }
  } finally {
    await page.close();
    await server.stop();
    await workspace.dispose();
    await results?.close();
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

/** Installs the .vsix into a fresh code-server profile where it is a web extension (asWebExtension), and takes the web screenshot. */
async function runInstalledVsixInBrowser(setup, browser, vsix) {
  const dir = join(RUN_DIR, 'vsix-web');
  await check('the .vsix installs into code-server, set to run as a web extension', () => {
    const install = codeServerCli(setup, dir, ['--install-extension', vsix, '--force']);
    if (install.status !== 0) throw new Error(`exit ${install.status}:\n${install.output}`);
    // No secondary side bar (the chat) in the screenshot.
    asWebExtension(dir, { 'workbench.secondarySideBar.defaultVisibility': 'hidden' });
  });
  const workspace = await prepareWorkspace();
  const server = await startCodeServer(setup, dir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace.dir)}`);
    await takeWebScreenshot(page, { check, imagesDir: join(ROOT, 'docs/images'), failureDir: dir });
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
  step('bundle the suite for the extension hosts');
  run(process.execPath, ['scripts/e2e/build-suite.mjs']);
  const browser = await launchChromium(setup);
  try {
    step('suite in the extension host of code-server');
    await runSuite(setup, browser, { web: false });
    step('the packaged .vsix in code-server, with screenshots');
    await runInstalledVsix(setup, browser, vsix);
    current = counts.web;
    step('web: the language server in a Web Worker of Chromium, as github.dev runs it');
    await checkWebWorkerServer(browser, { root: ROOT, check });
    step('web: suite in the web worker extension host of code-server (the browser)');
    await runSuite(setup, browser, { web: true });
    step('web: the packaged .vsix as a web extension, with its screenshot');
    await runInstalledVsixInBrowser(setup, browser, vsix);
  } finally {
    await browser.close();
  }
  console.log(`\nend-to-end run took ${((Date.now() - started) / 1000).toFixed(0)} s; logs in ${RUN_DIR}`);
  printCounts();
  const ok = (c) => c.failed === 0 && c.passed > 0;
  process.exitCode = ok(counts.desktop) && ok(counts.web) ? 0 : 1;
}

function printCounts() {
  console.log(`e2e: ${counts.desktop.passed} passed, ${counts.desktop.failed} failed`);
  console.log(`e2e web: ${counts.web.passed} passed, ${counts.web.failed} failed`);
}

await main().catch((e) => {
  console.error(e);
  current.failed++;
  printCounts();
  process.exitCode = 1;
});
