// Runs every *.test.ts under server/src and test/ (not the end-to-end suite)
// with Node's test runner; the tests import TypeScript through tsx.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...selected], { stdio: 'inherit' });
process.exit(result.status ?? 1);
