// The web extension's bundles (scripts/browserBundles.mjs): a browser has
// no Node, so neither bundle may import a Node built-in, and the build
// fails on one, whether the code imports it or a package it uses does.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: a build script without type declarations
import { browserBuilds, noNodeBuiltins } from '../../scripts/browserBundles.mjs';

const ROOT = resolve(__dirname, '../..');

interface BuildOptions {
  entryPoints: string[];
  outfile: string;
}

/** Builds `source` as an entry point with the browser bundles' plugin; the errors it gave. */
async function browserBuildErrors(source: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'browser-bundle-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, source);
    await build({ entryPoints: [entry], bundle: true, platform: 'browser', write: false, logLevel: 'silent', absWorkingDir: ROOT, nodePaths: [join(ROOT, 'node_modules')], plugins: [noNodeBuiltins] });
    return [];
  } catch (e) {
    return ((e as { errors?: { text: string }[] }).errors ?? []).map((x) => x.text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the browser bundles', () => {
  test('are the web client and the web server, and import nothing but the vscode API', () => {
    const builds = (browserBuilds() as BuildOptions[]).map((b) => [b.entryPoints[0], b.outfile]);
    assert.deepEqual(builds, [
      ['client/src/browserExtension.ts', 'dist/client-web.js'],
      ['server/src/lsp/browserMain.ts', 'dist/server-web.js'],
    ]);
    for (const [, outfile] of builds) {
      const text = readFileSync(join(ROOT, outfile), 'utf8');
      const required = new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
      assert.deepEqual([...required], outfile.includes('client') ? ['vscode'] : [], outfile);
    }
  });

  test('bundle nothing of the Node hosts, and no DOM-only build of a package', async () => {
    for (const options of browserBuilds() as BuildOptions[]) {
      const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent', absWorkingDir: ROOT });
      const inputs = Object.keys(result.metafile!.inputs);
      assert.deepEqual(inputs.filter((i) => /server\/src\/(host|cli)\/|vscode-languageclient\/lib\/node|vscode-languageserver\/lib\/node|\.dom\.js$/.test(i)), [], options.outfile);
    }
  });

  test('fail to build on a Node built-in imported by the code, with or without node:', async () => {
    for (const specifier of ['node:fs', 'fs', 'path/posix', 'node:worker_threads']) {
      const errors = await browserBuildErrors(`import * as m from '${specifier}';\nconsole.log(m);\n`);
      assert.equal(errors.length, 1, `${specifier}: ${errors.join('; ')}`);
      assert.match(errors[0], new RegExp(`^"${specifier}" is a Node built-in, which a browser does not have \\(imported by .*entry\\.ts\\)$`));
    }
  });

  test('fail to build on a Node built-in imported by a package', async () => {
    // graceful-fs wraps node:fs: the package resolves in a browser build, its imports do not.
    const errors = await browserBuildErrors(`import fs from 'graceful-fs';\nconsole.log(fs);\n`);
    assert.ok(errors.length > 0);
    assert.ok(errors.every((e) => /^"\w+" is a Node built-in, which a browser does not have \(imported by .*node_modules\/graceful-fs\//.test(e)), errors.join('\n'));
  });

  test('build without error as they are', async () => {
    for (const options of browserBuilds() as BuildOptions[]) await build({ ...options, write: false, logLevel: 'silent', absWorkingDir: ROOT });
  });
});
