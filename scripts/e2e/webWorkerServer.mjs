// The browser build of the language server (dist/server-web.js) in a real Web
// Worker of headless Chromium, as github.dev and vscode.dev run it (code-server
// lets an extension start no Worker, so the workbench runs do not reach this
// path): a page served from 127.0.0.1 starts the Worker and speaks LSP to it
// with plain JSON-RPC messages, answering its workspace file requests.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const FOLDER = 'vscode-vfs://github/cncf/mentoring';
const OPEN = `${FOLDER}/programs/lfx-mentorship/2026/01-Mar-May/project_ideas.md`;
const OTHER = `${FOLDER}/programs/lfx-mentorship/2025/03-Sep-Nov/project_ideas.md`;

/** Serves `/server-web.js` (the built file) and an empty page, on 127.0.0.1. */
async function serveBundle(root) {
  const server = createServer((req, res) => {
    if (req.url === '/server-web.js') {
      res.setHeader('content-type', 'text/javascript');
      res.end(readFileSync(join(root, 'dist/server-web.js')));
      return;
    }
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><title>Web Worker language server</title>');
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

/** Runs in the page: the client side of the conversation; resolves with what the server answered. */
async function talkToWorker({ files, folder, open }) {
  const worker = new Worker('/server-web.js');
  const errors = [];
  worker.addEventListener('error', (e) => errors.push(e.message ?? String(e)));
  const pending = new Map();
  const published = [];
  const asked = [];
  let nextId = 1;
  const answers = {
    'workspace/configuration': (p) => p.items.map(() => ({})),
    'client/registerCapability': () => null,
    'window/workDoneProgress/create': () => null,
    'mentorshipIdeas/findFiles': () => Object.keys(files),
    'mentorshipIdeas/readFile': (p) => files[p.uri] ?? null,
    'mentorshipIdeas/readDirectory': () => [],
  };
  worker.onmessage = ({ data }) => {
    if (data.id !== undefined && data.method === undefined) {
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    } else if (data.id !== undefined) {
      asked.push(data.method);
      const answer = answers[data.method];
      worker.postMessage(answer ? { jsonrpc: '2.0', id: data.id, result: answer(data.params) } : { jsonrpc: '2.0', id: data.id, error: { code: -32601, message: `no ${data.method}` } });
    } else if (data.method === 'textDocument/publishDiagnostics') {
      published.push(data.params);
    }
  };
  const request = (method, params) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });
  const until = async (probe) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline || errors.length) return undefined;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const initialized = await request('initialize', {
    processId: null,
    rootUri: folder,
    workspaceFolders: [{ uri: folder, name: 'mentoring' }],
    capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } }, window: { workDoneProgress: true } },
    initializationOptions: { workspaceFiles: true },
  });
  notify('initialized', {});
  notify('textDocument/didOpen', { textDocument: { uri: open.uri, languageId: 'markdown', version: 1, text: open.text } });
  const diagnostics = await until(() => published.find((p) => p.uri === open.uri)?.diagnostics);
  const symbols = await until(async () => {
    const found = (await request('workspace/symbol', { query: 'Alert rule' })).result;
    return found?.length > 0 && found;
  });
  await request('shutdown');
  notify('exit');
  return {
    serverName: initialized.result?.serverInfo?.name,
    codes: (diagnostics ?? []).map((d) => d.code),
    symbols: (symbols || []).map((s) => [s.name, s.location.uri]),
    asked: [...new Set(asked)].sort(),
    errors,
  };
}

/** Checks the Web Worker path with `check(title, body)`, on a new page of `browser`. */
export async function checkWebWorkerServer(browser, { root, check }) {
  const ideas = (name) => readFileSync(join(root, 'test/e2e/fixtures/workspace/programs/lfx-mentorship', name, 'project_ideas.md'), 'utf8');
  const server = await serveBundle(root);
  const page = await browser.newPage();
  try {
    await check('web: dist/server-web.js in a Web Worker of Chromium checks a file, indexes the workspace through the client, and answers', async () => {
      await page.goto(server.url);
      const result = await page.evaluate(talkToWorker, { files: { [OTHER]: ideas('2025/03-Sep-Nov'), [OPEN]: ideas('2026/01-Mar-May') }, folder: FOLDER, open: { uri: OPEN, text: ideas('2026/01-Mar-May') } });
      const problems = [];
      if (result.errors.length) problems.push(`the Worker failed: ${result.errors.join('; ')}`);
      if (result.serverName !== 'mentorship-ideas') problems.push(`initialize answered ${result.serverName}`);
      if (!result.codes.includes('missing-field')) problems.push(`diagnostics: ${JSON.stringify(result.codes)}`);
      if (JSON.stringify(result.symbols) !== JSON.stringify([['Alert rule unit test generator', OTHER]])) problems.push(`workspace symbols: ${JSON.stringify(result.symbols)}`);
      if (!result.asked.includes('mentorshipIdeas/findFiles') || !result.asked.includes('mentorshipIdeas/readFile')) problems.push(`the server asked ${result.asked.join(', ')}`);
      if (problems.length) throw new Error(problems.join('\n'));
    });
  } finally {
    await page.close();
    await server.close();
  }
}
