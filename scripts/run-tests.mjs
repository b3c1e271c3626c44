// Runs every *.test.ts under server/src and test/ (not the end-to-end suite)
// with Node's test runner; the tests import TypeScript through tsx.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function* testFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'e2e') yield* testFiles(full);
    else if (e.isFile() && e.name.endsWith('.test.ts')) yield full;
  }
}

const files = [...testFiles('server/src'), ...testFiles('test')].sort();
const filter = process.argv[2];
const selected = filter ? files.filter((f) => f.includes(filter)) : files;
// The servers and CLIs the tests start keep their V8 code cache here, not in the user's cache folder.
const cacheDir = mkdtempSync(join(tmpdir(), 'mentorship-ideas-test-cache-'));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...selected], {
  stdio: 'inherit',
  env: { ...process.env, MENTORSHIP_IDEAS_CACHE_DIR: cacheDir },
});
rmSync(cacheDir, { recursive: true, force: true });
process.exit(result.status ?? 1);
