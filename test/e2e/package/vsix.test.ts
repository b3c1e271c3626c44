// Checks the .vsix `npm run package` built (run by `npm run test:e2e` right
// after packaging): what it holds, its size, and the manifest the
// Marketplace and Open VSX read.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
const VSIX = process.env.MENTORSHIP_IDEAS_VSIX ?? resolve(ROOT, `mentorship-ideas-${version}.vsix`);

const entries = (): string[] => execFileSync('unzip', ['-Z1', VSIX], { encoding: 'utf8' }).split('\n').filter(Boolean);
const entry = (name: string): Buffer => execFileSync('unzip', ['-p', VSIX, name], { maxBuffer: 16 * 1024 * 1024 });

describe(`the packaged extension (${VSIX})`, () => {
  test('exists and is under 1 MB', () => {
    assert.ok(existsSync(VSIX), `${VSIX} is missing: run npm run package`);
    const size = statSync(VSIX).size;
    assert.ok(size < 1024 * 1024, `${size} bytes`);
  });

  test('holds the bundles, the manifest and the Marketplace files, and no sources, tests, maps or dependencies', () => {
    const files = entries();
    for (const required of ['extension.vsixmanifest', 'extension/package.json', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', 'extension/images/icon.png', 'extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/server-main.js', 'extension/dist/client-web.js', 'extension/dist/server-web.js']) {
      assert.ok(files.includes(required), `${required} is missing from ${files.join(', ')}`);
    }
    const allowed = /^(\[Content_Types\]\.xml|extension\.vsixmanifest|extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt|images\/icon\.png|dist\/(client|server|server-main|client-web|server-web)\.js|syntaxes\/[^/]+\.json))$/;
    assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  });

  test('every file its package.json points at is inside', () => {
    const files = new Set(entries());
    const manifest = JSON.parse(entry('extension/package.json').toString('utf8')) as {
      main: string;
      browser: string;
      icon: string;
      contributes: { snippets?: { path: string }[]; grammars?: { path: string }[] };
    };
    const inside = (path: string) => `extension/${path.replace(/^\.\//, '')}`;
    const referenced = [manifest.main, manifest.browser, manifest.icon, ...(manifest.contributes.snippets ?? []).map((s) => s.path), ...(manifest.contributes.grammars ?? []).map((g) => g.path)];
    for (const path of referenced) assert.ok(files.has(inside(path)), `${path} is referenced but not packaged`);
  });

  test('is a web extension as well: the galleries list it for github.dev and vscode.dev', () => {
    const xml = entry('extension.vsixmanifest').toString('utf8');
    assert.match(xml, /<Tags>[^<]*__web_extension[^<]*<\/Tags>/);
    assert.match(xml, /Microsoft\.VisualStudio\.Code\.ExtensionKind" Value="workspace,web"/);
  });

  test('the icon is a 128x128 PNG', () => {
    const png = entry('extension/images/icon.png');
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  test('the gallery manifest names the repository, license, icon, categories and keywords', () => {
    const xml = entry('extension.vsixmanifest').toString('utf8');
    assert.match(xml, /<Identity [^>]*Id="mentorship-ideas"[^>]*Publisher="mentorship-ideas"/);
    assert.match(xml, /Links\.Source" Value="https:\/\/github\.com\/mentorship-ideas\/mentorship-ideas/);
    assert.match(xml, /<License>extension\/LICENSE\.txt<\/License>/);
    assert.match(xml, /<Icon>extension\/images\/icon\.png<\/Icon>/);
    assert.match(xml, /<Categories>[^<]*Linters[^<]*<\/Categories>/);
    assert.match(xml, /<Tags>[^<]*cncf[^<]*mentorship[^<]*<\/Tags>/);
  });

  test('the README images point at the repository, as vsce rewrites relative links', () => {
    const readme = entry('extension/readme.md').toString('utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 4, `${images.length} images in the packaged README`);
    for (const src of images) assert.match(src, /^https:\/\/github\.com\/mentorship-ideas\/mentorship-ideas\/raw\/HEAD\/docs\/images\/[a-z-]+\.png$/);
  });
});
