// dist/server.js and dist/cli.js run their bundles from V8's code cache: the
// first run writes it, later runs use it as it is, and a damaged cache costs
// only a compile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../support/lspClient';
import { corpusAvailable, LARGEST } from '../support/corpus';

const EXAMPLE = resolve(__dirname, '../../examples/project_ideas.md');
const CLI = resolve(__dirname, '../../dist/cli.js');

async function diagnosticsOf(cacheDir: string, file = EXAMPLE): Promise<unknown> {
  const client = new LspClient({ ...process.env, MENTORSHIP_IDEAS_CACHE_DIR: cacheDir });
  try {
    await client.initialize();
    return (await client.open(pathToFileURL(file).href, readFileSync(file, 'utf8'))).diagnostics;
  } finally {
    await client.shutdown();
  }
}

const cacheFiles = (dir: string, bundle: string) => readdirSync(dir).filter((f) => f.startsWith(bundle + '-') && f.endsWith('.v8cache'));

test('the language server writes its code cache on exit, then starts from it unchanged, and survives a damaged one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentorship-ideas-cache-'));
  try {
    const first = await diagnosticsOf(dir);
    const [file] = cacheFiles(dir, 'server-main');
    assert.ok(file, `no cache in ${readdirSync(dir).join(', ')}`);
    const path = join(dir, file);
    assert.equal(statSync(path).mode & 0o077, 0, 'the cache is readable by its user only');
    const written = readFileSync(path);

    assert.deepEqual(await diagnosticsOf(dir), first);
    // Accepted: a cache V8 rejects would have been written again.
    assert.ok(readFileSync(path).equals(written));

    writeFileSync(path, 'not a code cache');
    assert.deepEqual(await diagnosticsOf(dir), first);
    assert.ok(readFileSync(path).length > 1000, 'the damaged cache is replaced');
    assert.deepEqual(cacheFiles(dir, 'server-main'), [file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a run that compiles much more than the cache holds writes it again', { skip: !corpusAvailable() && 'corpus not found' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentorship-ideas-cache-'));
  try {
    const small = join(dir, 'small.md');
    writeFileSync(small, '# Notes\n\nText.\n');
    await diagnosticsOf(dir, small);
    const [file] = cacheFiles(dir, 'server-main');
    const first = statSync(join(dir, file)).size;
    await diagnosticsOf(dir, LARGEST());
    assert.ok(statSync(join(dir, file)).size > first, `${statSync(join(dir, file)).size} <= ${first}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CLI writes its code cache and gives the same report from it; an unwritable cache folder changes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentorship-ideas-cache-'));
  try {
    const run = (cacheDir: string) => spawnSync(process.execPath, [CLI, 'check', '--format', 'json', EXAMPLE], { encoding: 'utf8', env: { ...process.env, MENTORSHIP_IDEAS_CACHE_DIR: cacheDir } });
    const first = run(dir);
    assert.equal(first.status, 1, first.stderr);
    assert.equal(cacheFiles(dir, 'cli-main').length, 1);
    const second = run(dir);
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.status, first.status);
    // A file where the folder should be: the cache cannot be written.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, '');
    const third = run(blocked);
    assert.equal(third.stdout, first.stdout);
    assert.equal(third.stderr, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
