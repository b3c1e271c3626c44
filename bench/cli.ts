/**
 * `check` over the whole corpus through dist/cli.js, against markdownlint
 * over the same files: both as a fresh process each time, as a CI job runs them.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const CLI = resolve(__dirname, '../dist/cli.js');
const REPO = resolve(__dirname, '..');

export interface CliRun {
  files: number;
  bytes: number;
  /** Wall time of each `check` run (ms). */
  check: number[];
  /** Wall time of each markdownlint run over the same files (ms). */
  markdownlint: number[];
}

/** The files `check <dir>` reads: every .md file under it. */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFiles(path) : name.toLowerCase().endsWith('.md') ? [path] : [];
    });
}

function timed(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const elapsed = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  return elapsed;
}

export function measureCli(corpus: string, runs: number): CliRun {
  const files = markdownFiles(corpus);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const lint = `import { lint } from 'markdownlint/sync'; const r = lint({ files: JSON.parse(process.argv[1]) }); process.stdout.write(String(Object.keys(r).length));`;
  const run: CliRun = { files: files.length, bytes, check: [], markdownlint: [] };
  // One untimed run of each: the CLI's code cache is written, the files are in the page cache.
  timed([CLI, 'check', '--format', 'json', corpus]);
  timed(['--input-type=module', '-e', lint, JSON.stringify(files)]);
  for (let i = 0; i < runs; i++) {
    run.check.push(timed([CLI, 'check', '--format', 'json', corpus]));
    run.markdownlint.push(timed(['--input-type=module', '-e', lint, JSON.stringify(files)]));
  }
  return run;
}
