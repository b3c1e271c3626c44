// Starts and stops code-server (VS Code's server build) for the e2e runner,
// each in its own process group, with its config, data and extensions in
// the run folder so nothing of the user's is read or written.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export async function freePort() {
  const server = createServer();
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

/** The environment code-server and the extension host get: no GitHub token of the person running the tests, homes in the run folder. */
export function isolatedEnv(home, extra = {}) {
  const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'), ...extra };
  delete env.GITHUB_TOKEN;
  return env;
}

function commonArgs(setup, dir) {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'code-server.yaml');
  writeFileSync(config, 'auth: none\n');
  return [join(setup.CODE_SERVER_DIR, 'out/node/entry.js'), '--config', config, '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', join(dir, 'extensions')];
}

/** Runs a one-off code-server command (--install-extension, --list-extensions) against the profile in `dir`. */
export function codeServerCli(setup, dir, args) {
  const result = spawnSync(setup.NODE24, [...commonArgs(setup, dir), ...args], { encoding: 'utf8', env: isolatedEnv(dir), timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Starts code-server on a free port of 127.0.0.1 with the profile in `dir`;
 * resolves once it answers /healthz. `vscodeOptions` are NAME=VALUE options
 * for the VS Code server inside it (extensionDevelopmentPath, ...).
 */
export async function startCodeServer(setup, dir, { vscodeOptions = [], env = {} } = {}) {
  const port = await freePort();
  const logFile = join(dir, 'code-server.log');
  const log = createWriteStream(logFile);
  const args = [
    ...commonArgs(setup, dir),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...vscodeOptions.flatMap((o) => ['--vscode-option', o]),
  ];
  const child = spawn(setup.NODE24, args, { env: isolatedEnv(dir, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(`code-server exited (${signal ?? code})`)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const killed = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(killed);
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode} before serving; log:\n${tail(logFile)}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer within 60 s; log:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, logFile, exited, stop };
}

export function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
