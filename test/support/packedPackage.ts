import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../..');

export interface InstalledPackage {
  /** Paths inside the tarball, as `npm pack` lists them. */
  packedFiles: string[];
  /** Absolute path of an installed bin. */
  bin(name: string): string;
  run(name: string, args: string[]): SpawnSyncReturns<string>;
}

function npm(args: string[], cwd: string): string {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/**
 * Packs this checkout's package as `npm pack` does (from the dist/ already
 * built, so no rebuild races the tests that run it) and installs the tarball
 * globally into a fresh prefix under `scratch`, as `npm install -g` would.
 */
export function installPackedPackage(scratch: string): InstalledPackage {
  if (!existsSync(join(REPO, 'dist/server.js')) || !existsSync(join(REPO, 'dist/cli.js'))) throw new Error('dist/ is not built: run npm run build first');
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], REPO)) as { filename: string; files: { path: string }[] }[];
  const prefix = join(scratch, 'prefix');
  mkdirSync(prefix, { recursive: true });
  // The package bundles everything it runs, so the install needs no registry.
  npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(scratch, packed.filename)], scratch);
  const bin = (name: string) => join(prefix, 'bin', name);
  return {
    packedFiles: packed.files.map((f) => f.path),
    bin,
    run: (name, args) => spawnSync(bin(name), args, { encoding: 'utf8' }),
  };
}
