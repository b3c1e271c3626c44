// npm run test:neovim (and part of npm run test:e2e): Neovim as a second real
// LSP client. Packs and installs the npm package into a scratch prefix, runs
// Debian's headless Neovim (installed when missing) with
// test/e2e/neovim/client.lua against the installed
// `mentorship-ideas-language-server`, then judges what Neovim received.
// Ends with "e2e neovim: N passed, N failed"; exits non-zero on a failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { installPackedPackage } from '../../test/support/packedPackage';

const ROOT = resolve(__dirname, '../..');
const NVIM_TIMEOUT_MS = 60_000;

function ensureNeovim(): void {
  if (spawnSync('nvim', ['--version']).status === 0) return;
  console.log('[neovim] apt-get install neovim');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args: string[]) => execFileSync(asRoot[0] ?? args[0], asRoot.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt(['apt-get', 'update', '-qq']);
  apt(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'neovim']);
}

interface NeovimResults {
  errors: string[];
  diagnostics?: { line: number; code?: string; source?: string; message: string }[];
  hover?: { kind?: string; value?: string } | string;
  symbols?: { name: string; children?: { name: string }[] }[];
  formatting?: { newText: string }[] | null;
  completion?: { label: string }[];
}

let passed = 0;
let failed = 0;
function check(title: string, body: () => void): void {
  try {
    body();
    passed++;
    console.log(`  ✔ ${title}`);
  } catch (e) {
    failed++;
    console.log(`  ✘ ${title}\n${String(e instanceof Error ? e.message : e).replace(/^/gm, '      ')}`);
  }
}

ensureNeovim();
execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
const scratch = mkdtempSync(join(tmpdir(), 'mentorship-ideas-neovim-'));
try {
  const installed = installPackedPackage(scratch);
  // The example under a name the default globs match; its deliberate mistakes give diagnostics and formatting edits.
  const file = join(scratch, 'project_ideas.md');
  copyFileSync(join(ROOT, 'examples/project_ideas.md'), file);
  const out = join(scratch, 'results.json');
  const nvim = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'test/e2e/neovim/client.lua')}`], {
    env: { ...process.env, MI_SERVER: installed.bin('mentorship-ideas-language-server'), MI_FILE: file, MI_OUT: out },
    timeout: NVIM_TIMEOUT_MS,
    encoding: 'utf8',
  });
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
  console.log(`[neovim] ${version}, exit ${nvim.status}${nvim.error ? ` (${nvim.error.message})` : ''}`);
  const results: NeovimResults = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : { errors: [`Neovim wrote no results: ${nvim.stderr}`] };

  check('Neovim ran the client script without an error', () => assert.deepEqual(results.errors, []));
  check('diagnostics arrive with their rule codes and source', () => {
    assert.ok(results.diagnostics && results.diagnostics.length > 0, 'no diagnostics');
    for (const d of results.diagnostics) {
      assert.equal(d.source, 'mentorship-ideas');
      assert.match(String(d.code), /^[a-z]+(-[a-z]+)*$/, d.message);
    }
  });
  check('hover on a field label shows its limit', () => {
    const value = typeof results.hover === 'string' ? results.hover : results.hover?.value;
    assert.match(value ?? '', /\/3,000 characters/);
  });
  check('document symbols: projects with their ideas', () => {
    const jaeger = results.symbols?.find((s) => s.name === 'Jaeger');
    assert.ok(jaeger, JSON.stringify(results.symbols?.map((s) => s.name)));
    assert.ok((jaeger.children ?? []).length > 0, 'Jaeger has no ideas');
  });
  check('formatting answers with edits for the mis-formatted entry', () => {
    assert.ok(Array.isArray(results.formatting) && results.formatting.length > 0, JSON.stringify(results.formatting));
  });
  check('completion of a CNCF project on a ### line', () => {
    assert.ok(results.completion?.some((c) => c.label === 'Jaeger'), JSON.stringify(results.completion?.slice(0, 5).map((c) => c.label)));
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`e2e neovim: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
